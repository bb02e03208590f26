/// A claim as the claim stage reads it, before its source's profile tells whether it is vague.
struct FoundClaim {
    /// The statement's words.
    var range: TextRange
    /// The cue that attributes it.
    var cue: TextRange?
    /// The source it rests on, as an index into the resolver's drafts.
    var source: Int?
    /// The words that name the source where the claim is made.
    var sourceMention: TextRange?
    /// Whether it rests on no source at all, or on an unnamed authority ("reportedly").
    var isUnsourced = false
    /// The URLs of the hyperlinks in its sentence.
    var links: [String] = []
}

/// Reads one sentence's attributed statements: verbs of attribution with their subjects,
/// "according to X", impersonal passives ("it is expected that") and hedging adverbs
/// ("reportedly").
struct ClaimReader {
    let words: ArticleWords
    private let phrases: PhraseReader
    /// The ranges of quotations in quote marks, sorted: words inside them are the speaker's.
    private let quoted: [TextRange]
    private var quotedCursor = 0
    /// Where the cues of statements already attributed start: their claims are made.
    private let cues: Set<Int>

    /// Sentences longer than this many tokens are not prose (a hostile or broken text) and
    /// are not read for claims, which keeps the reading linear.
    static let longestSentence = 400

    init(words: ArticleWords, quoted: [TextRange], cues: Set<Int>) {
        self.words = words
        phrases = PhraseReader(words: words)
        self.quoted = quoted
        self.cues = cues
    }

    /// The claims of the sentence `tokens`, resolving their sources through `resolver`.
    mutating func claims(in tokens: Range<Int>, resolver: inout SourceResolver) -> [FoundClaim] {
        guard tokens.count <= Self.longestSentence, let lastWord = tokens.last(where: { words.isA($0, .wordOrNumber) }) else { return [] }
        var claims: [FoundClaim] = []
        var lastSubject: SourcePhrase?
        for position in tokens where words.isWord(position) && isOpener(position) && !isQuoted(position)
            && !cues.contains(words.text.tokens[position].range.start) {
            if let claim = impersonalClaim(at: position, in: tokens, lastWord: lastWord) ?? hedgedClaim(at: position, in: tokens, lastWord: lastWord) {
                claims.append(claim)
                continue
            }
            if words.is(position, .according), position + 1 < tokens.upperBound, words.is(position + 1, .to) {
                if let claim = accordingToClaim(at: position, in: tokens, lastWord: lastWord, resolver: &resolver) { claims.append(claim) }
                continue
            }
            guard let lemma = claimLemma(at: position, in: tokens) else { continue }
            var subject = phrases.claimSubject(before: position, in: tokens)
            if subject == nil, words.isA(position, .ingForm), position > tokens.lowerBound, words.isA(position - 1, .comma) {
                subject = lastSubject
            }
            guard let subject else { continue }
            if Lexicon.verbFacts(lemma).contains(.nounLike), words.ids[position] != lemma, !words.isA(position, [.edForm, .ingForm]),
               subject.form == .description || (subject.form == .pronoun && !words.has(subject.headWord, .genderedPronoun)) {
                // "media reports", "false claims": a noun unless a name or a pronoun precedes it.
                continue
            }
            guard let source = self.source(of: subject, resolver: &resolver) else { continue }
            lastSubject = subject
            let cueEnd = position + 1 < tokens.upperBound && words.is(position + 1, .out) ? position + 2 : position + 1
            let start = contentStart(afterCue: position, cueEnd: cueEnd, lemma: lemma, in: tokens)
            guard let range = contentRange(from: start, in: tokens, lastWord: lastWord) else { continue }
            claims.append(FoundClaim(range: range, cue: words.range(position..<cueEnd), source: source, sourceMention: words.range(subject.tokens)))
        }
        return claims
    }

    /// Whether the word can open a claim: a verb of attribution, a claim verb, "it",
    /// "according" or a hedging adverb.
    private func isOpener(_ index: Int) -> Bool {
        words.has(index, [.reportingVerb, .claimVerb, .phrasalWithOut, .hedgingAdverb]) || words.is(index, .it) || words.is(index, .according)
    }

    /// The source a claim's subject names, when it names one a claim can rest on: a source
    /// already found, a person, or a document, medium, organisation or group.
    private func source(of subject: SourcePhrase, resolver: inout SourceResolver) -> Int? {
        if subject.form == .description, SourceResolver.kind(ofNounHead: subject.headWord, in: words) == .person,
           !words.has(subject.headWord, .anonymousHead) {
            // "a man", "the official": a person described, not named, stands behind a quote
            // if anywhere, and is not a claim's source.
            return nil
        }
        return resolver.sourceIndex(for: subject)
    }

    /// The lemma of a verb at `position` that can carry a claim, or nil.
    private func claimLemma(at position: Int, in tokens: Range<Int>) -> WordID? {
        guard !words.isCapitalized(position), !isPassive(at: position, in: tokens) else { return nil }
        if position > tokens.lowerBound {
            // "to blame" is an infinitive, "a report" or "their claims" a noun.
            let before = position - 1
            if words.is(before, .to) || (words.has(before, .determiner) && !words.is(before, .that))
                || (words.has(before, .possessivePronoun) && !words.is(before, .he) && !words.is(before, .she)) {
                return nil
            }
        }
        if words.has(position, .claimVerb) { return words.ids[position] }
        if words.has(position, .phrasalWithOut), position + 1 < tokens.upperBound, words.is(position + 1, .out) { return Keyword.point.id }
        // Verbs whose claim is a reported clause are read once, by the quote stage; this
        // reader takes the verbs that carry a claim in their object ("accused the port of …",
        // "repeated the rumour").
        guard let lemma = Lexicon.lemma(words.ids[position]), words.has(position, .reportingVerb),
              Lexicon.verbFacts(lemma).isDisjoint(with: [.reportsNothingAlone, .clausalClaim]), Lexicon.sense(lemma) != .belief,
              !words.isNegated(position) else { return nil }
        return lemma
    }

    /// Whether the verb at `position` is a passive participle ("are expected to", "was told"),
    /// whose subject is not the one who speaks.
    private func isPassive(at position: Int, in tokens: Range<Int>) -> Bool {
        let participles: [Keyword] = [.told, .said, .found, .thought, .known, .shown, .written]
        guard words.isA(position, .edForm) || participles.contains(where: { words.is(position, $0) }) else { return false }
        var index = position - 1
        while index >= tokens.lowerBound, words.isWord(index), words.isA(index, .lyAdverb) || [Keyword.also, .not].contains(where: { words.is(index, $0) }) {
            index -= 1
        }
        return index >= tokens.lowerBound && (words.has(index, .beForm) || words.is(index, .get) || words.is(index, .got))
    }

    /// "It is expected that …", "it was reported that …": a claim on no source.
    private func impersonalClaim(at position: Int, in tokens: Range<Int>, lastWord: Int) -> FoundClaim? {
        guard words.is(position, .it), position + 3 < tokens.upperBound else { return nil }
        var index = position + 1
        while index < tokens.upperBound, words.has(index, [.beForm, .modal]) || words.is(index, .has) || words.is(index, .had)
            || words.isA(index, .lyAdverb) || words.is(index, .also) || words.is(index, .now) {
            index += 1
        }
        guard index > position + 1, index + 1 < tokens.upperBound, words.has(index, .impersonalParticiple),
              words.is(index + 1, .that) || words.isA(index + 1, .colon),
              let range = contentRange(from: index + 2, in: tokens, lastWord: lastWord) else { return nil }
        return FoundClaim(range: range, cue: words.range(position..<(index + 1)), isUnsourced: true)
    }

    /// "The ministry reportedly ordered …": the whole sentence rests on no named source.
    private func hedgedClaim(at position: Int, in tokens: Range<Int>, lastWord: Int) -> FoundClaim? {
        guard words.has(position, .hedgingAdverb), let range = contentRange(from: tokens.lowerBound, in: tokens, lastWord: lastWord) else { return nil }
        return FoundClaim(range: range, cue: words.range(position..<(position + 1)), isUnsourced: true)
    }

    /// "According to X, …" or "…, according to X.": the rest of the sentence is X's claim.
    private func accordingToClaim(at position: Int, in tokens: Range<Int>, lastWord: Int, resolver: inout SourceResolver) -> FoundClaim? {
        guard let subject = phrases.claimPhrase(after: position + 1, in: tokens), let source = self.source(of: subject, resolver: &resolver) else { return nil }
        let content: TextRange?
        if position == tokens.lowerBound || !words.isA(position - 1, .comma),
           let comma = ((position + 2)..<tokens.upperBound).first(where: { words.isA($0, .comma) }) {
            content = contentRange(from: comma + 1, in: tokens, lastWord: lastWord)
        } else if position > tokens.lowerBound, let end = (tokens.lowerBound..<position).last(where: { words.isA($0, .wordOrNumber) }) {
            content = words.range(tokens.lowerBound..<(end + 1))
        } else {
            content = nil
        }
        guard let content, !content.isEmpty else { return nil }
        return FoundClaim(range: content, cue: words.range(position..<(position + 2)), source: source, sourceMention: words.range(subject.tokens))
    }

    /// Where the claim begins: after the verb, its object and "that" for verbs of saying and
    /// believing ("told reporters that …"); at the verb for verbs whose object is the claim.
    private func contentStart(afterCue cue: Int, cueEnd: Int, lemma: WordID, in tokens: Range<Int>) -> Int {
        let isClausal = Lexicon.verbFacts(lemma).contains(.clausalClaim) || Lexicon.sense(lemma) == .belief || lemma == Keyword.point.id
        guard isClausal else { return cue }
        var index = cueEnd
        while index < tokens.upperBound, index - cueEnd < 10, words.isA(index, .wordOrNumber) || words.isA(index, .comma) {
            if words.is(index, .that) { return index + 1 }
            index += 1
        }
        if cueEnd < tokens.upperBound, words.isA(cueEnd, [.colon, .comma]) { return cueEnd + 1 }
        return cueEnd
    }

    /// The range from token `start` to the sentence's last word or closing mark, nil when empty.
    private func contentRange(from start: Int, in tokens: Range<Int>, lastWord: Int) -> TextRange? {
        guard start < tokens.upperBound, lastWord >= start else { return nil }
        var end = lastWord
        while end + 1 < tokens.upperBound, !words.isA(end + 1, .wordOrNumber), !words.isA(end + 1, [.period, .comma]) { end += 1 }
        var first = start
        while first < end, !words.isA(first, .wordOrNumber), !words.isA(first, .quoteMark) { first += 1 }
        return words.range(first..<(end + 1))
    }

    /// Whether the token at `index` lies inside a quotation; tokens are asked in text order.
    private mutating func isQuoted(_ index: Int) -> Bool {
        let range = words.text.tokens[index].range
        while quotedCursor < quoted.count, quoted[quotedCursor].end <= range.start { quotedCursor += 1 }
        return quotedCursor < quoted.count && quoted[quotedCursor].contains(range)
    }
}
