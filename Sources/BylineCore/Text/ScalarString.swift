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
        var text = text
        self = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = 0
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        buffer[count] = Unicode.Scalar(lead)
                        count += 1
                        index += 1
                        continue
                    }
                    let value: UInt32
                    let length: Int
                    // A Swift string holds valid UTF-8, so each lead byte gives the length.
                    switch lead {
                    case ..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
                    case ..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
                    default: (value, length) = (UInt32(lead & 0x07), 4)
                    }
                    var scalar = value
                    for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    buffer[count] = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    count += 1
                    index += length
                }
            }
        }
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
