import ArgumentParser
import Foundation

/// Reports a failure as one line on standard error, the way every Byline command does.
enum Failure {
    /// Prints `byline: message` on standard error.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("byline: \(message)\n".utf8))
    }

    /// Prints a warning about input that was repaired but still read.
    static func warn(_ message: String, about name: String) {
        FileHandle.standardError.write(Data("byline: warning: \(name): \(message)\n".utf8))
    }

    /// Runs `body`, turning any error into one line on standard error and exit status 1.
    static func exitingOnError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            report(String(describing: error))
            throw ExitCode.failure
        }
    }
}
