import Foundation
import GRDB

/// The library: every article the user has added, its analysis and the user's annotations,
/// kept in one SQLite database.
///
/// Following GRDB's demo app, `AppDatabase` works over an injected `DatabaseWriter`: a
/// `DatabasePool` (WAL mode, readers never wait for the writer) for a file, a `DatabaseQueue`
/// in memory for tests. It is the only code that speaks SQL; the rest of Byline sees records
/// and model values.
public final class AppDatabase: Sendable {
    /// The database connection(s) every read and write goes through.
    let writer: any DatabaseWriter

    /// Opens the library over `writer`, migrating its schema to the latest version. The
    /// writer must have been created with `makeConfiguration(_:)`.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        let migrator = LibrarySchema.migrator
        // Read-only commands check first, so that they need no write lock while an import runs.
        if try !writer.read(migrator.hasCompletedMigrations) {
            try migrator.migrate(writer)
        }
    }

    /// The configuration every library connection uses: foreign keys on, and a busy timeout so
    /// that a second process waits for the lock instead of failing with "database is locked".
    public static func makeConfiguration(_ base: Configuration = Configuration()) -> Configuration {
        var configuration = base
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction when the process is killed;
            // only a power failure can roll back the last few.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MB of page cache (allocated only as used): an import's batch writes several
            // megabytes of pages, which otherwise spill to the log before the commit.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Opens (creating it and its folder on first use) the library file at `path`.
    public static func open(path: String) throws -> AppDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return try AppDatabase(DatabasePool(path: path, configuration: makeConfiguration()))
    }

    /// An empty library in memory, for tests and benchmarks.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }
}

extension AppDatabase {
    /// Copies the write-ahead log into the database file and truncates it (for measuring the
    /// file's size, or before copying it).
    public func checkpoint() throws {
        try writer.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// SQLite's `PRAGMA integrity_check` verdict: `ok`, or the problems found.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}

/// Where the library file lives: `--library PATH`, else `$BYLINE_LIBRARY`, else
/// `$XDG_DATA_HOME/byline/library.sqlite`, else `~/.local/share/byline/library.sqlite`.
public enum LibraryLocation {
    /// The library path for an explicit option and an environment.
    public static func path(option: String?, environment: [String: String], home: String) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment["BYLINE_LIBRARY"], !variable.isEmpty { return variable }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".local/share")
        return ((dataHome as NSString).appendingPathComponent("byline") as NSString).appendingPathComponent("library.sqlite")
    }
}
