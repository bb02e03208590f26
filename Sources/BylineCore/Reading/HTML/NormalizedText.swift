/// Byte-level checks on UTF-8 text that let the HTML reader skip `TextNormalizer` for the
/// common case of text it would leave unchanged, and collapse white space without decoding.
enum StableUTF8 {
    /// Whether `TextNormalizer` would leave `bytes` unchanged apart from white space: printable
    /// ASCII, Latin-1 letters and Latin Extended (NFC-stable, below the combining marks),
    /// Cyrillic letters, the general punctuation of news prose (dashes, curly quotes), currency
    /// signs, and the NFC-stable blocks of CJK text (kana, ideographs, Hangul syllables,
    /// CJK punctuation and full-width forms, without their combining marks), plus white
    /// space of any kind (which the caller collapses anyway) unless `strictSpaces`, which
    /// allows only space, tab and newline.
    static func isStable(_ bytes: UnsafeBufferPointer<UInt8>, strictSpaces: Bool = false) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                let space = strictSpaces ? lead == 0x09 || lead == 0x0A : (0x09...0x0D).contains(lead)
                guard lead >= 0x20 || space, lead != 0x7F else { return false }
                index += 1
                continue
            }
            let spaceLength = strictSpaces ? 0 : whitespaceLength(bytes, at: index)
            if spaceLength > 0 {
                index += spaceLength
                continue
            }
            if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                switch value {
                case 0xA1...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x4FF: index += 2
                default: return false
                }
            } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                switch value {
                case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x3001...0x3029, 0x3030...0x3096,
                     0x30A0...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
                    index += 3
                default:
                    return false
                }
            } else {
                return false
            }
        }
        return true
    }

    /// The byte length of the white space character at `index`, or 0 when there is none:
    /// ASCII white space, NBSP, the Unicode space separators and the line and paragraph
    /// separators (the normaliser turns the odd spaces into plain ones).
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0x20, 0x09...0x0D:
            return 1
        case 0xC2:
            return index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85) ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            switch value {
            case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return 3
            default: return 0
            }
        default:
            return 0
        }
    }
}

/// `TextNormalizer` with a fast path for the common case of text it would leave unchanged.
enum NormalizedText {
    /// `TextNormalizer.normalize(text)`, skipped when `StableUTF8` says it would change nothing.
    static func normalize(_ text: String) -> String {
        var copy = text
        let stable = copy.withUTF8 { StableUTF8.isStable($0, strictSpaces: true) }
        return stable ? copy : TextNormalizer.normalize(text)
    }
}
