extension String {
    /// The string of `scalars`, encoded straight into the new string's UTF-8 storage.
    ///
    /// Much cheaper than building a `String.UnicodeScalarView`, which appends scalar by
    /// scalar through the generic view: the analysis makes a string of every token it reads.
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded in a single pass over its UTF-8 bytes:
    /// `Array(text.unicodeScalars)` decodes a whole article twice, once to count its scalars
    /// and once to copy them.
    public init(scalarsOf text: String) {
        self = Self.scalars(of: text, accepting: { _ in true }) ?? []
    }

    /// The scalars of `text`, or `nil` as soon as one of them is not accepted: the check of
    /// every scalar and the copy in one pass. Inlined, so that the check is too.
    @inline(__always)
    static func scalars(of text: String, accepting isAccepted: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar]? {
        var text = text
        var isRefused = false
        let scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = 0
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let (scalar, length) = lead < 0x80 ? (Unicode.Scalar(lead), 1) : Self.scalar(in: bytes, at: index)
                    guard isAccepted(scalar) else {
                        isRefused = true
                        return
                    }
                    buffer[count] = scalar
                    count += 1
                    index += length
                }
            }
        }
        return isRefused ? nil : scalars
    }

    /// The scalar whose UTF-8 sequence starts at `index` of `bytes`, which hold valid UTF-8
    /// (as a Swift string does: its lead byte gives its length), and that length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let value: UInt32
        let length: Int
        switch lead {
        case ..<0x80: (value, length) = (UInt32(lead), 1)
        case ..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
        case ..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
        default: (value, length) = (UInt32(lead & 0x07), 4)
        }
        var decoded = value
        for offset in 1..<length { decoded = decoded << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(decoded) ?? "\u{FFFD}", length)
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `range`, clamped to the array: a range from a stored or hostile analysis
    /// that runs past the text gives what of it lies inside, never a trap.
    public func string(in range: TextRange) -> String {
        let start = Swift.min(Swift.max(0, range.start), count)
        let end = Swift.min(Swift.max(start, range.end), count)
        return String(scalars: self[start..<end])
    }
}

/// Reads ranges of a string by Unicode scalar offsets without an array of its scalars: each
/// range is found from the one read before, so ranges read in text order cost one pass over
/// the string in all (one read before the last starts again from the beginning).
public struct ScalarRangeReader {
    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private var offset = 0

    /// A reader of `text`.
    public init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The text of `range`, clamped to the string, as `[Unicode.Scalar].string(in:)` gives it.
    public mutating func string(in range: TextRange) -> String {
        let start = max(0, range.start)
        if start < offset {
            index = scalars.startIndex
            offset = 0
        }
        index = scalars.index(index, offsetBy: start - offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        offset = start
        let end = scalars.index(index, offsetBy: max(0, range.end - start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[index..<end])
    }
}
