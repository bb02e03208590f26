/// Reads the words that name who or what makes a claim: the subject before a verb of
/// attribution, however long ("intelligence reports obtained in April from two agencies
/// accuse"), or the noun a relative pronoun points back to ("a joint statement in May which
/// discussed").
extension PhraseReader {
    /// The most words a claim's subject may span.
    static let longestSubject = 16

    /// The subject of the verb at `verb` in the sentence `sentence`, or nil when none can be read.
    func claimSubject(before verb: Int, in sentence: Range<Int>) -> SourcePhrase? {
        var end = verb
        while end > sentence.lowerBound, words.isWord(end - 1), isClaimSkippable(end - 1) { end -= 1 }
        var start = end
        while start > sentence.lowerBound, end - start < Self.longestSubject, words.isA(start - 1, .wordOrNumber), !opensClause(start - 1),
              !isPlainVerb(start - 1) {
            start -= 1
        }
        if start == end, start > sentence.lowerBound, [Keyword.which, .that, .who].contains(where: { words.is(start - 1, $0) }) {
            return antecedent(before: start - 1, in: sentence)
        }
        guard start < end, let subject = sourceNounPhrase(in: start..<end, fromEnd: false) else { return nil }
        // A verb between the subject and the cue means the subject belongs to another clause.
        let between = (subject.headWord + 1)..<end
        guard !between.contains(where: { isFiniteVerb($0) || words.has($0, .reportingVerb) }) else { return nil }
        return subject
    }

    /// The source phrase that follows `index` up to the next punctuation mark ("according to
    /// the ministry's report,").
    func claimPhrase(after index: Int, in sentence: Range<Int>) -> SourcePhrase? {
        var end = index + 1
        while end < sentence.upperBound, end - index <= Self.longestSubject, words.isA(end, .wordOrNumber) { end += 1 }
        guard end > index + 1 else { return nil }
        return sourceNounPhrase(in: (index + 1)..<end, fromEnd: false)
    }

    /// The noun a relative pronoun at `relative` refers to: the last source-like noun phrase
    /// of the clause before it, passing over a short prepositional phrase ("in May").
    private func antecedent(before relative: Int, in sentence: Range<Int>) -> SourcePhrase? {
        var start = relative
        while start > sentence.lowerBound, relative - start < 12, words.isA(start - 1, .wordOrNumber) || words.isA(start - 1, .comma) {
            start -= 1
        }
        return sourceNounPhrase(in: start..<relative, fromEnd: true)
    }

    /// The first (or last) phrase in `span` whose head names a possible source, outside
    /// prepositional phrases, with its premodifiers, the nouns that follow it ("media
    /// reports") and a following "in/from/of" and capitalised name ("… reports in Ruritania").
    private func sourceNounPhrase(in span: Range<Int>, fromEnd: Bool) -> SourcePhrase? {
        let isCandidate = { (index: Int) in self.isSourceHead(index, span: span) && !self.followsPreposition(index, span: span) }
        guard let found = fromEnd ? span.reversed().first(where: isCandidate) : span.first(where: isCandidate) else { return nil }
        let head = extendedHead(from: found, span: span)
        var first = found
        while first > span.lowerBound {
            let word = first - 1
            guard words.isA(word, .wordOrNumber), !RoleReader(words: words).isAffiliationPreposition(word),
                  !isClaimSkippable(word) || isDeterminer(word) else { break }
            first -= 1
            if isDeterminer(word) { break }
        }
        var last = head
        if last + 2 < span.upperBound, [Keyword.in, .from, .of].contains(where: { words.is(last + 1, $0) }), words.isCapitalized(last + 2),
           !words.has(last + 2, .neverName) {
            last += 2
            while last + 1 < span.upperBound, words.isCapitalized(last + 1) { last += 1 }
        }
        let form: SourcePhrase.Form
        var headRange = first..<(head + 1)
        if words.has(head, .genderedPronoun) {
            form = .pronoun
            headRange = head..<(head + 1)
        } else if words.isCapitalized(head) {
            form = .name
            var nameStart = head
            while nameStart > first, words.isCapitalized(nameStart - 1) || words.isA(nameStart - 1, .abbreviationPeriod) { nameStart -= 1 }
            // "Secretary of State Jo Lee": after a title, the portfolio and the name head the phrase.
            let portfolio = words.has(head, .title) && head + 1 < span.upperBound && words.is(head + 1, .of)
            headRange = nameStart..<((portfolio ? last : head) + 1)
        } else {
            form = .description
        }
        return SourcePhrase(tokens: first..<(last + 1), head: headRange, form: form)
    }

    /// Whether a word can head a source's phrase: "he" or "she", a capitalised name, or a
    /// noun of documents, media, organisations, groups or roles.
    func isSourceHead(_ index: Int, span: Range<Int>) -> Bool {
        guard words.isWord(index) else { return false }
        if words.is(index, .he) || words.is(index, .she) { return true }
        if words.has(index, .subjectPronoun) { return false }
        if words.isCapitalized(index), !RoleReader(words: words).isFunctionWord(index), !isDeterminer(index) {
            return !words.has(index, .nationality) || index == span.upperBound - 1
        }
        return words.has(index, [.roleNoun, .documentNoun, .mediaNoun, .organizationNoun, .groupNoun, .collectiveNoun, .anonymousHead])
    }

    /// The last head of the noun phrase starting at `head`: over following heads and up to
    /// two modifiers before another head ("opposition party leader", "media reports").
    private func extendedHead(from head: Int, span: Range<Int>) -> Int {
        var last = head
        var index = head + 1
        while index < span.upperBound, index - last <= 3, words.isA(index, .wordOrNumber) {
            if isSourceHead(index, span: span) {
                last = index
            } else if RoleReader(words: words).isFunctionWord(index) || words.has(index, .reportingVerb) || words.isA(index, .edForm) {
                break
            }
            index += 1
        }
        return last
    }

    /// Whether the word at `index` is the object of a preposition ("from Ruritania", "in
    /// early April"), looking back over one modifier.
    private func followsPreposition(_ index: Int, span: Range<Int>) -> Bool {
        for back in 1...2 where index - back >= span.lowerBound {
            let word = index - back
            if RoleReader(words: words).isAffiliationPreposition(word)
                || [Keyword.by, .to, .during, .after, .before, .over].contains(where: { words.is(word, $0) }) {
                return true
            }
            if back == 1, words.isCapitalized(word) || isSourceHead(word, span: span) { return false }
        }
        return false
    }

    /// Auxiliaries and adverbs that may stand between a subject and its verb ("have also").
    private func isClaimSkippable(_ index: Int) -> Bool {
        words.has(index, [.auxiliary, .negation, .interveningAdverb]) || words.isA(index, .lyAdverb)
    }

    /// Words that end a subject read leftwards from its verb: subordinators and relatives.
    private func opensClause(_ index: Int) -> Bool {
        words.has(index, [.subordinator, .relative])
            || [Keyword.but, .what, .how, .why, .whom, .whose, .including].contains { words.is(index, $0) }
    }

    /// Whether the word is a verb of attribution in a form no noun shares ("said", "told"),
    /// which ends a subject read leftwards ("… said officials had urged").
    private func isPlainVerb(_ index: Int) -> Bool {
        guard let lemma = words.reportingLemma(index) else { return false }
        return !Lexicon.verbFacts(lemma).contains(.nounLike) || words.isA(index, .edForm)
    }

    /// Finite verbs that show a clause of its own ("as long as the talks are open …").
    private func isFiniteVerb(_ index: Int) -> Bool {
        [Keyword.is, .are, .was, .were, .has, .have, .had, .will, .would, .do, .does, .did].contains { words.is(index, $0) }
    }
}
