/// Reads the noun phrases that name sources, by the shallow grammar of news prose: the
/// subject before a verb ("Ada Okafor, a professor at Lakeside University, said"), the
/// phrase after an inverted verb ("said Ada Okafor") or after "according to", runs of
/// capitalised words, pronouns and common noun phrases back to their determiner.
struct PhraseReader {
    let words: ArticleWords

    // MARK: Subject before a verb

    /// The subject of the verb at `verb`, looking back no further than `lowerBound`: nil for
    /// a passive ("was told"), whose subject is not the speaker.
    func subject(before verb: Int, from lowerBound: Int) -> SourcePhrase? {
        var index = verb - 1
        var sawBe = false
        while index >= lowerBound, words.isWord(index), isSkippable(index) {
            if words.has(index, .beForm) { sawBe = true }
            index -= 1
        }
        if sawBe { return nil }
        guard index >= lowerBound else { return nil }
        // "A statement last week said", "the ministry on Monday said": a time phrase between
        // the subject and its verb.
        if let start = timePhraseStart(endingAt: index, lowerBound: lowerBound) { index = start - 1 }
        guard index >= lowerBound else { return nil }
        if words.isA(index, [.comma, .closeBracket]) {
            guard let end = endBeforeApposition(comma: index, lowerBound: lowerBound) else { return nil }
            index = end
        }
        guard index >= lowerBound else { return nil }
        // "a report which found", "an official who said": the relative pronoun stands for the
        // noun phrase before it.
        if words.is(index, .which) || words.is(index, .who) || words.is(index, .that), index > lowerBound {
            // "a survey on Monday that showed": the time phrase is not the antecedent's.
            let end = timePhraseStart(endingAt: index - 1, lowerBound: lowerBound).map { $0 - 1 } ?? index - 1
            guard let antecedent = phrase(endingAt: end, lowerBound: lowerBound) else { return nil }
            return nameBeforeApposition(antecedent, lowerBound: lowerBound) ?? antecedent
        }
        return phrase(endingAt: index, lowerBound: lowerBound) ?? subjectBeforeRelativeClause(endingAt: index, lowerBound: lowerBound)
    }

    /// The name a description of a person stands in apposition to ("Jo Lee, a nurse who
    /// said"): the relative clause is about the person named.
    private func nameBeforeApposition(_ description: SourcePhrase, lowerBound: Int) -> SourcePhrase? {
        let comma = description.tokens.lowerBound - 1
        guard description.form == .description, comma - 1 >= lowerBound,
              !words.has(description.headWord, [.groupNoun, .organizationNoun, .documentNoun, .mediaNoun, .collectiveNoun]),
              words.isA(comma, .comma), words.isCapitalized(comma - 1), !words.has(comma - 1, .neverName),
              let run = nameRun(endingAt: comma - 1, lowerBound: lowerBound), !isDateline(run) else { return nil }
        return SourcePhrase(run, form: .name)
    }

    /// The subject of a verb that follows a relative clause about it ("An official who asked
    /// not to be named said"): the noun phrase before "who" or "that".
    private func subjectBeforeRelativeClause(endingAt end: Int, lowerBound: Int) -> SourcePhrase? {
        var index = end
        while index > lowerBound, end - index < 12, words.isWord(index) || words.isA(index, .number) {
            if words.is(index, .who) || words.is(index, .that) { return phrase(endingAt: index - 1, lowerBound: lowerBound) }
            index -= 1
        }
        return nil
    }

    /// The first token of a time phrase ending at `end` ("last week", "on Monday", "earlier
    /// this month", "this morning"), or nil.
    func timePhraseStart(endingAt end: Int, lowerBound: Int) -> Int? {
        guard end >= lowerBound, words.has(end, .timeWord), !words.is(end, .last), !words.is(end, .this) else { return nil }
        var start = end
        let openers: [Keyword] = [.last, .this, .next, .on, .earlier, .later, .early, .late]
        while start - 1 >= lowerBound, words.isWord(start - 1), openers.contains(where: { words.is(start - 1, $0) }) { start -= 1 }
        return start < end ? start : nil
    }

    /// Whether the word at `index` may stand between a subject and its verb: an auxiliary, a
    /// negation or an adverb ("has also repeatedly said").
    private func isSkippable(_ index: Int) -> Bool {
        if followsHonorific(index) { return false }
        return words.has(index, [.interveningAdverb, .beForm, .negation]) || words.isA(index, .lyAdverb)
    }

    /// The end of the noun phrase before an apposition or a bracket that ends at `comma`
    /// ("Ada Okafor, a professor at Lakeside University, told").
    private func endBeforeApposition(comma: Int, lowerBound: Int) -> Int? {
        let limit = max(lowerBound, comma - 30)
        if words.isA(comma, .closeBracket) {
            var index = comma - 1
            while index >= limit, !words.isA(index, .openBracket) { index -= 1 }
            return index > limit ? index - 1 : nil
        }
        // "The director of operations, Jo Lee, says", "Keeper of the Harbour Seal, Jo Lee,
        // says": a name between the commas after a description speaks.
        var nameStart = comma
        while nameStart - 1 >= limit, words.isCapitalized(nameStart - 1) || words.isA(nameStart - 1, .period) { nameStart -= 1 }
        if nameStart < comma, nameStart - 1 >= lowerBound, words.isA(nameStart - 1, .comma), words.isCapitalized(nameStart),
           nameStart - 2 >= lowerBound, !words.isCapitalized(nameStart - 2) || isDescription(lowerBound..<(nameStart - 1)) {
            return comma - 1
        }
        // "Jo Lee, the co-founder of a firm based in Port Ellen, N.S., says": a name opening the
        // clause, set off by a comma, is the subject whatever appositions follow it.
        if let opening = openingName(from: lowerBound, before: comma) { return opening }
        var commasSeen = 0
        var index = comma - 1
        while index >= limit {
            if words.isA(index, .quoteMark) { return nil }
            if words.isA(index, [.comma, .openBracket]) {
                commasSeen += 1
                let candidate = index - 1
                if candidate >= lowerBound, words.isWord(candidate), !isNonHead(candidate) { return candidate }
                if commasSeen >= 3 { return nil }
            }
            // "D-Mich.," ends an abbreviation, not a sentence.
            if words.isTerminal(index), !(index + 1 < comma && words.isA(index + 1, .comma)) { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the words `tokens` describe rather than name: they hold a determiner, a lower-case
    /// word or a possessive ("One red-state Democrat", "Keeper of the Harbour Seal").
    private func isDescription(_ tokens: Range<Int>) -> Bool {
        tokens.contains { words.isWord($0) && (!words.isCapitalized($0) || words.has($0, .determiner) || words.isA($0, .possessive)) }
    }

    /// The end of a name that opens the clause at `start` and is followed by a comma, when the
    /// words up to `comma` are appositions, not a clause of their own.
    private func openingName(from start: Int, before comma: Int) -> Int? {
        var end = start
        while end < comma, words.isCapitalized(end) || words.isA(end, .abbreviationPeriod) { end += 1 }
        guard end > start, end < comma, words.isA(end, .comma), !words.has(start, .neverName),
              let run = nameRun(endingAt: end - 1, lowerBound: start), run.count >= 2 else { return nil }
        let between = (end + 1)..<comma
        guard !between.contains(where: { words.has($0, [.auxiliary, .subjectPronoun]) || words.reportingLemma($0) != nil }) else { return nil }
        return end - 1
    }

    /// The phrase whose last token is `end`: a name run, a pronoun or a noun phrase, extended
    /// left over prepositional links ("media in the capital", "a spokesperson for the port").
    func phrase(endingAt end: Int, lowerBound: Int) -> SourcePhrase? {
        guard var core = corePhrase(endingAt: end, lowerBound: lowerBound) else { return nil }
        let whole = core.tokens
        var start = whole.lowerBound
        // "The board's decision allowing his release said": a present participle after a noun
        // of a source opens a clause about it; the noun heads the subject.
        if start - 2 >= lowerBound, words.isA(start - 1, .ingForm), !words.isCapitalized(start - 1),
           words.has(start - 2, WordFacts.sourceNoun.union([.documentNoun, .studyNoun, .vehicleNoun])),
           let outer = corePhrase(endingAt: start - 2, lowerBound: lowerBound), outer.form == .description {
            return SourcePhrase(tokens: outer.tokens.lowerBound..<whole.upperBound, head: outer.head, form: .description)
        }
        if core.form == .name, start - 1 >= lowerBound, words.is(start - 1, .the) {
            // "the Harbour Board": the article belongs to the name.
            start -= 1
            core = SourcePhrase(tokens: start..<whole.upperBound, head: core.head, form: core.form)
        }
        while start - 2 >= lowerBound, core.form != .pronoun, isLinkingPreposition(start - 1),
              let outer = corePhrase(endingAt: start - 2, lowerBound: lowerBound), outer.form != .pronoun {
            start = outer.tokens.lowerBound
            core = SourcePhrase(tokens: start..<whole.upperBound, head: outer.head, form: outer.form)
            if core.form == .name, start - 1 >= lowerBound, words.is(start - 1, .the) {
                start -= 1
                core.tokens = start..<whole.upperBound
            }
        }
        return core
    }

    private func isLinkingPreposition(_ index: Int) -> Bool {
        let linking: [Keyword] = [.of, .in, .at, .for, .from, .with, .on, .to]
        return words.isWord(index) && linking.contains { words.is(index, $0) }
    }

    private func corePhrase(endingAt end: Int, lowerBound: Int) -> SourcePhrase? {
        guard end >= lowerBound, words.isWord(end) else { return nil }
        if words.has(end, .subjectPronoun) { return SourcePhrase(end..<(end + 1), form: .pronoun) }
        if words.isCapitalized(end), !words.isCapitalizedOpener(end), !words.has(end, .neverName) || isSpeakerNoun(end) || followsHonorific(end),
           let run = nameRun(endingAt: end, lowerBound: lowerBound), !isDateline(run) {
            return SourcePhrase(run, form: .name)
        }
        return nounPhrase(endingAt: end, lowerBound: lowerBound)
    }

    /// A run of capitalised words, initials, titles and particles ending at `end`.
    func nameRun(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        var start = end
        var index = end - 1
        while index >= lowerBound {
            if words.isCapitalized(index), !words.isA(index, .possessive) {
                start = index
            } else if words.isA(index, .period), index - 1 >= lowerBound, words.isCapitalized(index - 1), isAbbreviatedNamePart(index - 1) {
                start = index - 1
                index -= 1
            } else if words.isWord(index), words.has(index, .particle) || words.is(index, .of) || words.is(index, .and),
                      index - 1 >= lowerBound, words.isCapitalized(index - 1) {
                start = index - 1
                index -= 1
            } else {
                break
            }
            index -= 1
        }
        // Words that open sentences or are never names are not part of the name.
        while start <= end, words.has(start, .neverName) || words.isA(start, .period) || !words.isCapitalized(start) {
            start += 1
        }
        return start <= end ? start..<(end + 1) : nil
    }

    /// Whether the word comes right after an honorific ("Ms. May"), which makes it a name.
    func followsHonorific(_ index: Int) -> Bool {
        index >= 2 && words.isA(index - 1, .period) && words.has(index - 2, .honorific)
    }

    /// Whether a name in capitals opens its paragraph before a dash or bracket, as the place
    /// of a dateline does ("PORT ELLEN, Ruritania —").
    func isDateline(_ run: Range<Int>) -> Bool {
        let paragraph = words.paragraphTokens(of: run.lowerBound)
        guard run.lowerBound - paragraph.lowerBound <= 1, run.upperBound < paragraph.upperBound else { return false }
        guard run.allSatisfy({ words.isA($0, [.allCapitals, .initial, .period]) }),
              words.text.tokens[run.lowerBound].range.length >= 3 else { return false }
        return words.isA(run.upperBound, [.comma, .dash, .openBracket])
    }

    /// Whether the token is an initial, an honorific or a title that an abbreviation's
    /// period may follow inside a name ("J.", "Dr.", "Gen.", "Jr.", "St.").
    func isAbbreviatedNamePart(_ index: Int) -> Bool {
        words.isA(index, .initial) || words.has(index, [.honorific, .title]) || words.is(index, .jr) || words.is(index, .st)
    }

    /// A common noun phrase ending at `end`: back to a determiner, or a known speaker noun on
    /// its own.
    private func nounPhrase(endingAt end: Int, lowerBound: Int) -> SourcePhrase? {
        guard !isClauseBreaker(end), !isNonHead(end),
              !isDeterminer(end) || words.is(end, .some) || words.is(end, .many) || words.is(end, .others) else { return nil }
        var index = end - 1
        var start = end
        var determiner: Int?
        let limit = max(lowerBound, end - 7)
        while index >= limit, words.isA(index, .wordOrNumber) {
            // "lawyers and experts say": two groups of people joined by "and" speak together.
            let joinsGroups = words.is(index, .and) && index > limit && words.has(index - 1, .groupNoun) && words.has(end, .groupNoun)
            if (isClauseBreaker(index) && !joinsGroups) || words.reportingLemma(index) != nil { break }
            start = index
            if isDeterminer(index) || words.isA(index, .possessive) {
                // "the government's plan": a possessive noun has its own determiner.
                let ownsDeterminer = words.isA(index, .possessive) && index - 1 >= lowerBound && words.has(index - 1, .determiner)
                determiner = ownsDeterminer ? index - 1 : index
                break
            }
            index -= 1
        }
        if let determiner { return description(determiner..<(end + 1)) }
        // "People arrested last week said": a known noun opening the clause heads it.
        if !isSpeakerNoun(end), start == lowerBound || !words.isWord(start - 1), isSpeakerNoun(start) {
            return SourcePhrase(tokens: start..<(end + 1), head: start..<(start + 1), form: .description)
        }
        guard isSpeakerNoun(end) else { return nil }
        return description(start..<(end + 1))
    }

    /// A common noun phrase whose head comes before its first preposition: "a poll of
    /// farmers" is a poll, "a spokesperson for the port" a spokesperson.
    private func description(_ tokens: Range<Int>) -> SourcePhrase {
        let preposition = tokens.dropFirst().first { words.has($0, .preposition) && !words.isCapitalized($0) }
        guard let preposition, preposition > tokens.lowerBound + 1 else { return SourcePhrase(tokens, form: .description) }
        return SourcePhrase(tokens: tokens, head: tokens.lowerBound..<preposition, form: .description)
    }

    /// Whether the token at `index` is a noun that names speakers: a group, an organisation,
    /// a document, a medium or a spokesperson.
    func isSpeakerNoun(_ index: Int) -> Bool {
        words.has(index, [.groupNoun, .organizationNoun, .documentNoun, .mediaNoun, .spokespersonNoun, .collectiveNoun])
    }

    /// Whether the word opens a noun phrase: a determiner, a possessive pronoun or a small number.
    func isDeterminer(_ index: Int) -> Bool {
        words.has(index, [.determiner, .possessivePronoun, .numberWord])
    }

    /// Whether the word ends a clause read leftwards: a conjunction, a relative, an auxiliary,
    /// a subject pronoun or a verb of saying.
    func isClauseBreaker(_ index: Int) -> Bool {
        words.has(index, [.relative, .coordinator, .subordinator, .auxiliary, .negation, .subjectPronoun])
            || words.is(index, .by) || words.is(index, .said) || words.is(index, .says) || words.is(index, .told)
    }

    /// Whether the word cannot end a noun phrase: a preposition, conjunction or auxiliary.
    func isNonHead(_ index: Int) -> Bool {
        let adverbs: [Keyword] = [.also, .then, .there, .here]
        return words.has(index, [.preposition, .coordinator, .subordinator, .relative, .auxiliary, .negation])
            || words.is(index, .the) || words.is(index, .a) || words.is(index, .an) || adverbs.contains { words.is(index, $0) }
    }

    // MARK: Subject after an inverted verb, agent of "according to"

    /// The phrase right after `first` ("said Ada Okafor", "according to the ministry"), up to
    /// punctuation, no further than `upperBound`.
    func phrase(startingAt first: Int, upperBound: Int) -> SourcePhrase? {
        guard first < upperBound, words.isWord(first) else { return nil }
        if words.has(first, .subjectPronoun) { return SourcePhrase(first..<(first + 1), form: .pronoun) }
        var end = first
        var index = first
        let limit = min(upperBound, first + 12)
        while index < limit {
            if words.isA(index, .wordOrNumber) {
                if words.isWord(index), index > first, isClauseBreaker(index),
                   !(words.is(index, .and) && index + 1 < limit && words.isWord(index + 1) && !words.isCapitalized(index + 1)) { break }
                if index > first, words.isWord(index), words.has(index, .reportingVerb), !words.isCapitalized(index),
                   !isDeterminer(index - 1) { break }
                // "a survey published on Wednesday", "people arrested last week": a participle
                // after a noun opens a clause about it.
                if index > first, words.isA(index, [.edForm, .ingForm]), !words.isCapitalized(index),
                   words.has(index - 1, WordFacts.sourceNoun.union([.studyNoun])) { break }
                end = index
            } else if words.isA(index, .period), index > first, isAbbreviatedNamePart(index - 1), index + 1 < limit,
                      words.isCapitalized(index + 1) {
                end = index
            } else {
                break
            }
            index += 1
        }
        // Cut a trailing time or place phrase ("said Jo Lee on Tuesday", "said Jo Lee in Port Ellen").
        let phraseOpeners: [Keyword] = [.on, .in, .at, .during, .after, .before, .last, .this, .from]
        var cut = first + 1
        while cut <= end, !(words.isWord(cut) && phraseOpeners.contains { words.is(cut, $0) }) { cut += 1 }
        end = min(end, cut - 1)
        guard end >= first, let phrase = phrase(endingAt: end, lowerBound: first) else { return nil }
        if phrase.form == .description, let name = appositiveName(after: phrase, upperBound: upperBound) { return name }
        return phrase.tokens.lowerBound == first || phrase.form == .name ? phrase : nil
    }

    /// The name set off after a description that ends the clause ("says her partner, Jo Lee."):
    /// the name is the speaker's.
    private func appositiveName(after description: SourcePhrase, upperBound: Int) -> SourcePhrase? {
        let comma = description.tokens.upperBound
        guard comma + 1 < upperBound, words.isA(comma, .comma), words.isCapitalized(comma + 1),
              !words.has(comma + 1, .neverName) else { return nil }
        var end = comma + 1
        while end < min(upperBound, comma + 6) {
            if words.isCapitalized(end) {
                end += 1
            } else if words.isA(end, .period), isAbbreviatedNamePart(end - 1), end + 1 < upperBound, words.isCapitalized(end + 1) {
                end += 1
            } else {
                break
            }
        }
        guard end == upperBound || words.isA(end, .comma) else { return nil }
        return SourcePhrase((comma + 1)..<end, form: .name)
    }

    // MARK: The subject of a sentence

    /// The most tokens an opening phrase before a sentence's subject has.
    static let openingPhraseLength = 25

    /// The first name or pronoun of a sentence outside quotations: the subject a participle
    /// cue ("…, noting that") takes its speaker from.
    ///
    /// A call costs the words up to the subject, not up to `end`, so that a sentence with
    /// thousands of cues and no subject stays linear.
    func sentenceSubject(from start: Int, before end: Int) -> SourcePhrase? {
        var index = start
        // "In an interview with the Gazette on Monday, Jo Lee …": an opening phrase set off by
        // a comma holds no subject. Such a phrase is short.
        if words.has(start, [.preposition, .subordinator]),
           let comma = (start..<min(end, start + Self.openingPhraseLength)).first(where: { words.isA($0, .comma) }) {
            index = comma + 1
        }
        while index < end {
            // Only a pronoun or a capitalised word can open the subject sought: skip to the next.
            index = words.nextNameOrPronoun[index]
            guard index < end else { return nil }
            if words.isWord(index), !words.isQuoted(index) {
                if words.has(index, .subjectPronoun) { return SourcePhrase(index..<(index + 1), form: .pronoun) }
                if words.isCapitalized(index), !words.has(index, .neverName) {
                    var last = index
                    // "Secretary of State Jo Lee": a title of office may hold "of".
                    while last + 1 < end, words.isCapitalized(last + 1)
                        || (words.is(last + 1, .of) && last + 2 < end && words.isCapitalized(last + 2) && words.has(last, .title)) {
                        last += 1
                    }
                    // "Harbour master Jo Lee": a place before a lower-case title is not the name.
                    if last + 2 < end, words.has(last + 1, .title), !words.isCapitalized(last + 1), words.isCapitalized(last + 2) {
                        index = last + 1
                        continue
                    }
                    if let run = nameRun(endingAt: last, lowerBound: index), !isDateline(run) { return SourcePhrase(run, form: .name) }
                }
            }
            index += 1
        }
        return nil
    }
}
