/// Unicode properties the readers ask of nearly every scalar, answered from the scalar's value
/// for Latin-1 (ASCII and U+0080 to U+00FF), where most European text lies, as the property
/// tables answer (a test compares them for every scalar of the block). Other scalars are
/// asked of the property tables, in functions of their own: a function that touches
/// `Unicode.Scalar.Properties` at all sets up its types' metadata on every call, before any
/// fast path is taken.
extension Unicode.Scalar {
    /// `properties.isWhitespace`.
    var isWhitespaceQuickly: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x100 { return value == 0x85 || value == 0xA0 }
        return isWhitespaceByProperties
    }

    /// `properties.isAlphabetic || properties.numericType != nil`: a letter or a digit.
    var isLetterOrDigitQuickly: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        guard value < 0x100 else { return isLetterOrDigitByProperties }
        switch value {
        // ª, ², ³, µ, ¹, º, the vulgar fractions and the letters but × and ÷.
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return true
        default: return false
        }
    }

    /// Calls `body` with each scalar of `properties.lowercaseMapping`, the scalar's lower case
    /// as `String.lowercased()` makes it.
    func forEachLowercaseScalar(_ body: (Unicode.Scalar) -> Void) {
        switch value {
        // A to Z, and À to Þ but ×: their lower case is 32 further on.
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: body(Unicode.Scalar(UInt8(value + 0x20)))
        case 0..<0x100: body(self)
        default: lowercaseByProperties.forEach(body)
        }
    }

    @inline(never) private var isWhitespaceByProperties: Bool {
        properties.isWhitespace
    }

    @inline(never) private var isLetterOrDigitByProperties: Bool {
        properties.isAlphabetic || properties.numericType != nil
    }

    @inline(never) private var lowercaseByProperties: String.UnicodeScalarView {
        properties.lowercaseMapping.unicodeScalars
    }
}
