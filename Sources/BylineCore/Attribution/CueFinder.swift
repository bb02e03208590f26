/// Finds the reporting cue of a quotation in the words around it: after it ("…,” she said),
/// before it (Stanton said, “…”), or "according to X".
struct CueFinder {
    let words: TokenWords
    let speakers: SpeakerFinder

    init(words: TokenWords) {
        self.words = words
        speakers = SpeakerFinder(words: words)
    }

    /// The cue in the clause `start..<end` that follows a quotation: an inverted verb
    /// ("said Stanton"), a verb after its subject ("Stanton, a professor, told …") or
    /// "according to X". Only the first 25 tokens are searched, room for an apposition.
    func cue(after start: Int, end: Int) -> Cue? {
        var first = start
        while first < end, words.text.tokens[first].kind == .punctuation, !words.isTerminal(first) { first += 1 }
        guard first < end else { return nil }
        if let lemma = words.reportingLemma(first), !words.lowered[first].hasSuffix("ing") {
            let speaker = speakers.phrase(startingAt: first + 1, upperBound: end)
            return Cue(tokens: first..<(first + 1), lemma: lemma, speaker: speaker)
        }
        let limit = min(end, first + 25)
        var index = first
        while index < limit {
            if words.isTerminal(index) || words.text.tokens[index].kind == .quoteMark { return nil }
            if let according = accordingTo(at: index, end: end) { return according }
            if let lemma = words.reportingLemma(index) {
                let isParticiple = words.lowered[index].hasSuffix("ing")
                guard !isParticiple else { return nil }
                let speaker = speakers.subject(before: index, from: first)
                    ?? (index == first ? nil : speakers.phrase(startingAt: index + 1, upperBound: end))
                return Cue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker)
            }
            index += 1
        }
        return nil
    }

    /// The cue nearest the end of `start..<end`, the words before a quotation
    /// (“Stanton said, “…”, “Wang said during a meeting on March 30, “…”).
    func cue(before end: Int, start: Int) -> Cue? {
        var index = end - 1
        while index >= start {
            if words.text.tokens[index].kind == .quoteMark { return nil }
            if words.isWord(index), words.lowered[index] == "according", let according = accordingTo(at: index, end: end) {
                return according
            }
            if let lemma = words.reportingLemma(index), !(index > start && words.lowered[index - 1] == "to") {
                var speaker = speakers.subject(before: index, from: start)
                // "…, asks Policy Options editor Jane Roe, “…”": after a comma or with no subject
                // before it, the name after the verb speaks (never the hearer of "told").
                if speaker == nil || (index > start && words.isPunctuation(index - 1, ",")), lemma != "tell",
                   let inverted = speakers.phrase(startingAt: index + 1, upperBound: end), inverted.form == .name,
                   inverted.tokens.upperBound >= end - 1 {
                    return Cue(tokens: index..<(index + 1), lemma: lemma, speaker: inverted)
                }
                if speaker == nil, words.lowered[index].hasSuffix("ing") {
                    // A participle takes the subject of its sentence, which may lie before an
                    // earlier quotation.
                    let sentenceStart = words.text.sentences[words.sentenceOfToken[index]].tokenRange.lowerBound
                    speaker = sentenceSubject(from: min(start, sentenceStart), before: index)
                }
                return Cue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker)
            }
            index -= 1
        }
        return nil
    }

    /// "according to X" at `index`, with X as the speaker.
    func accordingTo(at index: Int, end: Int) -> Cue? {
        guard words.isWord(index), words.lowered[index] == "according", index + 1 < end, words.lowered[index + 1] == "to" else { return nil }
        let speaker = speakers.phrase(startingAt: index + 2, upperBound: end)
        return Cue(tokens: index..<(index + 2), lemma: "according to", speaker: speaker)
    }

    /// The first name or pronoun of a sentence, the subject a participle cue ("…, noting that")
    /// takes its speaker from.
    func sentenceSubject(from start: Int, before end: Int) -> SpeakerPhrase? {
        var index = start
        while index < end {
            if words.isWord(index), !words.insideQuotation[index] {
                if SpeakerFinder.subjectPronouns.contains(words.lowered[index]) {
                    return SpeakerPhrase(tokens: index..<(index + 1), head: index..<(index + 1), form: .pronoun)
                }
                if words.isCapitalized(index), !words.nameFacts(index).contains(.neverName) {
                    var last = index
                    while last + 1 < end, words.isCapitalized(last + 1) { last += 1 }
                    if let run = speakers.nameRun(endingAt: last, lowerBound: index), !speakers.isDateline(run) {
                        return SpeakerPhrase(tokens: run, head: run, form: .name)
                    }
                }
            }
            index += 1
        }
        return nil
    }
}
