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

    /// Opens the library, creating it on first use.
    func open() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: path)
        } catch {
            throw LibraryOpenFailure(path: path, reason: String(describing: error))
        }
    }
}

/// The library file could not be opened or created.
struct LibraryOpenFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot open the library \(path): \(reason)" }
}
