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
        let start = max(0, range.start)
        // Collapsing never lengthens: the text's own bytes are room enough.
        return collapsed(text.unicodeScalars.dropFirst(start).prefix(max(0, range.end - start)), byteCount: text.utf8.count)
    }

    /// The scalars of `range` with every run of white space made one space, taken from an
    /// array so that each call costs only the length of the range.
    static func collapsingWhitespace(in scalars: [Unicode.Scalar], range: TextRange) -> String {
        let slice = scalars[max(0, range.start)..<min(scalars.count, range.end)]
        return collapsed(slice, byteCount: slice.reduce(0) { $0 + UTF8.width($1) })
    }

    /// `scalars` with every run of white space made one space (none at the ends), written
    /// straight into the new string's UTF-8 storage, which must need no more than `byteCount` bytes.
    private static func collapsed<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars, byteCount: Int) -> String {
        String(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            var pendingSpace = false
            for scalar in scalars {
                if scalar.isWhitespaceQuickly {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                if scalar.isASCII {
                    buffer[count] = UInt8(scalar.value)
                    count += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
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
