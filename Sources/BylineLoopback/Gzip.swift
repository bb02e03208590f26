import CZlib
import Glibc

/// Gzip compression (RFC 1952), for bodies served with `Content-Encoding: gzip`.
public enum Gzip {
    /// `bytes` repeated `times` times, compressed as one gzip member at zlib's best
    /// compression. The repetition is never held whole: a megabyte of zeros repeated 1,024
    /// times makes a gzip bomb of about a megabyte that decodes to a gigabyte.
    public static func compress(_ bytes: [UInt8], repeated times: Int = 1) -> [UInt8] {
        var length: UInt = 0
        let output = bytes.withUnsafeBufferPointer { chunk in
            byline_gzip_repeated(chunk.baseAddress, UInt(chunk.count), UInt(times), Z_BEST_COMPRESSION, &length)
        }
        guard let output else { fatalError("gzip: out of memory") }
        defer { free(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }
}
