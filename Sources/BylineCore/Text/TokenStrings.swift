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
