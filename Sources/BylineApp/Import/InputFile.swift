import BylineCore
import Foundation

/// Loads the bytes of one input (a path or `-` for standard input) with the checks a user
/// deserves: each failure is one clear sentence, never a crash.
public enum InputFile {
    /// Why an input could not be loaded.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        /// There is no file at the path.
        case missing(String)
        /// The path names a folder.
        case directory(String)
        /// The file is there but cannot be opened or read.
        case unreadable(String, reason: String)
        /// The input is larger than the limit.
        case tooLarge(String, limit: ByteSize)
        /// The path names a socket or another file that is neither regular, a pipe nor a device.
        case notRegular(String)
        /// The input's first bytes hold NUL bytes outside UTF-16 text: it is no article, and is
        /// refused before the rest is read.
        case binary(String)

        /// One sentence naming the input and what is wrong with it.
        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such file"
            case .directory(let path): return "\(path): is a directory, not an article file"
            case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
            case .tooLarge(let path, let limit): return "\(path): larger than the \(limit) limit (raise it with --max-size)"
            case .notRegular(let path): return "\(path): not a regular file"
            case .binary(let path): return "\(path): \(ArticleReadError.binary)"
            }
        }
    }

    /// The display name of standard input.
    private static let standardInputName = "<stdin>"

    /// The name messages give the input at `path`: the path itself, or `<stdin>` for `-`.
    public static func name(of path: String) -> String {
        path == "-" ? standardInputName : path
    }

    /// Reads the whole input at `path` (`-` for standard input), refusing more than `limit` bytes,
    /// and input whose first read (up to 64 KB) holds binary data (NUL bytes outside UTF-16
    /// text) before it reads the rest: a large or sparse file is never read whole to be refused.
    /// Safe to call from several threads at once: standard input is read by one caller at a
    /// time, so that each caller gets whole contents (the first all of it, the others nothing).
    public static func load(_ path: String, limit: ByteSize) throws -> [UInt8] {
        if path == "-" {
            return try standardInput.withLock {
                try readAll(descriptor: STDIN_FILENO, name: standardInputName, limit: limit)
            }
        }
        // Non-blocking open: a named pipe without a writer must not hang the program. Reads
        // then block as usual, so a pipe with a writer is read to its end.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw LoadError.missing(path) }
            throw LoadError.unreadable(path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw LoadError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw LoadError.directory(path)
        case S_IFREG, S_IFIFO, S_IFCHR: break
        default: throw LoadError.notRegular(path)
        }
        let expectedSize = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        if expectedSize > limit.bytes { throw LoadError.tooLarge(path, limit: limit) }
        return try readAll(descriptor: descriptor, name: path, limit: limit, expectedSize: expectedSize)
    }

    /// Held while standard input is read.
    private static let standardInput = NSLock()

    /// Reads to the end, checking what the first read gave for binary data. Once it passed,
    /// `expectedSize` (a regular file's size) is reserved, so that the bytes are not copied as
    /// they grow.
    private static func readAll(descriptor: Int32, name: String, limit: ByteSize, expectedSize: Int = 0) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var checked = false
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno == EISDIR ? "it is a directory" : String(cString: strerror(errno))
                throw LoadError.unreadable(name, reason: reason)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit.bytes { throw LoadError.tooLarge(name, limit: limit) }
            if !checked {
                checked = true
                if ArticleReadError.holdsBinary(bytes) { throw LoadError.binary(name) }
                bytes.reserveCapacity(expectedSize + 1)
            }
        }
    }
}
