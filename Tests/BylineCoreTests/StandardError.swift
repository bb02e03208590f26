import Foundation

/// What the process writes to stderr while a test runs some code.
enum StandardError {
    /// Runs `body` with stderr sent to a pipe and returns what was written (a few kilobytes at
    /// most: the pipe is read afterwards).
    static func captured(_ body: () -> Void) throws -> String {
        let pipe = Pipe()
        let saved = dup(STDERR_FILENO)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO)
        body()
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        try pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
