import CZlib

/// zlib compression of an article's original bytes, with the article's clean text as the
/// preset dictionary: the words of a text file or page are mostly the body we already store,
/// so they compress to back-references (a plain-text original costs a few percent of its size).
enum Deflate {
    /// zlib only looks this far back, so only the end of a longer dictionary is useful.
    private static let window = 32 * 1024
    /// zlib's fastest level: the original's words are found in the dictionary as long matches,
    /// which every level finds, and the lazy matching of higher levels tripled the cost of an
    /// import's compression for a few percent of a small column.
    private static let level: Int32 = 1

    /// `bytes` compressed with `dictionary` (the article's text as UTF-8).
    static func compress(_ bytes: [UInt8], dictionary: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count)) + 64
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let usable = dictionary.suffix(window)
        let status = usable.withContiguousStorageIfAvailable { dictionary in
            output.withUnsafeMutableBufferPointer { target in
                bytes.withUnsafeBufferPointer { source in
                    byline_deflate(source.baseAddress, uLong(source.count), dictionary.baseAddress, uInt(dictionary.count),
                                   target.baseAddress, &capacity, level)
                }
            }
        }
        precondition(status == Z_OK, "zlib could not compress into its own bound")
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// The `size` original bytes of `compressed`, made with `dictionary`, or `nil` when the
    /// data is damaged.
    static func decompress(_ compressed: [UInt8], size: Int, dictionary: [UInt8]) -> [UInt8]? {
        guard size >= 0 else { return nil }
        var length = uLong(size)
        var output = [UInt8](repeating: 0, count: max(1, size))
        let usable = dictionary.suffix(window)
        let status = usable.withContiguousStorageIfAvailable { dictionary in
            output.withUnsafeMutableBufferPointer { target in
                compressed.withUnsafeBufferPointer { source in
                    byline_inflate(source.baseAddress, uLong(source.count), dictionary.baseAddress, uInt(dictionary.count),
                                   target.baseAddress, &length)
                }
            }
        }
        guard status == Z_OK, Int(length) == size else { return nil }
        return Array(output.prefix(size))
    }
}
