import BylineCore

extension ReaderState {
    /// `v`: starts a selection on the word at the anchor, or grows it to the sentence, then
    /// the paragraph around it.
    mutating func growSelection() {
        guard let selection else {
            let word = wordRange(at: anchor)
            self.selection = Selection(range: word, unit: .word)
            return
        }
        switch selection.unit {
        case .word:
            self.selection = Selection(range: sentenceRange(around: selection.range), unit: .sentence)
        case .sentence, .paragraph:
            self.selection = Selection(range: paragraphRange(around: selection.range) ?? selection.range, unit: .paragraph)
        }
    }

    /// `w`: adds the next word to the selection (starting one when there is none).
    mutating func extendSelectionByWord() {
        guard let current = selection else {
            growSelection()
            return
        }
        var index = current.range.end
        while index < scalars.count, !Self.isWordScalar(scalars[index]) { index += 1 }
        guard index < scalars.count else { return }
        let next = wordRange(at: index)
        selection = Selection(range: TextRange(start: current.range.start, end: next.end), unit: current.unit)
    }

    /// The word at (or next after) `offset`; letters, digits and inner apostrophes and hyphens.
    func wordRange(at offset: Int) -> TextRange {
        var start = max(0, min(offset, scalars.count))
        while start < scalars.count, !Self.isWordScalar(scalars[start]) { start += 1 }
        while start > 0, Self.isWordScalar(scalars[start - 1]) { start -= 1 }
        var end = start
        while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
        return TextRange(start: start, end: end)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "\u{2019}" || scalar == "-"
    }

    private func paragraphRange(around range: TextRange) -> TextRange? {
        detail.article.paragraphs.first { $0.range.contains(range.start) || $0.range.start >= range.start }?.range
    }

    private func sentenceRange(around range: TextRange) -> TextRange {
        guard let paragraph = paragraphRange(around: range) else { return range }
        let clamped = TextRange(start: min(paragraph.start, scalars.count), end: min(paragraph.end, scalars.count))
        let sentences = Segmenter.sentences(in: scalars, range: clamped)
        let first = sentences.first { $0.end > range.start } ?? clamped
        let last = sentences.last { $0.start < range.end } ?? first
        return TextRange(start: min(first.start, range.start), end: max(last.end, range.end))
    }
}

/// Case-insensitive search in text as scalars: linear in the text for a fixed query.
enum TextSearch {
    /// Every non-overlapping match of `query` in `scalars`.
    static func matches(of query: String, in scalars: [Unicode.Scalar]) -> [TextRange] {
        let needle = query.unicodeScalars.map(folded)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var result: [TextRange] = []
        var index = 0
        while index + needle.count <= scalars.count {
            var matched = true
            for offset in needle.indices where folded(scalars[index + offset]) != needle[offset] {
                matched = false
                break
            }
            if matched {
                result.append(TextRange(start: index, end: index + needle.count))
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    /// The scalar in lower case when that is one scalar, else itself.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
