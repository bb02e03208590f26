import BylineCore

/// A note written in Markdown as the screen shows it: *emphasis*, **strong emphasis** and
/// `code` become styles, list items get a bullet, headings and block quotes lose their marks,
/// and links show their text (`[text](url)` → text). Anything else stays as written. Every line
/// passes through `TerminalText`, so a note can never drive the terminal.
public enum NoteMarkdown {
    /// How a stretch of a note is set.
    public enum Emphasis: Hashable, Sendable {
        case plain, emphasis, strong, strongEmphasis, code
    }

    /// A stretch of a note's text and how it is set.
    public struct Span: Hashable, Sendable {
        public var text: String
        public var emphasis: Emphasis

        public init(_ text: String, _ emphasis: Emphasis = .plain) {
            self.text = text
            self.emphasis = emphasis
        }
    }

    /// The note's lines, blank lines between paragraphs dropped.
    public static func lines(_ note: String) -> [[Span]] {
        note.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = TerminalText.line(String(raw))
            guard !line.isEmpty else { return nil }
            return spans(block(line))
        }
    }

    /// The note on one line: its lines joined with " · ".
    public static func line(_ note: String) -> [Span] {
        var joined: [Span] = []
        for (index, spans) in lines(note).enumerated() {
            if index > 0 { joined.append(Span(" · ")) }
            joined += spans
        }
        return joined
    }

    /// The note on one line, without styles.
    public static func plainLine(_ note: String) -> String {
        line(note).map(\.text).joined()
    }

    /// A line without its block mark: a bullet for a list item, nothing for a heading or quote.
    private static func block(_ line: String) -> String {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return "• " + line.dropFirst(2) }
        if line.hasPrefix("#") {
            let text = line.drop { $0 == "#" }
            if text.hasPrefix(" ") { return String(text.dropFirst()) }
        }
        if line.hasPrefix(">") { return String(line.dropFirst().drop { $0 == " " }) }
        return line
    }

    /// The inline spans of one line.
    static func spans(_ line: String) -> [Span] {
        let characters = Array(line)
        var spans: [Span] = []
        var current = ""
        var strong = false
        var emphasis = false
        func flush() {
            guard !current.isEmpty else { return }
            spans.append(Span(current, strong && emphasis ? .strongEmphasis : strong ? .strong : emphasis ? .emphasis : .plain))
            current = ""
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\\", let next, "\\`*_[]()#+-.!<>".contains(next) {
                current.append(next)
                index += 2
                continue
            }
            if character == "`", let close = characters[(index + 1)...].firstIndex(of: "`") {
                flush()
                spans.append(Span(String(characters[(index + 1)..<close]), .code))
                index = close + 1
                continue
            }
            if character == "[", let link = link(in: characters, at: index) {
                current += link.text
                index = link.end
                continue
            }
            if character == "*" || character == "_" {
                let length = next == character ? 2 : 1
                let isOpen = length == 2 ? strong : emphasis
                if isDelimiter(characters, at: index, length: length, closing: isOpen) {
                    flush()
                    if length == 2 { strong.toggle() } else { emphasis.toggle() }
                    index += length
                    continue
                }
            }
            current.append(character)
            index += 1
        }
        flush()
        return spans
    }

    /// `[text](url)` at `start`: its text and the index after it.
    private static func link(in characters: [Character], at start: Int) -> (text: String, end: Int)? {
        guard let closeBracket = characters[(start + 1)...].firstIndex(of: "]"),
              closeBracket + 1 < characters.count, characters[closeBracket + 1] == "(",
              let closeParen = characters[(closeBracket + 2)...].firstIndex(of: ")") else { return nil }
        return (String(characters[(start + 1)..<closeBracket]), closeParen + 1)
    }

    /// Whether the `*`/`_` run at `index` opens (text follows, and the same run closes it
    /// later on the line) or closes (text before it) emphasis. An `_` inside a word
    /// (`snake_case`) does neither.
    private static func isDelimiter(_ characters: [Character], at index: Int, length: Int, closing: Bool) -> Bool {
        let before = index > 0 ? characters[index - 1] : nil
        let after = index + length < characters.count ? characters[index + length] : nil
        if characters[index] == "_", before?.isLetter == true || before?.isNumber == true,
           after?.isLetter == true || after?.isNumber == true { return false }
        if closing { return before.map { !$0.isWhitespace } ?? false }
        guard let after, !after.isWhitespace else { return false }
        let delimiter = Array(repeating: characters[index], count: length)
        let rest = characters[(index + length + 1)...]
        return rest.indices.contains { position in
            position + length <= characters.count && Array(characters[position..<(position + length)]) == delimiter
                && !characters[position - 1].isWhitespace
        }
    }
}
