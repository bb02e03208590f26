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
    /// The library file, when it was opened read-only (a change then fails with
    /// `ReadOnlyLibraryError`); `nil` when the library can be changed.
    private let readOnlyPath: String?
    /// The article lists' counts and pages, kept while the lists do not change.
    let lists = ListCache()

    /// Opens the library over `writer`, migrating its schema to the latest version. The
    /// writer must have been created with `makeConfiguration(_:)`.
    public convenience init(_ writer: any DatabaseWriter) throws {
        try self.init(writer, readOnlyPath: nil)
    }

    private init(_ writer: any DatabaseWriter, readOnlyPath: String?) throws {
        self.writer = writer
        self.readOnlyPath = readOnlyPath
        let migrator = LibrarySchema.migrator
        // Read-only commands check first, so that they need no write lock while an import runs.
        if try !writer.read(migrator.hasCompletedMigrations) {
            if let readOnlyPath { throw ReadOnlyLibraryError(path: readOnlyPath, needsUpgrade: true) }
            try migrator.migrate(writer)
        }
    }

    /// Whether the library was opened for reading only: its file or folder may be read but
    /// not written.
    public var isReadOnly: Bool { readOnlyPath != nil }

    /// The configuration every library connection uses: foreign keys on, and a busy timeout so
    /// that a second process waits for the lock instead of failing with "database is locked".
    /// With `readOnly`, connections are opened for reading only.
    public static func makeConfiguration(_ base: Configuration = Configuration(), readOnly: Bool = false) -> Configuration {
        var configuration = base
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction when the process is killed;
            // only a power failure can roll back the last few.
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // 64 MB of page cache (allocated only as used): an import's batch writes several
            // megabytes of pages, which otherwise spill to the log before the commit.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Opens (creating it and its folder on first use) the library file at `path`. A library
    /// the user may read but not write (its file, its folder or its file system read-only) is
    /// opened read-only: it can be listed, searched and shown, and every change fails with
    /// `ReadOnlyLibraryError`.
    public static func open(path: String) throws -> AppDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        do {
            return try AppDatabase(DatabasePool(path: path, configuration: makeConfiguration()))
        } catch let error as DatabaseError where deniesWriting(error) && FileManager.default.isReadableFile(atPath: path) {
            return try openReadOnly(path: path)
        }
    }

    /// Opens the library at `path` for reading only. A library in write-ahead-log mode needs
    /// its `-shm` index even to be read; in a folder where that file cannot be created (and so
    /// where no other connection has the library open, or the file would be there), SQLite
    /// reads it as immutable instead.
    private static func openReadOnly(path: String) throws -> AppDatabase {
        let configuration = makeConfiguration(readOnly: true)
        do {
            return try AppDatabase(DatabaseQueue(path: path, configuration: configuration), readOnlyPath: path)
        } catch let error as DatabaseError where deniesWriting(error) {
            return try AppDatabase(DatabaseQueue(path: immutableURI(path), configuration: configuration), readOnlyPath: path)
        }
    }

    /// Whether `error` says that the library (or a file beside it) may not be written.
    private static func deniesWriting(_ error: DatabaseError) -> Bool {
        [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
    }

    /// An SQLite URI naming the file at `path` as immutable (the system SQLite accepts URIs:
    /// it is built with `SQLITE_USE_URI`).
    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }

    /// An empty library in memory, for tests and benchmarks.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }

    /// Runs `updates` in one write transaction, or refuses with `ReadOnlyLibraryError`.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try requireWritable()
        return try writer.write(updates)
    }

    /// Runs `updates` in one write transaction, or refuses with `ReadOnlyLibraryError`.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try requireWritable()
        return try await writer.write(updates)
    }

    /// Runs `updates` with the write lock but outside a transaction, or refuses with
    /// `ReadOnlyLibraryError`.
    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try requireWritable()
        return try writer.writeWithoutTransaction(updates)
    }

    private func requireWritable() throws {
        if let readOnlyPath { throw ReadOnlyLibraryError(path: readOnlyPath, needsUpgrade: false) }
    }
}

/// A change asked of a library that was opened read-only.
public struct ReadOnlyLibraryError: Error, CustomStringConvertible, Sendable {
    /// The library file.
    public let path: String
    /// Whether the change was the upgrade of an older library's schema.
    public let needsUpgrade: Bool

    public var description: String {
        needsUpgrade
            ? "the library \(path) needs an upgrade, and you may only read it (ask for write access once)"
            : "the library \(path) is read-only for you: it can be listed, searched and shown, not changed"
    }
}

extension AppDatabase {
    /// Copies the write-ahead log into the database file and truncates it (for measuring the
    /// file's size, or before copying it).
    public func checkpoint() throws {
        try writeWithoutTransaction { db in
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
