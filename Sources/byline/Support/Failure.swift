import ArgumentParser
import BylineCore
import Foundation

/// Reports a failure as one line on standard error, the way every Byline command does.
enum Failure {
    /// Prints `byline: message` on standard error, as one line: control characters (in a file
    /// name, say) are shown as `\u{…}`, so that they cannot break the line or drive the terminal.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("byline: \(TerminalText.escaped(message))\n".utf8))
    }

    /// Prints a warning about input that was repaired but still read.
    static func warn(_ message: String, about name: String) {
        report("warning: \(name): \(message)")
    }

    /// Runs `body`, turning any error into one line on standard error and exit status 1.
    static func exitingOnError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exitStatus(for: error)
        }
    }

    /// Runs `body`, turning any error into one line on standard error and exit status 1.
    static func exitingOnError<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw exitStatus(for: error)
        }
    }

    /// The exit status for `error`, reported on standard error unless it is already a status.
    private static func exitStatus(for error: Error) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        report(String(describing: error))
        return ExitCode.failure
    }
}
