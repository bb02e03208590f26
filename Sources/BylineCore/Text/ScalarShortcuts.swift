/// Unicode properties the readers ask of nearly every scalar, answered without the property
/// tables for ASCII and from a table made once from them for the rest of Latin-1, where most
/// European text lies. Other scalars are asked of the property tables, in functions of their
/// own: a function that touches `Unicode.Scalar.Properties` at all sets up its types' metadata
/// on every call, before any fast path is taken.
extension Unicode.Scalar {
    /// `properties.isWhitespace`.
    var isWhitespaceQuickly: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x100 { return Latin1Facts.table[Int(value) - 0x80].isWhitespace }
        return isWhitespaceByProperties
    }

    /// `properties.isAlphabetic || properties.numericType != nil`: a letter or a digit.
    var isLetterOrDigitQuickly: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        case 0x80..<0x100: return Latin1Facts.table[Int(value) - 0x80].isLetterOrDigit
        default: return isLetterOrDigitByProperties
        }
    }

    /// Calls `body` with each scalar of `properties.lowercaseMapping`, the scalar's lower case
    /// as `String.lowercased()` makes it.
    func forEachLowercaseScalar(_ body: (Unicode.Scalar) -> Void) {
        if value < 0x80 {
            body((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : self)
        } else if value < 0x100, let lowercase = Latin1Facts.table[Int(value) - 0x80].lowercase {
            body(lowercase)
        } else {
            lowercaseByProperties.forEach(body)
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

/// The properties of U+0080 to U+00FF, read once from the Unicode property tables.
private enum Latin1Facts {
    struct Facts {
        var isWhitespace: Bool
        var isLetterOrDigit: Bool
        /// The lower-case mapping when it is one scalar (as it is for every scalar of the block).
        var lowercase: Unicode.Scalar?
    }

    static let table: [Facts] = (UInt8(0x80)...UInt8(0xFF)).map { byte in
        let scalar = Unicode.Scalar(byte)
        let properties = scalar.properties
        let lowercase = Array(properties.lowercaseMapping.unicodeScalars)
        return Facts(
            isWhitespace: properties.isWhitespace,
            isLetterOrDigit: properties.isAlphabetic || properties.numericType != nil,
            lowercase: lowercase.count == 1 ? lowercase[0] : nil
        )
    }
}
