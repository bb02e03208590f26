import Foundation

/// Writes a file so that readers see the old contents or the new, never a part: the bytes go to
/// a temporary file beside it, which is then renamed over it. (Not flushed to disk first: what
/// is written this way can be made again, and a flush per file would slow a batch of thousands.)
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        /// The file that was being written.
        public let path: String
        /// What failed ("No space left on device").
        public let reason: String

        public var description: String { "\(path): cannot be written (\(reason))" }
    }

    /// Replaces the file at `path` with `bytes`, atomically. On failure the file at `path` is
    /// left as it was and no temporary file stays behind.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial").path
        // Created as new (never following a link planted there), with the umask's permissions.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
