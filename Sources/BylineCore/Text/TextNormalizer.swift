import Foundation

/// Makes text from any reader safe and uniform: the one place where odd spaces, invisible
/// characters, line endings, Unicode composition and control characters are dealt with.
///
/// After `normalize(_:)`:
/// - NBSP and the other Unicode space separators are plain spaces;
/// - zero-width and bidirectional-override characters are gone (ZWJ and ZWNJ stay: emoji and
///   several scripts need them);
/// - CRLF and CR are LF;
/// - the text is in NFC;
/// - no control character is left but newline and tab: C0, DEL and C1 controls are removed, and
///   escape sequences (CSI, OSC, DCS and the like) are removed whole, parameters included, so
///   that nothing read from an article can drive a terminal (`EscapeSequence`).
public enum TextNormalizer {
    /// Returns `text` normalised as described on the type.
    public static func normalize(_ text: String) -> String {
        // Printable ASCII, the commonest text, is answered on the bytes.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 })
            || text.unicodeScalars.allSatisfy(isNormalAsItStands) {
            return text
        }
        let cleaned = stripControls(text)
        return cleaned.isComposed ? cleaned.text : cleaned.text.precomposedStringWithCanonicalMapping
    }

    /// The scalars of `text` when it is normal already (`normalize` would return it
    /// unchanged), read and checked in one pass; `nil` when it is not.
    static func scalarsIfNormal(_ text: String) -> [Unicode.Scalar]? {
        [Unicode.Scalar].scalars(of: text) { isNormalAsItStands($0) }
    }

    /// Whether a scalar is normal as it stands: printable ASCII, newline, tab, or a
    /// composition-inert scalar that is neither an odd space nor a dropped invisible. Text of
    /// such scalars only, by far the commonest, is normal already: `normalize` returns it unchanged.
    static func isNormalAsItStands(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x0A, 0x09: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        default: return isCompositionInert(scalar) && !isOddSpace(scalar) && !isDroppedInvisible(scalar)
        }
    }

    /// Whether a scalar is a space that should read as U+0020.
    public static func isOddSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether a scalar is invisible and carries no meaning for reading (zero-width spaces,
    /// BOM, soft hyphen, bidirectional embeddings and isolates).
    public static func isDroppedInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar leaves any text it is part of in NFC: a starter (combining class 0)
    /// that is its own composition and never composes with a scalar before it. Answered for the
    /// assigned letters, punctuation and symbols of the common scripts only (Latin, Greek,
    /// Cyrillic, Hebrew letters, general punctuation, currency signs, CJK, Hangul syllables,
    /// full-width forms, the commonest emoji); `false` means "maybe not".
    static func isCompositionInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x02FF, 0x0388...0x038A, 0x038C, 0x038E...0x03A1, 0x03A3...0x0482, 0x048A...0x052F,
             0x05D0...0x05EA, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
             0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF, 0x3220...0xA48C,
             0xAC00...0xD7A3, 0xFF01...0xFFBE, 0x1F300...0x1F64F, 0x1F680...0x1F6D7, 0x1F900...0x1F9FF:
            return true
        default:
            return false
        }
    }

    /// The text without control characters and escape sequences, with odd spaces made plain
    /// and line endings made LF, and whether it is in NFC already: every scalar it kept is
    /// composition-inert, so that the costly composition can be skipped.
    private static func stripControls(_ text: String) -> (text: String, isComposed: Bool) {
        var isComposed = true
        // Written straight into the new string's UTF-8 storage: no scalar grows, so the text's
        // own length is room enough.
        let stripped = String(unsafeUninitializedCapacity: text.utf8.count) { output in
            var count = 0
            func write(_ byte: UInt8) {
                output[count] = byte
                count += 1
            }
            var scalars = text.unicodeScalars.makeIterator()
            var pending = scalars.next()
            while let scalar = pending {
                pending = scalars.next()
                switch scalar.value {
                case 0x20...0x7E, 0x0A, 0x09:
                    write(UInt8(scalar.value))
                case 0x0D:
                    write(0x0A)
                    if pending == "\n" { pending = scalars.next() }
                case 0x1B, 0x9B, 0x90, 0x9D, 0x9E, 0x9F:
                    pending = EscapeSequence.skip(openedBy: scalar, next: pending, in: &scalars, boundary: .text)
                case 0x00...0x1F, 0x7F...0x9F:
                    continue
                default:
                    if isOddSpace(scalar) {
                        write(0x20)
                    } else if !isDroppedInvisible(scalar) {
                        UTF8.encode(scalar, into: write)
                        isComposed = isComposed && isCompositionInert(scalar)
                    }
                }
            }
            return count
        }
        return (stripped, isComposed)
    }
}
