/// Finds reported speech without quotation marks: "X said (that) …", "X told Y …",
/// "according to X, …", "…, X said.", "the report found …".
struct ReportedSpeechFinder {
    let words: TokenWords
    let cues: CueFinder

    /// Reporting verbs whose object is a clause; others ("call", "describe", "urge", "promise")
    /// take a noun or an infinitive and report no statement on their own.
    static let clauseVerbs: Set<String> = [
        "say", "tell", "add", "note", "argue", "warn", "believe", "claim", "explain", "write", "report",
        "declare", "state", "insist", "suggest", "acknowledge", "admit", "announce", "predict", "estimate",
        "reply", "respond", "recall", "remark", "comment", "confirm", "deny", "allege", "assert", "contend",
        "maintain", "concede", "caution", "emphasize", "emphasise", "stress", "observe", "testify", "reveal",
        "disclose", "mention", "complain", "conclude", "agree", "speculate", "think", "feel", "fear", "hope",
        "worry", "expect", "doubt", "suspect", "know", "find", "show", "indicate", "determine", "tweet",
        "post", "reiterate", "repeat", "clarify", "assure", "inform", "affirm", "reaffirm", "proclaim",
        "acknowledge", "understand", "recount", "counter", "retort", "joke", "boast", "lament", "reckon",
        "forecast", "project", "guess", "hint", "signal", "promise", "vow", "pledge",
    ]
    /// Lemmas whose bare and -s forms are also common nouns ("city reports", "state rulers"):
    /// in those forms only a name or a pronoun is trusted as their subject.
    private static let nounLikeLemmas: Set<String> = [
        "report", "state", "claim", "note", "comment", "remark", "project", "forecast", "estimate", "show",
        "tweet", "post", "question", "answer", "charge", "order", "promise", "vow", "pledge", "reply",
        "signal", "hint", "guess", "doubt", "fear", "hope", "worry", "find", "concern", "counter", "joke",
    ]

    private static let objectPronouns: Set<String> = ["him", "her", "them", "me", "us", "reporters", "journalists", "police", "investigators"]
    private static let nonClauseStarters: Set<String> = [
        "to", "in", "of", "about", "for", "with", "on", "at", "by", "from", "into", "during",
        "over", "against", "up", "out", "off", "so", "yes", "no", "nothing", "something", "though",
        "although", "but", "and", "or", "however", "because", "how", "what", "whether", "why", "where", "who", "which",
        "goodbye", "hello", "thanks", "sorry", "more", "much", "little", "the", "a", "an", "this", "what",
    ]

    init(words: TokenWords) {
        self.words = words
        cues = CueFinder(words: words)
    }

    /// Verbs after which "the …" or "a …" opens the reported clause ("said the plan failed")
    /// rather than an object ("announced the closure").
    private static let clauseFirstVerbs: Set<String> = [
        "say", "tell", "argue", "believe", "think", "claim", "insist", "suggest", "warn", "add", "explain",
        "write", "state", "contend", "maintain", "assert", "feel", "fear", "hope", "expect", "worry",
        "know", "agree", "admit", "acknowledge", "concede", "complain", "recall", "reply", "respond",
        "predict", "caution", "stress", "emphasize", "emphasise", "testify", "reckon", "guess", "doubt", "suspect",
    ]
    /// Conjunctions that open a clause after a cue between commas.
    private static let clauseLinks: Set<String> = ["and", "but", "or", "so", "because", "though", "although", "while", "since", "yet"]
    /// Words that deny the verb after them ("did not say").
    private static let negations: Set<String> = [
        "not", "never", "didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't", "won’t", "won't",
        "wouldn’t", "wouldn't", "couldn’t", "couldn't", "can’t", "can't", "cannot", "declined", "refused",
    ]
    /// Pronouns that name the writer or the reader, never a cited source.
    private static let writerPronouns: Set<String> = ["i", "we", "you"]
    /// Prepositions that may open a phrase between the verb and its clause
    /// ("said in a statement he …").
    private static let phraseOpeners: Set<String> = ["in", "on", "at", "during", "after", "before", "last", "this", "from", "earlier", "later", "via", "through"]

    /// The reported statements of every sentence that holds no whole quotation, leaving out
    /// headings and captions (paragraphs that do not end as prose does).
    func find(skippingSentences skipped: Set<Int>) -> [FoundQuote] {
        var found: [FoundQuote] = []
        for (index, sentence) in words.text.sentences.enumerated() where !skipped.contains(index) {
            guard endsAsProse(paragraph: sentence.paragraphIndex), !words.opensWithLabel(sentence) else { continue }
            found.append(contentsOf: reported(in: sentence))
        }
        return found
    }

    private func endsAsProse(paragraph: Int) -> Bool {
        let tokens = words.text.paragraphTokens[paragraph]
        guard var last = tokens.last else { return false }
        while last > tokens.lowerBound, words.text.tokens[last].kind == .quoteMark || words.isPunctuation(last, ")") { last -= 1 }
        return words.isTerminal(last) || words.isPunctuation(last, ":")
    }


    /// Whether the speaker may be a source: not the writer, not a denial, not a noun taken
    /// for a verb ("city reports").
    private func isAcceptable(_ speaker: SpeakerPhrase, verb: Int) -> Bool {
        let first = words.lowered[speaker.head.lowerBound]
        if Self.writerPronouns.contains(first) || first.hasPrefix("i’") || first.hasPrefix("i'") { return false }
        if let lemma = words.reportingLemma(verb), Self.nounLikeLemmas.contains(lemma) {
            let form = words.lowered[verb]
            // The bare form ("state", "project") reads as a noun after any name or noun phrase.
            if form == lemma, speaker.form != .pronoun { return false }
            if speaker.form == .nounPhrase, form == lemma + "s" || form == lemma + "es" { return false }
        }
        guard speaker.tokens.upperBound < verb else { return true }
        return !(speaker.tokens.upperBound..<verb).contains { words.isWord($0) && Self.negations.contains(words.lowered[$0]) }
    }

    private func reported(in sentence: Sentence) -> [FoundQuote] {
        var tokens = sentence.tokenRange
        guard tokens.count >= 4 else { return [] }
        while tokens.count > 1, words.isTerminal(tokens.upperBound - 1) || words.text.tokens[tokens.upperBound - 1].kind == .quoteMark {
            tokens = tokens.lowerBound..<(tokens.upperBound - 1)
        }
        if let according = leadingAccordingTo(tokens, sentence) { return [according] }
        // "…, Lohmar said, adding that …" holds both a cue between commas and a verb-first statement.
        var found = verbFirst(tokens, sentence)
        for quote in parentheticalCue(tokens, sentence) where !found.contains(where: { $0.range.overlaps(quote.range) }) {
            found.append(quote)
        }
        if !found.isEmpty { return found.sorted { $0.range.start < $1.range.start } }
        return trailingCue(tokens, sentence).map { [$0] } ?? []
    }

    /// "…, he said, but …": a cue between commas inside the sentence reports both sides.
    private func parentheticalCue(_ tokens: Range<Int>, _ sentence: Sentence) -> [FoundQuote] {
        var comma = tokens.lowerBound + 3
        while comma < tokens.upperBound - 3 {
            defer { comma += 1 }
            guard words.isPunctuation(comma, ",") else { continue }
            var close = comma + 1
            while close < min(tokens.upperBound, comma + 7), !words.isPunctuation(close, ",") { close += 1 }
            guard close < tokens.upperBound - 1, words.isPunctuation(close, ","),
                  let cue = cues.cue(after: comma + 1, end: close), let speaker = cue.speaker,
                  isAcceptable(speaker, verb: cue.tokens.lowerBound), Self.clauseVerbs.contains(cue.lemma) else { continue }
            // Nothing but the speaker and the verb between the commas.
            let covered = (comma + 1)..<close
            guard covered.allSatisfy({ speaker.tokens.contains($0) || cue.tokens.contains($0) }) else { continue }
            var found: [FoundQuote] = []
            if let before = make(content: tokens.lowerBound..<comma, cue: cue, sentence: sentence) { found.append(before) }
            // The words after the cue report more only when they open a clause ("…, he said,
            // but …"); otherwise they describe the speaker ("…, said Jo Lee, director of …").
            if close + 1 < tokens.upperBound, words.isWord(close + 1), Self.clauseLinks.contains(words.lowered[close + 1]),
               let after = make(content: (close + 1)..<tokens.upperBound, cue: cue, sentence: sentence) {
                found.append(after)
            }
            return found
        }
        return []
    }

    /// "According to X, …".
    private func leadingAccordingTo(_ tokens: Range<Int>, _ sentence: Sentence) -> FoundQuote? {
        guard let cue = cues.accordingTo(at: tokens.lowerBound, end: tokens.upperBound), let speaker = cue.speaker else { return nil }
        var start = speaker.tokens.upperBound
        while start < tokens.upperBound, !words.isPunctuation(start, ",") { start += 1 }
        guard start + 1 < tokens.upperBound else { return nil }
        return make(content: (start + 1)..<tokens.upperBound, cue: cue, sentence: sentence)
    }

    /// "X said (that) …", "X told Y (that) …", "the report found …".
    private func verbFirst(_ tokens: Range<Int>, _ sentence: Sentence) -> [FoundQuote] {
        var found: [FoundQuote] = []
        var index = tokens.lowerBound + 1
        while index < tokens.upperBound - 2 {
            guard words.text.reportingLemmas[index] != nil, let (cue, start) = reportingVerb(at: index, in: tokens) else {
                index += 1
                continue
            }
            // A second statement joined by "and added …" or "but said …" ends this one.
            var end = tokens.upperBound
            var next = start
            while next < tokens.upperBound - 2 {
                if words.isWord(next), words.lowered[next] == "and" || words.lowered[next] == "but",
                   reportingVerb(at: next + 1, in: tokens) != nil {
                    end = next
                    if end > start, words.isPunctuation(end - 1, ",") { end -= 1 }
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
    private func reportingVerb(at index: Int, in tokens: Range<Int>) -> (Cue, Int)? {
        guard index > tokens.lowerBound, index < tokens.upperBound, !words.insideQuotation[index],
              let lemma = words.reportingLemma(index), Self.clauseVerbs.contains(lemma) else { return nil }
        let word = words.lowered[index]
        if words.lowered[index - 1] == "to" { return nil }
        let speakerFound: SpeakerPhrase?
        if word.hasSuffix("ing") {
            // "…, saying (that) …": the sentence's subject speaks.
            guard words.isPunctuation(index - 1, ",") else { return nil }
            speakerFound = participleSubject(before: index - 1, in: tokens)
        } else if words.lowered[index - 1] == "and" || words.lowered[index - 1] == "but" {
            // "He said …, and added …": the subject of the first verb.
            speakerFound = cues.sentenceSubject(from: tokens.lowerBound, before: index)
        } else {
            speakerFound = cues.speakers.subject(before: index, from: tokens.lowerBound)
        }
        guard let speaker = speakerFound, isAcceptable(speaker, verb: index) else { return nil }
        // "higher than city reports say": a comparison, not a report.
        if speaker.tokens.lowerBound > tokens.lowerBound, words.lowered[speaker.tokens.lowerBound - 1] == "than" { return nil }
        if speaker.form == .nounPhrase, lemma == "find" || lemma == "show" || lemma == "know",
           !AttributionNouns.documents.contains(words.lowered[speaker.head.upperBound - 1]) {
            // "Police found a body", "the tests showed": only documents find things.
            return nil
        }
        guard let start = clauseStart(afterVerb: index, lemma: lemma, end: tokens.upperBound) else { return nil }
        return (Cue(tokens: index..<(index + 1), lemma: lemma, speaker: speaker), start)
    }

    /// Who speaks in "…, X said, adding …": the speaker of a cue right before the comma, else
    /// the sentence's subject.
    private func participleSubject(before comma: Int, in tokens: Range<Int>) -> SpeakerPhrase? {
        var index = comma - 1
        while index > tokens.lowerBound, comma - index <= 8 {
            if words.reportingLemma(index) != nil, !words.lowered[index].hasSuffix("ing") {
                return cues.speakers.subject(before: index, from: tokens.lowerBound)
                    ?? cues.speakers.phrase(startingAt: index + 1, upperBound: comma)
            }
            if words.isPunctuation(index, ",") || words.isTerminal(index) { break }
            index -= 1
        }
        return cues.sentenceSubject(from: tokens.lowerBound, before: comma)
    }

    /// Where the reported clause starts after the verb: after "that", after the hearer of
    /// "tell", or right after the verb when a subject-like word follows.
    private func clauseStart(afterVerb verb: Int, lemma: String, end: Int) -> Int? {
        var index = verb + 1
        if let that = complementizer(afterVerb: verb, lemma: lemma, end: end) {
            return that + 1 < end ? that + 1 : nil
        }
        if lemma == "tell" || lemma == "inform" || lemma == "assure" {
            // The hearer: a pronoun or a name run, or a short noun phrase.
            guard index < end else { return nil }
            if Self.objectPronouns.contains(words.lowered[index]) {
                index += 1
            } else if let hearer = cues.speakers.phrase(startingAt: index, upperBound: end) {
                index = hearer.tokens.upperBound
            } else {
                return nil
            }
        }
        if index < end, words.isWord(index), Self.phraseOpeners.contains(words.lowered[index]) {
            // "said in his speech he …": a subject pronoun after a short phrase opens the clause.
            var scan = index + 1
            while scan < min(end, index + 9), !words.isTerminal(scan) {
                if words.isWord(scan), SpeakerFinder.subjectPronouns.contains(words.lowered[scan]) { return scan }
                // "claimed in that speech the cost could fall": a subject with its verb.
                if scan >= index + 3, words.isWord(scan), Self.clauseDeterminers.contains(words.lowered[scan]), isClauseOpening(scan, end: end) { return scan }
                if words.isPunctuation(scan, ",") { return scan + 1 < end ? scan + 1 : nil }
                scan += 1
            }
            return nil
        }
        if index < end, words.isPunctuation(index, ",") || words.isPunctuation(index, ":") { index += 1 }
        guard index < end, words.isWord(index) || words.text.tokens[index].kind == .number else { return nil }
        let first = words.lowered[index]
        // "…, referring to …" and "added 10 points" report no statement.
        if first.hasSuffix("ing") || (lemma == "add" && words.text.tokens[index].kind == .number) { return nil }
        let opensClause = Self.clauseFirstVerbs.contains(lemma) && ["the", "a", "an", "this"].contains(first)
        let aboutNumber = first == "about" && index + 1 < end && words.text.tokens[index + 1].kind == .number
        if Self.nonClauseStarters.contains(first), !opensClause, !aboutNumber, !isClauseOpening(index, end: end) { return nil }
        // "posted photos of the storm", "denied the request": a verb that also takes a noun
        // reports a statement only when a clause follows it.
        if Self.objectVerbs.contains(lemma), !opensFiniteClause(at: index, end: end) { return nil }
        return index
    }

    /// Reporting verbs that more often take a noun object ("denied the request", "wrote a
    /// book", "posted photos", "showed their support") than a reported clause without "that".
    static let objectVerbs: Set<String> = ["post", "tweet", "deny", "write", "project", "forecast", "maintain", "show"]

    /// Words that show a finite verb: auxiliaries, modals and forms of "be" and "do".
    static let finiteMarkers: Set<String> = [
        "is", "was", "are", "were", "am", "will", "would", "has", "have", "had", "can", "could", "should",
        "may", "might", "must", "shall", "did", "does", "do", "’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d",
    ]

    /// Whether the words from `start` open a clause: a subject pronoun, or a finite verb before
    /// the first comma.
    private func opensFiniteClause(at start: Int, end: Int) -> Bool {
        if words.isWord(start), SpeakerFinder.subjectPronouns.contains(words.lowered[start]) || words.lowered[start].contains("’") || words.lowered[start].contains("'") {
            return true
        }
        var scan = start
        while scan < min(end, start + 12), !words.isTerminal(scan), !words.isPunctuation(scan, ","),
              words.text.tokens[scan].kind != .quoteMark {
            if words.isWord(scan), Self.finiteMarkers.contains(words.lowered[scan]) || words.lowered[scan].hasSuffix("n’t") || words.lowered[scan].hasSuffix("n't") {
                return true
            }
            scan += 1
        }
        return false
    }

    /// The "that" that opens the reported clause a few words after the verb ("said on Monday
    /// that", "told reporters that"), but not one inside a clause that already began ("said
    /// he learned from that", "said the plan cuts funds to groups that …").
    private func complementizer(afterVerb verb: Int, lemma: String, end: Int) -> Int? {
        var first = verb + 1
        if first < end, words.isPunctuation(first, ",") { first += 1 }
        guard first < end, words.isWord(first) else { return nil }
        if words.lowered[first] == "that" { return first }
        // A subject right after the verb opens the clause there.
        if SpeakerFinder.subjectPronouns.contains(words.lowered[first]) { return nil }
        if !Self.hearerVerbs.contains(lemma), Self.clauseFirstVerbs.contains(lemma), Self.clauseDeterminers.contains(words.lowered[first]) { return nil }
        let reach = min(end, verb + 10)
        var scan = first + 1
        while scan < reach, !words.isTerminal(scan), words.text.tokens[scan].kind != .quoteMark,
              words.reportingLemma(scan) == nil, !words.isPunctuation(scan, ",") {
            if words.isWord(scan) {
                let word = words.lowered[scan]
                if Self.finiteMarkers.contains(word) { return nil }
                if word == "that" {
                    // "from that", "of that": a determiner or pronoun after a preposition.
                    return SpeakerFinder.nonHeads.contains(words.lowered[scan - 1]) ? nil : scan
                }
            }
            scan += 1
        }
        return nil
    }

    /// Verbs whose hearer may stand between them and "that" ("warned the council that").
    private static let hearerVerbs: Set<String> = ["tell", "inform", "assure", "warn", "remind", "advise", "notify", "caution"]

    /// Determiners that open the subject of a clause right after a verb of saying ("said the
    /// plan failed").
    private static let clauseDeterminers: Set<String> = ["the", "a", "an", "these", "those", "its", "their", "his", "her", "our"]

    /// Whether "the …" or "a …" opens a clause (a subject and its verb) rather than an object.
    private func isClauseOpening(_ index: Int, end: Int) -> Bool {
        let word = words.lowered[index]
        guard word == "the" || word == "a" || word == "an" || word == "this" else { return false }
        // A clause needs a finite verb soon: look for an auxiliary.
        var scan = index + 1
        while scan < min(end, index + 10) {
            if words.isWord(scan), Self.finiteMarkers.contains(words.lowered[scan]) { return true }
            scan += 1
        }
        return false
    }

    /// "…, X said.", "…, said X.", "…, according to X."
    private func trailingCue(_ tokens: Range<Int>, _ sentence: Sentence) -> FoundQuote? {
        var comma = tokens.upperBound - 1
        let limit = max(tokens.lowerBound + 3, tokens.upperBound - 14)
        while comma > limit, !words.isPunctuation(comma, ",") { comma -= 1 }
        guard comma > limit || (comma == limit && words.isPunctuation(comma, ",")) else { return nil }
        guard let cue = cues.cue(after: comma + 1, end: tokens.upperBound), let speaker = cue.speaker,
              isAcceptable(speaker, verb: cue.tokens.lowerBound) else { return nil }
        guard cue.lemma == "according to" || Self.clauseVerbs.contains(cue.lemma) else { return nil }
        // An inverted cue ("…, says Jo Lee.") must end the sentence with its speaker; "…, says
        // the system is …" is a new statement, not a cue.
        if cue.tokens.lowerBound == comma + 1, speaker.tokens.upperBound < tokens.upperBound,
           !words.isPunctuation(speaker.tokens.upperBound, ",") {
            return nil
        }
        // "In an interview on Monday, X said.": an opening phrase, not a statement.
        if words.isWord(tokens.lowerBound), Self.phraseOpeners.contains(words.lowered[tokens.lowerBound]) { return nil }
        // The cue clause must end the sentence: nothing but the speaker and a short tail after it.
        return make(content: tokens.lowerBound..<comma, cue: cue, sentence: sentence)
    }

    private func make(content: Range<Int>, cue: Cue, sentence: Sentence) -> FoundQuote? {
        guard content.count >= 3 else { return nil }
        if words.text.tokens[content.lowerBound].kind == .quoteMark { return nil }
        // A statement that ends inside quoted words runs on to the end of the quotation,
        // which may close a sentence or two later.
        var end = content.upperBound
        let paragraphEnd = words.text.paragraphTokens[sentence.paragraphIndex].upperBound
        while end < paragraphEnd, words.insideQuotation[end - 1], words.insideQuotation[end] || words.isTerminal(end) {
            end += 1
        }
        let range = words.range(content.lowerBound..<end)
        return FoundQuote(
            range: range, kind: .indirect, cue: cue, paragraphIndex: sentence.paragraphIndex,
            firstToken: content.lowerBound, isQuotation: false, inheritsFrom: nil
        )
    }
}
