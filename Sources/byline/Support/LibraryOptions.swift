import ArgumentParser
import BylineStore
import Foundation

/// `--library PATH`, shared by every command that opens the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library file (default: $BYLINE_LIBRARY, else $XDG_DATA_HOME/byline/library.sqlite, else ~/.local/share/byline/library.sqlite).",
        valueName: "path"))
    var library: String?

    /// The library file this invocation uses.
    var path: String {
        LibraryLocation.path(option: library, environment: ProcessInfo.processInfo.environment,
                             home: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// Opens the library for a command that reads it or changes what it already holds: a
    /// library that does not exist is an error, and nothing (no file, no folder) is created.
    func openExisting() throws -> AppDatabase {
        let path = path
        guard FileManager.default.fileExists(atPath: path) else { throw MissingLibrary(path: path) }
        return try open(path)
    }

    /// Opens the library for a command that adds to it, creating it (and its folder) on first
    /// use; what was created is passed to `announce` as one sentence.
    func openCreating(announce: (String) -> Void = { Failure.report($0) }) throws -> AppDatabase {
        let path = path
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { return try open(path) }
        var newFolder: String?
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/", !files.fileExists(atPath: folder) {
            newFolder = folder
            folder = (folder as NSString).deletingLastPathComponent
        }
        let database = try open(path)
        announce("created a new library at \(path)" + (newFolder.map { " (and the folder \($0))" } ?? ""))
        return database
    }

    private func open(_ path: String) throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: path)
        } catch {
            throw LibraryOpenFailure(path: path, reason: String(describing: error))
        }
    }
}

/// A command that reads the library was pointed at a file that does not exist.
struct MissingLibrary: Error, CustomStringConvertible {
    let path: String
    var description: String {
        "no library at \(path): `byline add FILE…` or `byline feed add URL` creates it (or give --library PATH of an existing one)"
    }
}

/// The library file could not be opened or created.
struct LibraryOpenFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot open the library \(path): \(reason)" }
}
