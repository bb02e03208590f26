/// Finds reported speech without quotation marks: "X said (that) …", "X told Y …",
/// "according to X, …", "…, X said.", "the report found …".
struct ReportedSpeechReader {
    let words: ArticleWords
    let cues: CueReader

    init(words: ArticleWords) {
        self.words = words
        cues = CueReader(words: words)
    }

    private var phrases: PhraseReader { cues.phrases }

    /// The reported statements of every sentence that holds no whole quotation, leaving out
    /// headings and captions (paragraphs that do not end as prose does).
    func find(skippingSentences skipped: Set<Int>) -> [Attribution] {
        var found: [Attribution] = []
        for (index, sentence) in words.text.sentences.enumerated() where !skipped.contains(index) {
            guard words.isProse[sentence.paragraphIndex], !words.opensWithLabel(sentence.tokenRange) else { continue }
            found.append(contentsOf: reported(in: sentence))
        }
        return found
    }

    /// Whether the speaker may be a source: not the writer, not a denial, not a noun taken
    /// for a verb ("city reports").
    private func isAcceptable(_ speaker: SourcePhrase, verb: Int) -> Bool {
        if words.has(speaker.head.lowerBound, .writerPronoun) { return false }
        if let lemma = words.reportingLemma(verb), Lexicon.verbFacts(lemma).contains(.nounLike), !words.isA(verb, [.edForm, .ingForm]),
           speaker.form != .pronoun {
            // A form that is also a noun is a verb only where a noun cannot be: the bare form
            // after a plainly plural subject ("many growers fear"), the -s form after a name
            // ("Okafor reports"); "city reports", "growth fears", "a gas project" are nouns.
            let isBareForm = words.ids[verb] == lemma
            let isSForm = !isBareForm && words.spelling(verb).hasPrefix(Lexicon.spelling(lemma).dropLast()) && words.spelling(verb).hasSuffix("s")
            if isBareForm ? !isPlural(speaker) : isSForm && speaker.form == .description { return false }
        }
        return !words.isNegated(verb)
    }

    /// Whether a subject is plainly plural: a plural noun of people, names joined by "and",
    /// or a description opened by a plural determiner or a number ("many", "both", "three").
    private func isPlural(_ speaker: SourcePhrase) -> Bool {
        if speaker.head.contains(where: { words.is($0, .and) }) { return true }
        if words.has(speaker.headWord, [.groupNoun, .pluralPronoun]) { return true }
        guard speaker.form == .description else { return false }
        let first = speaker.tokens.lowerBound
        let plural: [Keyword] = [.many, .several, .few, .both, .these, .those, .all, .some, .other]
        if plural.contains(where: { words.is(first, $0) }) || (words.has(first, .numberWord) && !words.is(first, .one)) { return true }
        // "the figures show", "the data suggest": documents and data in the plural.
        let head = speaker.headWord
        return words.has(head, [.studyNoun, .documentNoun]) && (words.spelling(head).hasSuffix("s") || words.spelling(head) == "data")
    }


    private func reported(in sentence: Sentence) -> [Attribution] {
        var tokens = sentence.tokenRange
        guard tokens.count >= 4 else { return [] }
        while tokens.count > 1, words.isTerminal(tokens.upperBound - 1) || words.isA(tokens.upperBound - 1, .quoteMark) {
            tokens = tokens.lowerBound..<(tokens.upperBound - 1)
        }
        if let according = leadingAccordingTo(tokens, sentence) {
            let restStart = min(words.firstToken(atOrAfter: according.range.end) ?? tokens.upperBound, tokens.upperBound)
            let rest = restStart..<tokens.upperBound
            return [according] + verbFirst(rest, sentence)
        }
        // "Experts believe the pier is sound, Okafor said.": a cue that ends the sentence
        // reports all of it, whatever verbs the statement holds.
        if let trailing = trailingCue(tokens, sentence) ?? trailingCueBeforeParticiple(tokens, sentence) { return [trailing] }
        // "…, Okafor said, adding that …" holds both a cue between commas and a verb-first statement.
        var found = verbFirst(tokens, sentence)
        for quote in parentheticalCue(tokens, sentence) where !found.contains(where: { $0.range.overlaps(quote.range) }) {
            found.append(quote)
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// "…, he said, but …": a cue between commas inside the sentence reports both sides.
    private func parentheticalCue(_ tokens: Range<Int>, _ sentence: Sentence) -> [Attribution] {
        var comma = tokens.lowerBound + 2
        while comma < tokens.upperBound - 3 {
            defer { comma += 1 }
            guard words.isA(comma, .comma) else { continue }
            var close = comma + 1
            while close < min(tokens.upperBound, comma + 7), !words.isA(close, .comma) { close += 1 }
            guard close < tokens.upperBound - 1, words.isA(close, .comma),
                  let cue = cues.cue(after: comma + 1, end: close), let speaker = cue.speaker,
                  isAcceptable(speaker, verb: cue.tokens.lowerBound), Lexicon.verbFacts(cue.lemma).contains(.takesClause) else { continue }
            // Nothing but the speaker and the verb between the commas.
            let covered = (comma + 1)..<close
            guard covered.allSatisfy({ speaker.tokens.contains($0) || cue.tokens.contains($0) }) else { continue }
            var found: [Attribution] = []
            if let before = make(content: tokens.lowerBound..<comma, cue: cue, sentence: sentence) { found.append(before) }
            // The words after the cue report more only when they open a clause ("…, he said,
            // but …"); otherwise they describe the speaker ("…, said Jo Lee, director of …").
            let links: [Keyword] = [.and, .but, .or, .so, .because, .though, .although, .while, .since, .yet]
            if close + 1 < tokens.upperBound, words.isWord(close + 1), links.contains(where: { words.is(close + 1, $0) }),
               let after = make(content: (close + 1)..<tokens.upperBound, cue: cue, sentence: sentence) {
                found.append(after)
            }
            return found
        }
        return []
    }

    /// "According to X, …".
    private func leadingAccordingTo(_ tokens: Range<Int>, _ sentence: Sentence) -> Attribution? {
        guard let cue = cues.accordingTo(at: tokens.lowerBound, end: tokens.upperBound), let speaker = cue.speaker else { return nil }
        var start = speaker.tokens.upperBound
        while start < tokens.upperBound, !words.isA(start, .comma) { start += 1 }
        guard start + 1 < tokens.upperBound else { return nil }
        // "According to the agency, the target is met, but Jo Lee says it is not": what
        // another source reports ends the agency's statement.
        var end = tokens.upperBound
        for index in (start + 1)..<tokens.upperBound where words.is(index, .but) && index > start + 2 {
            if ((index + 1)..<min(tokens.upperBound, index + 8)).contains(where: { reportingVerb(at: $0, in: tokens) != nil }) {
                end = words.isA(index - 1, .comma) ? index - 1 : index
                break
            }
        }
        return make(content: (start + 1)..<end, cue: cue, sentence: sentence)
    }

    /// "X said (that) …", "X told Y (that) …", "the report found …".
    private func verbFirst(_ tokens: Range<Int>, _ sentence: Sentence) -> [Attribution] {
        var found: [Attribution] = []
        var index = tokens.lowerBound + 1
        while index < tokens.upperBound - 2 {
            guard words.has(index, .reportingVerb), let (cue, start) = reportingVerb(at: index, in: tokens) else {
                index += 1
                continue
            }
            // A second statement joined by "and added …" or "but said …" ends this one.
            var end = tokens.upperBound
            var next = start
            while next < tokens.upperBound - 2 {
                if words.is(next, .and) || words.is(next, .but), reportingVerb(at: next + 1, in: tokens) != nil {
                    end = next
                    if end > start, words.isA(end - 1, .comma) { end -= 1 }
                    break
                }
                // "…, adding that …": a participle cue opens a statement of its own.
                if words.isA(next, .comma), words.isA(next + 1, .ingForm), reportingVerb(at: next + 1, in: tokens) != nil {
                    end = next
                    break
                }
                next += 1
            }
            if let quote = make(content: start..<end, cue: cue, sentence: sentence) { found.append(quote) }
            index = max(end, index + 1)
        }
        return found
    }

    /// The cue at `index`, when it is a reporting verb with an acceptable speaker and a
    /// reported clause, and where that clause starts.
    private func reportingVerb(at index: Int, in tokens: Range<Int>) -> (ReportingCue, Int)? {
        guard index > tokens.lowerBound, index < tokens.upperBound, !words.isQuoted(index),
              let lemma = words.reportingLemma(index), Lexicon.verbFacts(lemma).contains(.takesClause) else { return nil }
        if words.is(index - 1, .to) { return nil }
        let speakerFound: SourcePhrase?
        if words.isA(index, .ingForm), let be = progressiveAuxiliary(of: index, from: tokens.lowerBound) {
            // "Jo Lee is telling voters that …", "she was warning": the progressive's subject
            // stands before its "be".
            speakerFound = phrases.subject(before: be, from: tokens.lowerBound)
        } else if words.isA(index, .ingForm) {
            // "…, saying (that) …": the sentence's subject speaks.
            guard words.isA(index - 1, .comma) else { return nil }
            speakerFound = participleSubject(before: index - 1, in: tokens)
        } else if words.is(index - 1, .and) || words.is(index - 1, .but) {
            // "He said …, and added …": the subject of the first verb.
            speakerFound = phrases.sentenceSubject(from: tokens.lowerBound, before: index)
        } else {
            speakerFound = phrases.subject(before: index, from: tokens.lowerBound)
        }
        guard let speaker = speakerFound, isAcceptable(speaker, verb: index) else { return nil }
        // "reports from the commission that track spending": the object of a preposition is no
        // subject, unless a relative clause set off by a comma is about it ("started by Jo
        // Lee, a nurse who said").
        if speaker.tokens.lowerBound > tokens.lowerBound, !words.isA(speaker.tokens.upperBound, .comma),
           [Keyword.from, .of, .by, .about, .like].contains(where: { words.is(speaker.tokens.lowerBound - 1, $0) }) { return nil }
        // "higher than city reports say": a comparison, not a report.
        if speaker.tokens.lowerBound > tokens.lowerBound, words.is(speaker.tokens.lowerBound - 1, .than) { return nil }
        if speaker.form == .description, lemma == Keyword.find.id || lemma == Keyword.show.id || lemma == Keyword.know.id,
           !words.has(speaker.headWord, .documentNoun) {
            // "Police found a body", "the tests showed": only documents find things.
            return nil
        }
        guard let start = clauseStart(afterVerb: index, lemma: lemma, end: tokens.upperBound) else { return nil }
        return (ReportingCue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker), start)
    }

    /// The form of "be" that makes the -ing form at `verb` a progressive ("is telling",
    /// "was also saying"), with only adverbs between them.
    private func progressiveAuxiliary(of verb: Int, from lowerBound: Int) -> Int? {
        var index = verb - 1
        while index > lowerBound, words.isWord(index), !words.has(index, .auxiliary),
              words.has(index, .interveningAdverb) || words.isA(index, .lyAdverb) { index -= 1 }
        guard index > lowerBound, words.has(index, .beForm), !words.is(index, .being) else { return nil }
        // "has been saying": the auxiliaries before "been" belong to the verb group too.
        var first = index
        while first - 1 > lowerBound, words.has(first - 1, [.auxiliary, .negation]) { first -= 1 }
        return first
    }

    /// Who speaks in "…, X said, adding …": the speaker of a cue right before the comma, else
    /// the sentence's subject.
    private func participleSubject(before comma: Int, in tokens: Range<Int>) -> SourcePhrase? {
        var index = comma - 1
        while index > tokens.lowerBound, comma - index <= 8 {
            if words.reportingLemma(index) != nil, !words.isA(index, .ingForm) {
                return phrases.subject(before: index, from: tokens.lowerBound) ?? phrases.phrase(startingAt: index + 1, upperBound: comma)
            }
            if words.isA(index, .comma) || words.isTerminal(index) { break }
            index -= 1
        }
        return phrases.sentenceSubject(from: tokens.lowerBound, before: comma)
    }

    /// Where the reported clause starts after the verb: after "that", after the hearer of
    /// "tell", or right after the verb when a subject-like word follows.
    private func clauseStart(afterVerb verb: Int, lemma: WordID, end: Int) -> Int? {
        if let that = complementizer(afterVerb: verb, lemma: lemma, end: end) {
            return that + 1 < end ? that + 1 : nil
        }
        var index = verb + 1
        if lemma == Keyword.tell.id || lemma == Keyword.inform.id || lemma == Keyword.assure.id {
            // The hearer: a pronoun, a plural noun, or a name or noun phrase.
            guard index < end else { return nil }
            if words.has(index, [.objectPronoun, .groupNoun]) {
                index += 1
            } else if let name = hearerName(at: index, end: end) {
                index = name
            } else if let hearer = phrases.phrase(startingAt: index, upperBound: end) {
                index = hearer.tokens.upperBound
            } else {
                return nil
            }
        }
        if index < end, isPhraseOpener(index) {
            // "said in his speech he …": a subject pronoun after a short phrase opens the clause.
            var scan = index + 1
            while scan < min(end, index + 9), !words.isTerminal(scan) {
                if words.has(scan, .subjectPronoun) { return scan }
                // "argued in the debate the levy would hurt growers": a subject with its verb.
                if scan >= index + 3, isClauseDeterminer(scan), isClauseOpening(scan, end: end) { return scan }
                if words.isA(scan, .comma) {
                    // "said on Monday, the plan …": after the phrase, a clause with its subject.
                    let next = scan + 1
                    guard next < end else { return nil }
                    if words.is(next, .that) { return next + 1 < end ? next + 1 : nil }
                    return words.has(next, .subjectPronoun) || isClauseOpening(next, end: end) || opensFiniteClause(at: next, end: end) ? next : nil
                }
                scan += 1
            }
            return nil
        }
        if index < end, words.isA(index, [.comma, .colon]) { index += 1 }
        guard index < end, words.isA(index, .wordOrNumber) else { return nil }
        // "…, referring to …" and "added 10 points" report no statement.
        if words.isA(index, .ingForm) || (lemma == Keyword.add.id && words.isA(index, .number)) { return nil }
        let opensClause = Lexicon.verbFacts(lemma).contains(.clauseFirst) && [Keyword.the, .a, .an, .this].contains { words.is(index, $0) }
        let aboutNumber = words.is(index, .about) && index + 1 < end && words.isA(index + 1, .number)
        if isNonClauseStarter(index), !opensClause, !aboutNumber, !isClauseOpening(index, end: end) { return nil }
        // "posted photos of the storm", "denied the request": a verb that also takes a noun
        // reports a statement only when a clause follows it.
        if Lexicon.verbFacts(lemma).contains(.prefersObject), !opensFiniteClause(at: index, end: end) { return nil }
        return index
    }

    /// Whether the words from `start` to `end`, after a trailing cue, add nothing that reports:
    /// none, a phrase of time or place, or an apposition set off by a comma, without a verb
    /// or a conjunction that would open a statement of its own ("…, he said, and he was …").
    private func endsStatement(from start: Int, to end: Int) -> Bool {
        guard start < end else { return true }
        guard end - start <= 8, !(start..<end).contains(where: { words.isA($0, .edForm) && !words.isCapitalized($0) }) else { return false }
        let opensPhrase = words.isA(start, .comma) || isPhraseOpener(start) || words.has(start, .timeWord)
        guard opensPhrase else { return false }
        let first = words.isA(start, .comma) ? start + 1 : start
        guard first < end, !words.has(first, [.coordinator, .subordinator, .relative]) || words.is(first, .who) else { return first >= end }
        return !(first..<end).contains { isFiniteMarker($0) || words.is($0, .that) || words.reportingLemma($0) != nil }
    }

    /// The end of a hearer named by a run of capitalised words after "told" ("told the
    /// Harbour Gazette the pier was safe"): the clause starts after the name.
    private func hearerName(at index: Int, end: Int) -> Int? {
        var first = index
        if first < end, words.is(first, .the) { first += 1 }
        var last = first
        while last < end, words.isCapitalized(last) { last += 1 }
        return last > first && last < end ? last : nil
    }

    /// Whether a phrase of place, time or means opens at `index` ("in a statement", "on
    /// Monday", "last week"); "this" and "last" open one only before a word of time.
    private func isPhraseOpener(_ index: Int) -> Bool {
        let openers: [Keyword] = [.in, .on, .at, .during, .after, .before, .from, .earlier, .later, .via, .through]
        if words.isWord(index), openers.contains(where: { words.is(index, $0) }) { return true }
        let timeOpeners: [Keyword] = [.last, .this, .next]
        return timeOpeners.contains { words.is(index, $0) } && index + 1 < words.count && words.has(index + 1, .timeWord)
    }

    /// Words after a verb of saying that open no reported clause: prepositions, conjunctions,
    /// question words, interjections and articles.
    private func isNonClauseStarter(_ index: Int) -> Bool {
        if words.has(index, [.preposition, .coordinator]) { return true }
        // A clause opens with its subject, never with an object pronoun ("reminds us of").
        if words.has(index, .objectPronoun) && !words.has(index, .subjectPronoun) && !words.is(index, .her) {
            return true
        }

        let starters: [Keyword] = [
            .the, .a, .an, .this, .what, .how, .whether, .why, .where, .who, .which, .up, .out, .off, .so, .yes, .no,
            .nothing, .something, .though, .although, .however, .because, .goodbye, .hello, .thanks, .sorry, .more,
            .much, .little,
        ]
        return starters.contains { words.is(index, $0) }
    }

    /// Determiners that open the subject of a clause right after a verb of saying ("said the
    /// plan failed").
    private func isClauseDeterminer(_ index: Int) -> Bool {
        words.has(index, .possessivePronoun) || [Keyword.the, .a, .an, .these, .those].contains { words.is(index, $0) }
    }

    /// Whether an auxiliary, a modal or a form of "be", "have" or "do" shows a finite verb.
    private func isFiniteMarker(_ index: Int) -> Bool {
        guard words.has(index, .auxiliary) else { return false }
        return ![Keyword.be, .been, .being, .having].contains { words.is(index, $0) }
    }

    /// Whether the words from `start` open a clause: a subject pronoun, or a finite verb before
    /// the first comma.
    private func opensFiniteClause(at start: Int, end: Int) -> Bool {
        if words.has(start, .subjectPronoun) || words.isA(start, .apostrophe) { return true }
        var scan = start
        while scan < min(end, start + 12), !words.isTerminal(scan), !words.isA(scan, [.comma, .quoteMark]) {
            if isFiniteMarker(scan) || words.has(scan, .negation) { return true }
            scan += 1
        }
        return false
    }

    /// The "that" that opens the reported clause a few words after the verb ("said on Monday
    /// that", "told reporters that"), but not one inside a clause that already began ("said
    /// he learned from that", "said the plan cuts funds to groups that …").
    private func complementizer(afterVerb verb: Int, lemma: WordID, end: Int) -> Int? {
        var first = verb + 1
        if first < end, words.isA(first, .comma) { first = adjunctEnd(afterComma: first, end: end).map { $0 + 1 } ?? first + 1 }
        guard first < end, words.isWord(first) else { return nil }
        if words.is(first, .that) { return first }
        // A subject right after the verb opens the clause there.
        if words.has(first, .subjectPronoun) { return nil }
        let facts = Lexicon.verbFacts(lemma)
        if !facts.contains(.takesHearer), facts.contains(.clauseFirst), isClauseDeterminer(first) { return nil }
        var reach = min(end, verb + 10)
        var scan = first
        while scan < reach, !words.isTerminal(scan), !words.isA(scan, .quoteMark) {
            if words.isA(scan, .comma) {
                // "reported on Monday, citing two people briefed on the talks, that …": an
                // adjunct set off by commas lies between the verb and its clause.
                guard let close = adjunctEnd(afterComma: scan, end: end) else { return nil }
                scan = close + 1
                reach = min(end, scan + 10)
                continue
            }
            if scan > first, words.reportingLemma(scan) != nil || isFiniteMarker(scan) { return nil }
            if scan > first, words.is(scan, .that) {
                // "from that", "of that": a determiner or pronoun after a preposition.
                return phrases.isNonHead(scan - 1) ? nil : scan
            }
            scan += 1
        }
        return nil
    }

    /// The closing comma of an adjunct that opens after `comma` with a participle or a
    /// preposition ("…, citing officials, …", "…, in a statement, …"), or of a name set off
    /// in apposition ("told reporters in the capital, Port Ellen, that …"), if it closes soon.
    private func adjunctEnd(afterComma comma: Int, end: Int) -> Int? {
        let first = comma + 1
        guard first < end else { return nil }
        if words.isCapitalized(first) {
            var close = first + 1
            while close < min(end, first + 5), words.isCapitalized(close) { close += 1 }
            return close < end && words.isA(close, .comma) ? close : nil
        }
        guard words.isA(first, .ingForm) || isPhraseOpener(first) || words.is(first, .according) else { return nil }
        var close = first + 1
        while close < min(end, first + 16), !words.isA(close, .comma) {
            if words.isTerminal(close) || words.isA(close, .quoteMark) { return nil }
            close += 1
        }
        return close < end && words.isA(close, .comma) ? close : nil
    }

    /// Whether a determiner or quantifier ("the", "a", "much of", "more") opens a clause (a
    /// subject and its verb) rather than an object.
    private func isClauseOpening(_ index: Int, end: Int) -> Bool {
        guard [Keyword.the, .a, .an, .this, .much, .more, .little].contains(where: { words.is(index, $0) }) else { return false }
        // A clause needs a finite verb soon: look for an auxiliary.
        return ((index + 1)..<max(index + 1, min(end, index + 10))).contains(where: isFiniteMarker)
    }

    /// "…, X said.", "…, said X.", "…, according to X."
    private func trailingCue(_ tokens: Range<Int>, _ sentence: Sentence) -> Attribution? {
        // "In an interview on Monday, X said.": an opening phrase, not a statement.
        guard !isPhraseOpener(tokens.lowerBound) else { return nil }
        let limit = max(tokens.lowerBound + 2, tokens.upperBound - 20)
        var comma = tokens.upperBound - 1
        var commasTried = 0
        // The cue may stand before an apposition ("…, according to Jo Lee, the harbour engineer.").
        while comma >= limit, commasTried < 3 {
            defer { comma -= 1 }
            guard words.isA(comma, .comma) else { continue }
            commasTried += 1
            guard let cue = cues.cue(after: comma + 1, end: tokens.upperBound), let speaker = cue.speaker,
                  isAcceptable(speaker, verb: cue.tokens.lowerBound),
                  cue.isAccordingTo || Lexicon.verbFacts(cue.lemma).contains(.takesClause) else { continue }
            // The cue clause ends the sentence, but for an apposition after its speaker or a
            // phrase of time or place after its verb ("…, officials said on Saturday.").
            let clauseEnd = max(cue.tokens.upperBound, speaker.tokens.upperBound)
            guard endsStatement(from: clauseEnd, to: tokens.upperBound) else { continue }
            // An inverted cue ("…, says Jo Lee.") is a verb of speech before its speaker.
            if cue.tokens.lowerBound == comma + 1, !cue.isAccordingTo, words.sense(ofLemma: cue.lemma) != .speech { continue }
            return make(content: tokens.lowerBound..<comma, cue: cue, sentence: sentence)
        }
        return nil
    }

    /// "The port will close, Jo Lee said on Monday, ending a year of talks.": a trailing cue
    /// followed by a participle clause about the act of saying, which reports nothing itself.
    private func trailingCueBeforeParticiple(_ tokens: Range<Int>, _ sentence: Sentence) -> Attribution? {
        var comma = tokens.upperBound - 2
        var tried = 0
        while comma > tokens.lowerBound + 2, tried < 2 {
            defer { comma -= 1 }
            guard words.isA(comma, .comma), words.isA(comma + 1, .ingForm), !words.isCapitalized(comma + 1),
                  words.reportingLemma(comma + 1) == nil else { continue }
            tried += 1
            if let found = trailingCue(tokens.lowerBound..<comma, sentence) { return found }
        }
        return nil
    }

    private func make(content: Range<Int>, cue: ReportingCue, sentence: Sentence) -> Attribution? {
        guard content.count >= 2, !words.isA(content.lowerBound, .quoteMark) else { return nil }
        // A statement that ends inside quoted words runs on to the end of the quotation,
        // which may close a sentence or two later.
        var end = content.upperBound
        let paragraphEnd = words.text.paragraphTokens[sentence.paragraphIndex].upperBound
        while end < paragraphEnd, words.isQuoted(end - 1), words.isQuoted(end) || words.isTerminal(end) { end += 1 }
        var attribution = Attribution(range: words.range(content.lowerBound..<end), kind: .indirect, cue: cue,
                                      paragraphIndex: sentence.paragraphIndex, firstToken: content.lowerBound, isQuotation: false)
        attribution.sense = sense(of: cue)
        return attribution
    }

    /// What a cue reports: a study, survey, poll or data establishes findings whatever its
    /// verb ("the survey shows", "the figures suggest"); others report what their verb does.
    private func sense(of cue: ReportingCue) -> ReportingSense {
        if let speaker = cue.speaker, speaker.form == .description, words.has(speaker.headWord, .studyNoun) { return .finding }
        return words.sense(ofLemma: cue.lemma) ?? .speech
    }
}

extension ArticleWords {
    /// Whether a sentence opens with a label in capitals and a colon ("READ MORE:", "WATCH:"),
    /// as the teasers and links set into an article do: what they quote is a headline.
    func opensWithLabel(_ sentence: Range<Int>) -> Bool {
        var index = sentence.lowerBound
        while index < sentence.upperBound, isWord(index), isA(index, [.allCapitals, .initial]) { index += 1 }
        return index > sentence.lowerBound && index < sentence.upperBound && isA(index, .colon)
    }
}

extension ArticleWords {
    /// Whether the verb at `verb` is negated: a negation in the auxiliaries and adverbs right
    /// before it ("did not say", "has never said", "declined to say"), not one inside a clause
    /// about the subject ("an official, who asked not to be named, said").
    func isNegated(_ verb: Int) -> Bool {
        var index = verb - 1
        if index >= 0, self.is(index, .to) { index -= 1 }
        while index >= 0, isWord(index), has(index, [.auxiliary, .negation, .interveningAdverb]) || isA(index, .lyAdverb)
            || self.is(index, .declined) || self.is(index, .refused) {
            if has(index, .negation) || self.is(index, .declined) || self.is(index, .refused) { return true }
            index -= 1
        }
        return false
    }
}
