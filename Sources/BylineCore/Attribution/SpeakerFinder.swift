/// The words that name a speaker next to a cue: a name, a pronoun or a noun phrase.
struct SpeakerPhrase: Hashable {
    enum Form: Hashable {
        /// A run of capitalised words ("Chinese Foreign Minister Wang Yi", "TASS").
        case name
        /// A personal pronoun ("she", "they").
        case pronoun
        /// A common noun phrase ("the ministry", "a spokesperson for the camp").
        case nounPhrase
    }

    /// Every token of the phrase, prepositional tail included ("State-run media in China").
    var tokens: Range<Int>
    /// The tokens of its head part, the phrase before any prepositional tail.
    var head: Range<Int>
    /// What the head is.
    var form: Form
}

/// A reporting cue and the speaker it introduces.
struct Cue: Hashable {
    /// The tokens of the cue ("said", "according to").
    var tokens: Range<Int>
    /// The lemma of the cue ("say", "according to").
    var lemma: String
    /// The speaker, when the words around the cue name one.
    var speaker: SpeakerPhrase?
}

/// Finds speakers around reporting cues: the subject before a verb ("Stanton said"), the
/// subject after an inverted verb ("said Stanton"), the agent of "according to".
struct SpeakerFinder {
    let words: TokenWords

    private static let skippable: Set<String> = [
        "also", "later", "then", "has", "have", "had", "would", "will", "could", "can", "may", "might",
        "did", "does", "do", "not", "never", "recently", "previously", "once", "further", "again",
        "repeatedly", "publicly", "earlier", "already", "reportedly", "simply", "only", "still", "often",
        "even", "first", "last", "long", "since", "just", "now", "yet", "ever", "clearly", "privately",
        "been", "has", "should", "must", "shall", "too", "both", "all", "n't", "always", "openly",
    ]
    private static let beForms: Set<String> = ["is", "was", "were", "are", "been", "be", "being", "’s", "'s"]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "some", "many", "most", "several", "few", "one", "two", "three", "four", "five", "both", "all",
        "other", "another", "any", "no", "each", "every", "such", "more", "numerous", "various",
    ]
    private static let linkingPrepositions: Set<String> = ["of", "in", "at", "for", "from", "with", "on", "to"]
    private static let clauseBreakers: Set<String> = [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "when", "while", "if",
        "as", "after", "before", "since", "although", "though", "where", "so", "than", "whether",
        "until", "unless", "by", "said", "says", "told", "is", "was", "are", "were", "has", "have", "had",
        "will", "would", "can", "could", "not", "it", "they", "he", "she", "we", "i", "you",
    ]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    /// Words that cannot end a noun phrase: prepositions, conjunctions, auxiliaries.
    static let nonHeads: Set<String> = [
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "into", "over", "under",
        "between", "including", "against", "during", "without", "within", "through", "after", "before",
        "and", "or", "but", "that", "which", "who", "the", "a", "an", "is", "was", "are", "were", "be",
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "as",
        "than", "if", "when", "while", "because", "so", "not", "also", "then", "there", "here", "very",
    ]

    // MARK: Subject before a verb

    /// The subject of the verb at `verb`, looking back no further than `lowerBound`.
    func subject(before verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = verb - 1
        var sawBe = false
        while index >= lowerBound, words.isWord(index), isSkippable(index) {
            if Self.beForms.contains(words.lowered[index]) { sawBe = true }
            index -= 1
        }
        if index >= lowerBound, words.isWord(index), Self.beForms.contains(words.lowered[index]) {
            sawBe = true
            index -= 1
        }
        // A passive ("it was reported", "he was told"): the subject is not the speaker.
        if sawBe { return nil }
        guard index >= lowerBound else { return nil }
        if words.isPunctuation(index, ",") || words.isPunctuation(index, ")") {
            guard let end = endBeforeApposition(comma: index, lowerBound: lowerBound) else { return nil }
            index = end
        }
        guard index >= lowerBound else { return nil }
        return phrase(endingAt: index, lowerBound: lowerBound)
    }

    private func isSkippable(_ index: Int) -> Bool {
        if followsHonorific(index) { return false }
        let word = words.lowered[index]
        if Self.skippable.contains(word) || Self.beForms.contains(word) { return true }
        if word.hasSuffixQuickly("n’t") || word.hasSuffixQuickly("n't") { return true }
        return word.hasSuffixQuickly("ly") && word.characterCountQuickly > 4 && !words.isCapitalized(index)
    }

    /// The end of the noun phrase before an apposition or a bracket that ends at `comma`
    /// ("Samuel Stanton, a professor at Grove City College, told").
    private func endBeforeApposition(comma: Int, lowerBound: Int) -> Int? {
        var index = comma - 1
        var commasSeen = 0
        let limit = max(lowerBound, comma - 30)
        if words.isPunctuation(comma, ")") {
            while index >= limit, !words.isPunctuation(index, "(") { index -= 1 }
            return index > limit ? index - 1 : nil
        }
        // "The director of operations, Jeff Fraser, says": a name between the commas speaks.
        var nameStart = comma
        while nameStart - 1 >= limit, words.isCapitalized(nameStart - 1) || words.isPunctuation(nameStart - 1, ".") { nameStart -= 1 }
        if nameStart < comma, nameStart - 1 >= lowerBound, words.isPunctuation(nameStart - 1, ","), words.isCapitalized(nameStart),
           nameStart - 2 >= lowerBound, !words.isCapitalized(nameStart - 2) {
            return comma - 1
        }
        while index >= limit {
            if words.text.tokens[index].kind == .quoteMark { return nil }
            if words.isPunctuation(index, ",") || words.isPunctuation(index, "(") {
                commasSeen += 1
                let candidate = index - 1
                if candidate >= lowerBound, words.isWord(candidate), !Self.nonHeads.contains(words.lowered[candidate]) {
                    return candidate
                }
                if commasSeen >= 3 { return nil }
            }
            // "D-Mich.," ends an abbreviation, not a sentence.
            if words.isTerminal(index), !(index + 1 < comma && words.isPunctuation(index + 1, ",")) { return nil }
            index -= 1
        }
        return nil
    }

    /// The phrase whose last token is `end`: a name run, a pronoun or a noun phrase, extended
    /// left over prepositional links ("media in China", "spokesperson for the camp").
    func phrase(endingAt end: Int, lowerBound: Int) -> SpeakerPhrase? {
        guard var core = corePhrase(endingAt: end, lowerBound: lowerBound) else { return nil }
        let whole = core.tokens
        var start = whole.lowerBound
        if core.form == .name, start - 1 >= lowerBound, words.isWord(start - 1), words.lowered[start - 1] == "the" {
            // "the Nova Scotia Health Authority": the article belongs to the name.
            start -= 1
            core = SpeakerPhrase(tokens: start..<whole.upperBound, head: core.head, form: core.form)
        }
        while start - 2 >= lowerBound, words.isWord(start - 1), Self.linkingPrepositions.contains(words.lowered[start - 1]),
              core.form != .pronoun,
              let outer = corePhrase(endingAt: start - 2, lowerBound: lowerBound), outer.form != .pronoun {
            start = outer.tokens.lowerBound
            core = SpeakerPhrase(tokens: start..<whole.upperBound, head: outer.head, form: outer.form)
            if core.form == .name, start - 1 >= lowerBound, words.isWord(start - 1), words.lowered[start - 1] == "the" {
                start -= 1
                core.tokens = start..<whole.upperBound
            }
        }
        return core
    }

    private func corePhrase(endingAt end: Int, lowerBound: Int) -> SpeakerPhrase? {
        guard end >= lowerBound, words.isWord(end) else { return nil }
        let word = words.lowered[end]
        if Self.subjectPronouns.contains(word) {
            return SpeakerPhrase(tokens: end..<(end + 1), head: end..<(end + 1), form: .pronoun)
        }
        if words.isCapitalized(end), !words.nameFacts(end).contains(.neverName) || isKnownNoun(end) || followsHonorific(end) {
            if let run = nameRun(endingAt: end, lowerBound: lowerBound), !isDateline(run) {
                return SpeakerPhrase(tokens: run, head: run, form: .name)
            }
        }
        return nounPhrase(endingAt: end, lowerBound: lowerBound)
    }

    /// A run of capitalised words, initials, titles and particles ending at `end`.
    func nameRun(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        var start = end
        var index = end - 1
        while index >= lowerBound {
            if words.isCapitalized(index), !isPossessive(index) {
                start = index
            } else if words.isPunctuation(index, "."), index - 1 >= lowerBound, words.isCapitalized(index - 1),
                      isAbbreviatedNamePart(index - 1) {
                start = index - 1
                index -= 1
            } else if words.isWord(index), words.loweredNameFacts(index).contains(.particle) || words.lowered[index] == "of" || words.lowered[index] == "and",
                      index - 1 >= lowerBound, words.isCapitalized(index - 1) {
                start = index - 1
                index -= 1
            } else {
                break
            }
            index -= 1
        }
        // Words that open sentences or are never names are not part of the name.
        while start <= end, words.nameFacts(start).contains(.neverName) || words.isPunctuation(start, ".") || !words.isCapitalized(start) {
            start += 1
        }
        return start <= end ? start..<(end + 1) : nil
    }

    /// Whether the word comes right after an honorific ("Ms. May"), which makes it a name.
    private func followsHonorific(_ index: Int) -> Bool {
        guard index >= 2, words.isPunctuation(index - 1, ".") else { return false }
        return words.nameFacts(index - 2).contains(.honorific)
    }

    /// Whether a name in capitals opens its paragraph before a dash or bracket, as the place
    /// of a dateline does ("KUALA LUMPUR, Malaysia —").
    func isDateline(_ run: Range<Int>) -> Bool {
        let paragraph = words.text.paragraphTokens[words.text.sentences[words.sentenceOfToken[run.lowerBound]].paragraphIndex]
        guard run.lowerBound - paragraph.lowerBound <= 1, run.upperBound < paragraph.upperBound else { return false }
        let allCapitals = run.allSatisfy { index in
            words.written[index].unicodeScalars.allSatisfy { !ScalarClass.isLetter($0) || ScalarClass.isUppercase($0) }
        }
        guard allCapitals, words.written[run.lowerBound].unicodeScalars.count >= 3 else { return false }
        let next = run.upperBound
        return words.isPunctuation(next, ",") || words.isPunctuation(next, "\u{2014}") || words.isPunctuation(next, "\u{2013}")
            || words.isPunctuation(next, "-") || words.isPunctuation(next, "(")
    }

    /// Whether the word ends in a possessive "’s", which ends a name ("McCallum’s Safe Surrey").
    func isPossessive(_ index: Int) -> Bool {
        let word = words.lowered[index]
        return word.endsInPossessive
    }

    private func isAbbreviatedNamePart(_ index: Int) -> Bool {
        let word = words.written[index]
        return word.unicodeScalars.count == 1 || words.nameFacts(index).isTitle || word == "Jr" || word == "St"
    }

    /// A common noun phrase ending at `end`: back to a determiner, or a known speaker noun on its own.
    private func nounPhrase(endingAt end: Int, lowerBound: Int) -> SpeakerPhrase? {
        let head = words.lowered[end]
        guard !Self.clauseBreakers.contains(head), !Self.nonHeads.contains(head), !head.hasSuffix("n’t"), !head.hasSuffix("n't"),
              !Self.determiners.contains(head) || head == "some" || head == "many" || head == "others" else { return nil }
        var index = end - 1
        var start = end
        var determiner: Int?
        let limit = max(lowerBound, end - 7)
        while index >= limit, words.isWord(index) || words.text.tokens[index].kind == .number {
            let word = words.lowered[index]
            if Self.clauseBreakers.contains(word) || words.text.reportingLemmas[index] != nil { break }
            start = index
            if Self.determiners.contains(word) || word.endsInPossessive {
                determiner = index
                break
            }
            index -= 1
        }
        if let determiner {
            return SpeakerPhrase(tokens: determiner..<(end + 1), head: determiner..<(end + 1), form: .nounPhrase)
        }
        // "People arrested last week said": a known noun opening the clause heads it.
        if !isKnownNoun(end), start == lowerBound || !words.isWord(start - 1), isKnownNoun(start) {
            return SpeakerPhrase(tokens: start..<(end + 1), head: start..<(start + 1), form: .nounPhrase)
        }
        guard isKnownNoun(end) else { return nil }
        return SpeakerPhrase(tokens: start..<(end + 1), head: start..<(end + 1), form: .nounPhrase)
    }

    /// Whether the token at `index`, in lowercase, is a noun that names speakers.
    private func isKnownNoun(_ index: Int) -> Bool {
        AttributionNouns.isSpeakerNoun(words.lowered[index], hash: words.text.loweredHashes[index])
    }

    // MARK: Subject after an inverted verb, agent of "according to"

    /// The phrase right after `index` ("said Stanton", "according to the ministry"), up to
    /// punctuation, no further than `upperBound`.
    func phrase(startingAt first: Int, upperBound: Int) -> SpeakerPhrase? {
        guard first < upperBound, words.isWord(first) else { return nil }
        if Self.subjectPronouns.contains(words.lowered[first]) {
            return SpeakerPhrase(tokens: first..<(first + 1), head: first..<(first + 1), form: .pronoun)
        }
        var end = first
        var index = first
        let limit = min(upperBound, first + 12)
        while index < limit {
            if words.isWord(index) || words.text.tokens[index].kind == .number {
                if words.isWord(index), Self.clauseBreakers.contains(words.lowered[index]), index > first,
                   !(words.lowered[index] == "and" && index + 1 < limit && words.isWord(index + 1) && !words.isCapitalized(index + 1)) { break }
                if index > first, words.isWord(index), words.text.reportingLemmas[index] != nil, !words.isCapitalized(index),
                   !Self.determiners.contains(words.lowered[index - 1]) { break }
                end = index
            } else if words.isPunctuation(index, "."), index > first, isAbbreviatedNamePart(index - 1), index + 1 < limit, words.isCapitalized(index + 1) {
                end = index
            } else {
                break
            }
            index += 1
        }
        // Cut a trailing time or place phrase ("said Smith on Tuesday", "said Smith in Ottawa").
        var cut = first
        while cut <= end, !(cut > first && words.isWord(cut) && ["on", "in", "at", "during", "after", "before", "last", "this", "from"].contains(words.lowered[cut])) {
            cut += 1
        }
        end = min(end, cut - 1)
        guard end >= first else { return nil }
        guard let phrase = phrase(endingAt: end, lowerBound: first) else { return nil }
        if phrase.form == .nounPhrase, let name = appositiveName(after: phrase, upperBound: upperBound) { return name }
        return phrase.tokens.lowerBound == first || phrase.form == .name ? phrase : nil
    }

    /// The name set off after a description that ends the clause ("says her partner, Jo Lee."):
    /// the name is the speaker's.
    private func appositiveName(after description: SpeakerPhrase, upperBound: Int) -> SpeakerPhrase? {
        let comma = description.tokens.upperBound
        guard comma + 1 < upperBound, words.isPunctuation(comma, ","), words.isCapitalized(comma + 1),
              !words.nameFacts(comma + 1).contains(.neverName) else { return nil }
        var end = comma + 1
        while end < min(upperBound, comma + 6) {
            if words.isCapitalized(end) {
                end += 1
            } else if words.isPunctuation(end, "."), isAbbreviatedNamePart(end - 1), end + 1 < upperBound, words.isCapitalized(end + 1) {
                end += 1
            } else {
                break
            }
        }
        guard end == upperBound || words.isPunctuation(end, ",") else { return nil }
        return SpeakerPhrase(tokens: (comma + 1)..<end, head: (comma + 1)..<end, form: .name)
    }
}
