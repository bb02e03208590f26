/// Finds the reporting cue of a quotation in the words around it: after it ("…,” she said),
/// before it (Ada Okafor said, “…”), or "according to X".
struct CueReader {
    let words: ArticleWords
    let phrases: PhraseReader

    init(words: ArticleWords) {
        self.words = words
        phrases = PhraseReader(words: words)
    }

    /// The cue in the clause `start..<end` that follows a quotation: an inverted verb ("said
    /// Ada Okafor"), a verb after its subject ("Okafor, a professor, told …") or "according
    /// to X". Only the first 25 tokens are searched, room for an apposition.
    func cue(after start: Int, end: Int) -> ReportingCue? {
        var first = start
        while first < end, words.isA(first, .punctuation), !words.isTerminal(first) { first += 1 }
        guard first < end else { return nil }
        if let lemma = words.reportingLemma(first), !words.isA(first, .ingForm) {
            return ReportingCue(tokens: first..<(first + 1), lemma: lemma, speaker: invertedSpeaker(after: first, end: end))
        }
        let limit = min(end, first + 25)
        for index in first..<max(first, limit) {
            if words.isTerminal(index) || words.isA(index, .quoteMark) { return nil }
            if let according = accordingTo(at: index, end: end) { return according }
            if let lemma = words.reportingLemma(index) {
                guard !words.isA(index, .ingForm) else { return nil }
                // "…, one official said", "…, she added"; an inverted verb ("…, then said Jo
                // Lee") opens its clause but for adverbs.
                let opensClause = (first..<index).allSatisfy { words.has($0, .interveningAdverb) || words.isA($0, .lyAdverb) }
                let speaker = phrases.subject(before: index, from: first) ?? (opensClause && index > first ? invertedSpeaker(after: index, end: end) : nil)
                return ReportingCue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker)
            }
        }
        return nil
    }

    /// The speaker after an inverted verb ("said Jo Lee", "said the keeper", "said a report
    /// by the ministry"): a name, a pronoun, or a description whose last word is no verb
    /// form; "said the roof leaked" inverts nothing, it reports a clause.
    private func invertedSpeaker(after verb: Int, end: Int) -> SourcePhrase? {
        // "told the minister": after a verb that takes a hearer, the phrase is the hearer.
        guard let lemma = words.reportingLemma(verb), !Lexicon.verbFacts(lemma).contains(.takesHearer),
              let phrase = phrases.phrase(startingAt: verb + 1, upperBound: end) else { return nil }
        guard phrase.form == .description, !words.has(phrase.headWord, WordFacts.sourceNoun.union([.title])) else { return phrase }
        let head = phrase.headWord
        let isVerb = words.isA(head, [.edForm, .ingForm]) || words.has(head, [.auxiliary, .reportingVerb])
        return isVerb ? nil : phrase
    }

    /// The cue nearest the end of `start..<end`, the words before a quotation ("Okafor
    /// said, “…”", "Okafor said during a meeting on March 30, “…”").
    func cue(before end: Int, start: Int) -> ReportingCue? {
        var index = end - 1
        while index >= start {
            if words.isA(index, .quoteMark) { return nil }
            if words.is(index, .according), let according = accordingTo(at: index, end: end) { return according }
            if let lemma = words.reportingLemma(index), !(index > start && words.is(index - 1, .to)) {
                var speaker = phrases.subject(before: index, from: start)
                // "…, asks the review's editor Jo Lee, “…”": after a comma or with no subject
                // before it, the name after the verb speaks (never the hearer of "told").
                if speaker == nil || (index > start && words.isA(index - 1, .comma)), lemma != Keyword.tell.id,
                   let inverted = phrases.phrase(startingAt: index + 1, upperBound: end), inverted.form == .name,
                   inverted.tokens.upperBound >= end - 1 {
                    return ReportingCue(tokens: index..<(index + 1), lemma: lemma, speaker: inverted)
                }
                if speaker == nil, words.isA(index, .ingForm) || (index > start && (words.is(index - 1, .and) || words.is(index - 1, .but))) {
                    // A participle, or a verb after "and", takes the subject of its sentence,
                    // which may lie before an earlier quotation.
                    let sentenceStart = words.sentenceTokens(of: index).lowerBound
                    speaker = phrases.sentenceSubject(from: min(start, sentenceStart), before: index)
                }
                return ReportingCue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker)
            }
            index -= 1
        }
        return nil
    }

    /// "according to X" at `index`, with X as the speaker.
    func accordingTo(at index: Int, end: Int) -> ReportingCue? {
        guard words.is(index, .according), index + 1 < end, words.is(index + 1, .to) else { return nil }
        var speaker = phrases.phrase(startingAt: index + 2, upperBound: end)
        // "according to X" names a source: a name, a pronoun, or people, an institution, a
        // document, data; "according to their preference" names none.
        if let phrase = speaker, phrase.form == .description,
           !words.has(phrase.headWord, WordFacts.sourceNoun.union([.title, .studyNoun, .vehicleNoun])) {
            speaker = nil
        }
        return ReportingCue(tokens: index..<(index + 2), lemma: Keyword.according.id, speaker: speaker)
    }
}
