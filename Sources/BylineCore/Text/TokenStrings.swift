/// The text of a token as strings: as written and in lower case.
///
/// The analysis reads every token's text many times; it is made once per token, straight
/// into string storage, and a token already in lower case shares one string for both forms.
enum TokenStrings {
    /// The text of `range` of `scalars` as written and lowercased, and the `WordHash` of the
    /// lowercased form.
    static func strings(
        of range: TextRange, in scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> (written: String, lowered: String, loweredHash: UInt64) {
        let slice = UnsafeBufferPointer(rebasing: scalars[range.start..<range.end])
        var hasUppercase = false
        var hash = WordHash.empty
        for scalar in slice {
            guard scalar.isASCII else {
                let written = String(scalars: slice)
                // Dashes, curly quotes and most other marks have no lower case: spare them
                // the full lowercasing.
                let lowered = slice.contains(where: { $0.properties.changesWhenLowercased }) ? written.lowercased() : written
                return (written, lowered, WordHash.of(lowered))
            }
            var byte = UInt8(truncatingIfNeeded: scalar.value)
            if byte >= 0x41 && byte <= 0x5A {
                hasUppercase = true
                byte += 0x20
            }
            hash = WordHash.adding(byte, to: hash)
        }
        let written = asciiString(slice, lowercased: false)
        return (written, hasUppercase ? asciiString(slice, lowercased: true) : written, hash)
    }

    private static func asciiString(_ slice: UnsafeBufferPointer<Unicode.Scalar>, lowercased: Bool) -> String {
        if slice.count == 1 {
            let byte = Int(slice[0].value)
            return oneByteStrings[lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte]
        }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            var count = 0
            for scalar in slice {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[count] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// The string of each ASCII scalar: one-character tokens (",", ".", "a") are a sixth of
    /// an article's tokens.
    private static let oneByteStrings = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
}

extension String {
    /// The string in lower case; the string itself, at no cost, when it is lowercase ASCII
    /// already, as most words looked up in the lexicons are.
    func lowercasedIfNeeded() -> String {
        utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ? lowercased() : self
    }
}

extension String {
    /// Whether the string ends in a possessive "'s" or "’s", tested on its bytes.
    var endsInPossessive: Bool {
        let bytes = utf8
        guard bytes.last == UInt8(ascii: "s") else { return false }
        var index = bytes.index(before: bytes.endIndex)
        guard index > bytes.startIndex else { return false }
        index = bytes.index(before: index)
        if bytes[index] == UInt8(ascii: "'") { return true }
        // "’" is E2 80 99 in UTF-8.
        guard bytes[index] == 0x99, bytes.distance(from: bytes.startIndex, to: index) >= 2 else { return false }
        let middle = bytes.index(before: index)
        return bytes[middle] == 0x80 && bytes[bytes.index(before: middle)] == 0xE2
    }
}
