/// A reporting cue and the source it introduces: a verb of attribution ("said", "warned"),
/// "according to", or a colon after a sentence's subject.
struct ReportingCue: Hashable, Sendable {
    /// The tokens of the cue ("said", "according to").
    var tokens: Range<Int>
    /// The lemma of the cue's verb ("say"), or `according` for "according to".
    var lemma: WordID
    /// The phrase that names who speaks, when the words around the cue name one.
    var speaker: SourcePhrase?

    /// Whether the cue is "according to".
    var isAccordingTo: Bool { lemma == Keyword.according.id }
}

extension ArticleWords {
    /// The lemma of the reporting verb at `index`, when the word is one here: not a name
    /// ("Said Haddad", "United States") and not a noun after a determiner ("the claim",
    /// "the port's report").
    func reportingLemma(_ index: Int) -> WordID? {
        guard has(index, .reportingVerb), let lemma = Lexicon.lemma(ids[index]) else { return nil }
        if isCapitalized(index) {
            if !isA(index, .sentenceStart), !isA(index - 1, .quoteMark) { return nil }
            if index + 1 < count, isCapitalized(index + 1) { return nil }
        }
        if index > 0, isWord(index - 1), has(index - 1, [.determiner, .possessivePronoun]) || isA(index - 1, .possessive)
            || has(index - 1, .numberWord) {
            return nil
        }
        return lemma
    }

    /// What the lemma `lemma` reports.
    func sense(ofLemma lemma: WordID) -> ReportingSense? {
        lemma == Keyword.according.id ? .speech : Lexicon.sense(lemma)
    }
}
