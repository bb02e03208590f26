/// The one sanitiser of text bound for a terminal. Every readable output of Byline passes
/// through it (the command line's listings and exports, the terminal reader's lists, error
/// and usage messages), so that nothing read from an article, a feed, a note or the command
/// line can move the cursor, retitle the window, write the clipboard or clear the screen.
///
/// `line` and `lines` remove control characters, escape sequences whole (CSI, OSC up to BEL or
/// ST, DCS and the like, parameters included), zero-width and bidirectional-override characters
/// (`TextNormalizer`); `escaped` shows control characters instead, for names the user must
/// recognise (a file name, an argument) in a message.
public enum TerminalText {
    /// `text` on one line: controls and escape sequences removed, every run of white space
    /// (line breaks included) one space, none at the ends.
    public static func line(_ text: String) -> String {
        if isPlainLine(text) { return text }
        return ParagraphSplitter.collapsingWhitespace(in: TextNormalizer.normalize(text), range: TextRange(start: 0, end: .max))
    }

    /// Whether `text` is printable ASCII already on one line (no double space, none at the
    /// ends): the common case, answered without building a string.
    private static func isPlainLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard (0x20...0x7E).contains(byte), byte != 0x20 || previous != 0x20 else { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    /// `text` with its line breaks and tabs kept (CRLF and CR become LF): controls and escape
    /// sequences removed. For text whose lines mean something, such as a Markdown note.
    public static func lines(_ text: String) -> String {
        TextNormalizer.normalize(text)
    }

    /// `text` on one line with every control character (line breaks, ESC, C1 controls) and the
    /// Unicode line and paragraph separators shown as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
