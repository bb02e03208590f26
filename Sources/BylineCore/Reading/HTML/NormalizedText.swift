/// `TextNormalizer` with a fast path for the common case of text it would leave unchanged.
enum NormalizedText {
    /// `TextNormalizer.normalize(text)`, skipped when no scalar of `text` could change: printable
    /// ASCII, tab and newline, Latin-1 letters and Latin Extended (all NFC-stable, below the
    /// combining marks), and the general punctuation of news prose (dashes, curly quotes).
    static func normalize(_ text: String) -> String {
        text.unicodeScalars.allSatisfy(isStable) ? text : TextNormalizer.normalize(text)
    }

    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
            return true
        default:
            return false
        }
    }
}
