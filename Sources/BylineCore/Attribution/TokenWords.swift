/// The words of an analysed text, looked up by token index: the text as written and lowercased,
/// computed once so that the finders can test words cheaply.
struct TokenWords {
    let text: AnalysisText
    /// Each token's text as written.
    let written: [String]
    /// Each token's text, lowercased.
    let lowered: [String]
    /// For each token, the index of the sentence that holds it.
    let sentenceOfToken: [Int]
    /// For each token, whether it lies inside a quotation (marks excluded).
    let insideQuotation: [Bool]

    init(_ text: AnalysisText, quotations: [Quotation]) {
        self.text = text
        written = text.written
        lowered = text.lowered
        var sentenceOfToken = [Int](repeating: 0, count: text.tokens.count)
        for (index, sentence) in text.sentences.enumerated() {
            for token in sentence.tokenRange { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        var inside = [Bool](repeating: false, count: text.tokens.count)
        var cursor = 0
        for quotation in quotations {
            while cursor < text.tokens.count, text.tokens[cursor].range.start < quotation.range.start { cursor += 1 }
            var index = cursor
            while index < text.tokens.count, text.tokens[index].range.end <= quotation.range.end {
                inside[index] = true
                index += 1
            }
        }
        insideQuotation = inside
    }

    var count: Int { written.count }

    func isWord(_ index: Int) -> Bool { text.tokens[index].kind == .word }

    /// Whether the token is a word starting with an uppercase letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard text.tokens[index].kind == .word else { return false }
        return ScalarClass.isUppercase(text.scalars[text.tokens[index].range.start])
    }

    /// What the name lexicons say of the token as written.
    func nameFacts(_ index: Int) -> NameWordFacts {
        NameWords.facts(ofWritten: written[index], lowered: lowered[index], hash: text.loweredHashes[index])
    }

    /// What the name lexicons say of the token in lowercase.
    func loweredNameFacts(_ index: Int) -> NameWordFacts {
        NameWords.facts(ofWritten: lowered[index], lowered: lowered[index], hash: text.loweredHashes[index])
    }

    /// Whether the token is exactly the punctuation `mark`.
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        let token = text.tokens[index]
        return token.kind == .punctuation && token.range.length == 1 && text.scalars[token.range.start] == mark
    }

    /// Whether the token ends a sentence or a clause strongly (. ! ? ; …).
    func isTerminal(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .punctuation else { return false }
        let scalar = text.scalars[token.range.start]
        if scalar == ".", index > 0, isWord(index - 1), text.tokens[index - 1].range.end == token.range.start {
            // The period of "Ms." or of an initial ends nothing.
            if (text.tokens[index - 1].range.length == 1 && isCapitalized(index - 1))
                || !nameFacts(index - 1).isDisjoint(with: [.neverFinalAbbreviation, .honorific]) {
                return false
            }
        }
        return scalar == "." || scalar == "!" || scalar == "?" || scalar == ";" || scalar == "\u{2026}"
    }

    /// The lemma of the reporting verb at `index`, if it is one.
    func reportingLemma(_ index: Int) -> String? {
        guard let lemma = text.reportingLemmas[index] else { return nil }
        // A capitalised form inside a sentence ("United States") or before a name ("Said
        // Ahmed") is a name, not a verb.
        if isCapitalized(index) {
            let sentenceStart = text.sentences[sentenceOfToken[index]].tokenRange.lowerBound
            if index > sentenceStart && text.tokens[index - 1].kind != .quoteMark { return nil }
            if index + 1 < count, isCapitalized(index + 1) { return nil }
        }
        // After a determiner or a possessive the word is a noun ("the claim", "Russia’s fear").
        if index > 0, isWord(index - 1) {
            let previous = lowered[index - 1]
            if SpeakerFinder.determiners.contains(previous) || previous.endsInPossessive { return nil }
        }
        return lemma
    }

    /// The range of text covered by tokens `tokens`.
    func range(_ tokens: Range<Int>) -> TextRange {
        TextRange(start: text.tokens[tokens.lowerBound].range.start, end: text.tokens[tokens.upperBound - 1].range.end)
    }
}

/// A set of words as written, each held by the index of a token that spells it and found by
/// the token's precomputed `WordHash`, so that no string is hashed again: an open addressing
/// table of token indices.
struct TokenWordSet {
    private let written: [String]
    private let hashes: [UInt64]
    /// Token indices, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 16)
    private var count = 0

    /// An empty set of the words of `words`.
    init(_ words: TokenWords) {
        written = words.written
        hashes = words.text.loweredHashes
    }

    /// Adds the word of the token at `token`.
    mutating func insert(_ token: Int) {
        guard case .vacant(let slot) = find(token) else { return }
        slots[slot] = token
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Whether the set holds the word of the token at `token`.
    func contains(_ token: Int) -> Bool {
        if case .found = find(token) { return true }
        return false
    }

    private enum Place {
        case found
        case vacant(Int)
    }

    private func find(_ token: Int) -> Place {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[token]) & mask
        while slots[slot] >= 0 {
            let held = slots[slot]
            if hashes[held] == hashes[token], written[held] == written[token] { return .found }
            slot = (slot + 1) & mask
        }
        return .vacant(slot)
    }

    private mutating func grow() {
        let held = slots.filter { $0 >= 0 }
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for token in held {
            var slot = Int(truncatingIfNeeded: hashes[token]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = token
        }
    }
}
