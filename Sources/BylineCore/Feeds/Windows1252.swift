/// The windows-1252 code page: Latin-1 with typographic characters in 0x80–0x9F, the
/// encoding legacy feeds use when they say Latin-1 and the meaning HTML gives to `&#150;`.
enum Windows1252 {
    /// The characters of 0x80–0x9F; the five bytes the code page leaves undefined keep their
    /// Latin-1 (C1 control) meaning.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The byte each typographic character of 0x80–0x9F stands in.
    private static let bytesByScalar: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: high.enumerated().map { ($0.element, UInt8(0x80 + $0.offset)) }
    )

    /// The character `byte` stands for.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value)!
    }

    /// The byte that stands for `scalar`, or `nil` when the code page has none. C1 controls
    /// stand for their own bytes, as when text was misread as Latin-1.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        scalar.value <= 0xFF ? UInt8(scalar.value) : bytesByScalar[scalar.value]
    }

    /// Appends the UTF-8 form of `scalar` to `output`.
    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
