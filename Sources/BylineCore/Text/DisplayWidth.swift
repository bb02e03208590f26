/// How many terminal columns text occupies: 0 for combining and invisible marks, 2 for East
/// Asian wide characters and emoji, 1 for everything else.
public enum DisplayWidth {
    /// The columns one character (grapheme cluster) occupies.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains("\u{FE0F}") || first.properties.isEmojiPresentation { return 2 }
        var width = 0
        for scalar in scalars { width += of(scalar) }
        return min(width, 2)
    }

    /// The columns one scalar occupies on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The columns a string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        // Text of Latin letters, their accents and general punctuation (curly quotes, dashes),
        // the commonest case, is measured scalar by scalar: none of them joins another into
        // a wider character, so no grapheme breaking is needed.
        var columns = 0
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x300 || (0x2000..<0x2070).contains(scalar.value) else {
                return text.reduce(0) { $0 + of($1) }
            }
            columns += of(scalar)
        }
        return columns
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// Breaks text into lines that fit a number of terminal columns, at spaces where it can and
/// inside words only when a word is wider than a whole line.
public enum WordWrapper {
    /// The lines of `text` wrapped to `width` columns (at least 1). Line breaks in `text` are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        wrap(text, width: width) { lines.append($0) }
        return lines
    }

    /// Hands each line of `text` wrapped to `width` columns to `body`, in order, holding one
    /// line at a time.
    public static func wrap(_ text: String, width: Int, each body: (String) -> Void) {
        let width = max(1, width)
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapLine(paragraphLine, width: width, each: body)
        }
    }

    private static func wrapLine(_ line: Substring, width: Int, each body: (String) -> Void) {
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current.append(" ")
                current.append(contentsOf: word)
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 { body(current) }
            current = ""
            currentWidth = 0
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width, currentWidth > 0 {
                    body(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        body(current)
    }
}
