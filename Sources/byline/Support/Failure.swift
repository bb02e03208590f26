import ArgumentParser
import Foundation

/// Reports a failure as one line on standard error, the way every Byline command does.
enum Failure {
    /// Prints `byline: message` on standard error, as one line.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("byline: \(oneLine(message))\n".utf8))
    }

    /// Prints a warning about input that was repaired but still read.
    static func warn(_ message: String, about name: String) {
        report("warning: \(name): \(message)")
    }

    /// `message` with every control character (line breaks and escapes included) shown as
    /// `\u{…}`, so that a file name cannot break the line or drive the terminal.
    static func oneLine(_ message: String) -> String {
        var output = ""
        for scalar in message.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
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
