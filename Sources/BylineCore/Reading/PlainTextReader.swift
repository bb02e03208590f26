/// Reads a plain-text article.
public enum PlainTextReader {
    /// Reads decoded text into a normalised article.
    public static func read(_ text: String) -> Article {
        let clean = TextNormalizer.normalize(text)
        var builder = ArticleBuilder()
        for range in ParagraphSplitter.paragraphRanges(in: clean) {
            builder.append(ParagraphSplitter.collapsingWhitespace(in: clean, range: range))
        }
        return Article(text: builder.text, paragraphs: builder.paragraphs)
    }

    /// An article whose `text` is exactly `text`, unnormalised, with paragraphs found where the
    /// text has blank lines: the form offsets must take when they index an input file itself.
    public static func verbatim(_ text: String) -> Article {
        let paragraphs = ParagraphSplitter.paragraphRanges(in: text).map { Paragraph(range: $0) }
        return Article(text: text, paragraphs: paragraphs)
    }
}

/// Finds paragraphs in plain text: blocks separated by blank lines, or single lines when the
/// text has no blank line at all.
public enum ParagraphSplitter {
    /// The ranges of the paragraphs of `text`, trimmed of surrounding white space.
    public static func paragraphRanges(in text: String) -> [TextRange] {
        let scalars = Array(text.unicodeScalars)
        var lines: [TextRange] = []
        var lineStart = 0
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(TextRange(start: lineStart, end: offset))
            lineStart = offset + 1
        }
        lines.append(TextRange(start: lineStart, end: scalars.count))
        let isBlank = { (line: TextRange) in
            scalars[line.start..<line.end].allSatisfy { $0.properties.isWhitespace }
        }
        let hasBlankLine = lines.contains(where: isBlank)
        var blocks: [TextRange] = []
        var current: TextRange?
        for line in lines {
            if isBlank(line) {
                if let block = current { blocks.append(block) }
                current = nil
            } else if let block = current, hasBlankLine {
                current = TextRange(start: block.start, end: line.end)
            } else {
                if let block = current { blocks.append(block) }
                current = line
            }
        }
        if let block = current { blocks.append(block) }
        return blocks.compactMap { trimmed($0, in: scalars) }
    }

    /// The scalars of `range` with every run of white space (line breaks included) made one space.
    public static func collapsingWhitespace(in text: String, range: TextRange) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars.dropFirst(range.start).prefix(range.length) {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func trimmed(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange? {
        var start = range.start
        var end = range.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }
}
