/// Tests on a string's bytes that the analysis asks of nearly every word, where the
/// `Character`-wise standard calls cost many times more.
extension String {
    /// The string in lower case; the string itself, at no cost, when it is lowercase ASCII
    /// already, as most words looked up in the lexicons are.
    func lowercasedIfNeeded() -> String {
        utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ? lowercased() : self
    }

    /// Whether the string ends in a possessive "'s" or "’s", tested on its last bytes.
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

    /// `hasSuffix(suffix)`, answered from the bytes when the string is ASCII (where each byte
    /// is a character, but for a CR LF pair: `suffix` must not open with a line feed).
    func hasSuffixQuickly(_ suffix: String) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let tail = suffix.utf8
            return bytes.count >= tail.count && bytes[(bytes.count - tail.count)...].elementsEqual(tail)
        }
        return (answer ?? nil) ?? hasSuffix(suffix)
    }

    /// The number of characters: `count`, answered from the bytes when the string is ASCII
    /// without a CR LF pair.
    var characterCountQuickly: Int {
        let bytes = utf8
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return count }
        return bytes.count
    }

    /// Whether `needle` occurs in the string, compared byte for byte (the same as comparing
    /// scalars for text in one normal form) without going through Foundation.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = utf8
        let pattern = needle.utf8
        guard let first = pattern.first else { return true }
        guard pattern.count <= haystack.count else { return false }
        var start = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -pattern.count)
        while start <= last {
            if haystack[start] == first, haystack[start...].starts(with: pattern) { return true }
            start = haystack.index(after: start)
        }
        return false
    }
}

extension String {
    /// `unicodeScalars.count`, counted on the UTF-8 bytes: every byte but a continuation byte
    /// starts a scalar.
    var unicodeScalarCount: Int {
        let counted = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
            return count
        }
        return counted ?? unicodeScalars.count
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes of `needle` occur in the array, compared byte by byte.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in
            self[start] == first && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
