/// Decodes the bytes of a text file: UTF-8 with or without a byte-order mark, or UTF-16 when a
/// UTF-16 byte-order mark says so. Invalid bytes become U+FFFD and a warning; decoding never fails.
public enum TextDecoder {
    /// Decoded text and what went wrong on the way.
    public struct Result: Sendable {
        /// The decoded text, without any byte-order mark.
        public var text: String
        /// Human-readable notes about repaired input.
        public var warnings: [String]
    }

    /// Whether the bytes open with a UTF-16 byte-order mark (either endianness).
    public static func startsWithUTF16ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// Decodes `bytes` as described on the type.
    public static func decode(_ bytes: [UInt8]) -> Result {
        if startsWithUTF16ByteOrderMark(bytes) {
            return decodeUTF16(bytes)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let valid = String(validating: body, as: UTF8.self) {
            return Result(text: valid, warnings: [])
        }
        let repaired = String(decoding: body, as: UTF8.self)
        let replaced = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return Result(text: repaired, warnings: ["invalid UTF-8: \(replaced) sequence(s) replaced with U+FFFD"])
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> Result {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 != 0 { warnings.append("odd trailing byte in UTF-16 text dropped") }
        if String(validating: units, as: UTF16.self) == nil {
            warnings.append("invalid UTF-16: unpaired surrogates replaced with U+FFFD")
        }
        return Result(text: String(decoding: units, as: UTF16.self), warnings: warnings)
    }
}
