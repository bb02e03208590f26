import CZlib

/// zlib compression of an article's original bytes: pages are kept so that they can be
/// re-analysed, and HTML shrinks several times over.
enum Deflate {
    /// The bytes compressed with zlib at its fastest level (imports stay quick).
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &capacity, source.baseAddress, uLong(source.count), Z_BEST_SPEED)
            }
        }
        precondition(status == Z_OK, "zlib could not compress into its own bound")
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// The original bytes of `compressed`, which held `size` bytes, or `nil` when the data
    /// is damaged.
    static func decompress(_ compressed: [UInt8], size: Int) -> [UInt8]? {
        guard size >= 0 else { return nil }
        var length = uLong(size)
        var output = [UInt8](repeating: 0, count: max(1, size))
        let status = output.withUnsafeMutableBufferPointer { target in
            compressed.withUnsafeBufferPointer { source in
                uncompress(target.baseAddress, &length, source.baseAddress, uLong(source.count))
            }
        }
        guard status == Z_OK, Int(length) == size else { return nil }
        return Array(output.prefix(size))
    }
}
