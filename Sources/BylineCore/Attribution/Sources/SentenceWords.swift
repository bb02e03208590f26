/// The words of every sentence of an article, scanned once and shared by the source and
/// claim rules, with an index of where each capitalised word occurs.
struct SentenceWords {
    /// Where a run of words lies: a sentence and a half-open range of word indices in it.
    struct Position: Hashable, Sendable {
        var sentence: Int
        var start: Int
        var end: Int
    }

    /// The article's prepared text.
    let text: AnalysisText
    /// The words of each sentence, parallel to `text.sentences`.
    let sentences: [[ClauseWord]]
    /// Which names of the article are people's, remembered for every stage that reads them.
    let personNames = PersonNameMemo()
    private let capitalized: [String: [(sentence: Int, index: Int)]]

    /// Scans every sentence of `text`.
    init(_ text: AnalysisText) {
        self.text = text
        let sentences = text.sentences.map { ClauseWords.words(of: $0.tokenRange, in: text) }
        var capitalized: [String: [(sentence: Int, index: Int)]] = [:]
        for (sentence, words) in sentences.enumerated() {
            for (index, word) in words.enumerated() where word.isCapitalized {
                capitalized[word.text, default: []].append((sentence, index))
            }
        }
        self.sentences = sentences
        self.capitalized = capitalized
    }

    /// Every place the words `name` occur in this order, as whole words.
    func occurrences(of name: [String]) -> [Position] {
        guard let first = name.first, let starts = capitalized[first] else { return [] }
        return starts.compactMap { start in
            let words = sentences[start.sentence]
            guard start.index + name.count <= words.count else { return nil }
            for (offset, part) in name.enumerated() where words[start.index + offset].text != part { return nil }
            return Position(sentence: start.sentence, start: start.index, end: start.index + name.count)
        }
    }

    /// The words of `position`.
    func words(at position: Position) -> ArraySlice<ClauseWord> {
        sentences[position.sentence][position.start..<position.end]
    }

    /// The text range covered by `position`.
    func range(of position: Position) -> TextRange {
        let words = sentences[position.sentence]
        return TextRange(start: words[position.start].range.start, end: words[position.end - 1].range.end)
    }

    /// The index of the sentence that holds `offset`, by binary search.
    func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = text.sentences.count
        while low < high {
            let middle = (low + high) / 2
            let range = text.sentences[middle].range
            if range.end <= offset {
                low = middle + 1
            } else if range.start > offset {
                high = middle
            } else {
                return middle
            }
        }
        return nil
    }

    /// The words that follow `range` in its sentence, up to a dozen, as text: where an
    /// unnamed source's description continues ("…, who asked not to be named,").
    func clause(after range: TextRange) -> String? {
        guard let sentence = sentenceIndex(containing: range.start) else { return nil }
        let words = sentences[sentence]
        guard let start = words.firstIndex(where: { $0.range.start >= range.end }) else { return nil }
        let end = min(words.count, start + 12)
        return words[start..<end].map(\.text).joined(separator: " ")
    }

    /// The position of the words covering `range`, when it falls inside one sentence.
    func position(of range: TextRange) -> Position? {
        guard let sentence = sentenceIndex(containing: range.start) else { return nil }
        let words = sentences[sentence]
        guard let start = words.firstIndex(where: { $0.range.end > range.start }) else { return nil }
        let end = words[start...].firstIndex(where: { $0.range.start >= range.end }) ?? words.count
        return end > start ? Position(sentence: sentence, start: start, end: end) : nil
    }
}
