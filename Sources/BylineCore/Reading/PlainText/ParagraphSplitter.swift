/// Finds paragraphs in plain text: blocks separated by blank lines, or single lines when the
/// text has no blank line at all.
public enum ParagraphSplitter {
    /// The ranges of the paragraphs of `text`, trimmed of surrounding white space.
    public static func paragraphRanges(in text: String) -> [TextRange] {
        blocks(in: [Unicode.Scalar](scalarsOf: text)).map(\.range)
    }

    /// The blocks of `scalars`, each with its trimmed, non-blank lines.
    static func blocks(in scalars: [Unicode.Scalar]) -> [TextBlock] {
        WorkMeter.count(.scalarsRead, scalars.count)
        var lines: [TextRange] = []
        var lineStart = 0
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(TextRange(start: lineStart, end: offset))
            lineStart = offset + 1
        }
        lines.append(TextRange(start: lineStart, end: scalars.count))
        let trimmedLines = lines.map { trimmed($0, in: scalars) }
        // Only a blank line between two lines of text separates paragraphs; blank lines at the
        // ends (a final newline) say nothing about the file's layout.
        let firstText = trimmedLines.firstIndex { $0 != nil } ?? 0
        let lastText = trimmedLines.lastIndex { $0 != nil } ?? 0
        let hasBlankLine = firstText < lastText && trimmedLines[firstText...lastText].contains { $0 == nil }
        var blocks: [TextBlock] = []
        var current: [TextRange] = []
        for line in trimmedLines {
            guard let line else {
                if !current.isEmpty { blocks.append(TextBlock(lines: current)) }
                current = []
                continue
            }
            if !hasBlankLine, !current.isEmpty {
                blocks.append(TextBlock(lines: current))
                current = []
            }
            current.append(line)
        }
        if !current.isEmpty { blocks.append(TextBlock(lines: current)) }
        return blocks
    }

    /// The scalars of `range` with every run of white space (line breaks included) made one space.
    public static func collapsingWhitespace(in text: String, range: TextRange) -> String {
        var collapser = WhitespaceCollapser(capacity: text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            guard offset < range.end else { break }
            if offset >= range.start { collapser.append(scalar) }
            offset += 1
        }
        return collapser.text
    }

    /// The scalars of `range` with every run of white space made one space, taken from an
    /// array so that each call costs only the length of the range.
    static func collapsingWhitespace(in scalars: [Unicode.Scalar], range: TextRange) -> String {
        let bounds = max(0, range.start)..<min(scalars.count, range.end)
        var collapser = WhitespaceCollapser(capacity: bounds.count)
        for scalar in scalars[bounds] { collapser.append(scalar) }
        return collapser.text
    }

    private static func trimmed(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange? {
        var start = range.start
        var end = range.end
        while start < end, scalars[start].isWhitespaceQuickly { start += 1 }
        while end > start, scalars[end - 1].isWhitespaceQuickly { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }
}

/// A paragraph of plain text as laid out in the file: its non-blank lines, each trimmed.
struct TextBlock: Hashable, Sendable {
    /// The block's lines, in order; never empty.
    var lines: [TextRange]

    /// From the start of the first line to the end of the last.
    var range: TextRange { TextRange(start: lines[0].start, end: lines[lines.count - 1].end) }

    /// The block without its first `count` lines, or `nil` when no line is left.
    func droppingLines(_ count: Int) -> TextBlock? {
        count < lines.count ? TextBlock(lines: Array(lines[count...])) : nil
    }
}

/// Text built scalar by scalar with every run of white space made one space (none at the ends),
/// written as UTF-8 bytes: appending to a `String.UnicodeScalarView` costs several times more.
private struct WhitespaceCollapser {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isWhitespaceQuickly {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the property tables for ASCII: tab, line
    /// feed, vertical tab, form feed, carriage return and space are its only white space there.
    var isWhitespaceQuickly: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
