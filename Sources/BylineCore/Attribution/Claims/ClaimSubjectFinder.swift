/// Finds the words that name who or what makes a claim: the subject before a reporting
/// verb ("intelligence reports obtained in April … accuse"), or the noun a relative pronoun
/// points back to ("a joint statement in February which discussed").
struct ClaimSubjectFinder {
    /// The noun phrase that names a claim's source, and its head word.
    struct Subject: Hashable, Sendable {
        /// The phrase's words.
        var words: [ClauseWord]
        /// The head word (a noun, a name or a pronoun).
        var head: ClauseWord

        /// Where the phrase lies in the text.
        var range: TextRange { TextRange(start: words.first?.range.start ?? 0, end: words.last?.range.end ?? 0) }
    }

    /// The most words a subject may span ("intelligence reports obtained in early April from …").
    static let longestSubject = 16

    /// The subject of the verb at `verbIndex` in `sentence`, or nil when none can be read.
    static func subject(before verbIndex: Int, in sentence: [ClauseWord]) -> Subject? {
        var end = verbIndex
        while end > 0, sentence[end - 1].isWord, isSkippable(sentence[end - 1]) { end -= 1 }
        var start = end
        while start > 0, end - start < longestSubject, sentence[start - 1].isWord,
              !ClaimCueLexicon.clauseOpeners.contains(sentence[start - 1].folded) {
            start -= 1
        }
        if start == end, start > 0, ClaimCueLexicon.relatives.contains(sentence[start - 1].folded) {
            return antecedent(before: start - 1, in: sentence)
        }
        guard start < end, let subject = nounPhrase(in: sentence, span: start..<end, fromEnd: false),
              let headIndex = sentence[start..<end].firstIndex(where: { $0.range == subject.head.range })
        else { return nil }
        // A verb between the subject and the cue means the subject belongs to another clause.
        let between = sentence[(headIndex + 1)..<end]
        guard !between.contains(where: { Self.finiteVerbs.contains($0.folded) || ReportingVerbs.contains($0.folded) }) else { return nil }
        return subject
    }

    /// The source phrase that follows `index` up to the next punctuation mark ("according to
    /// the ministry's report,").
    static func phrase(after index: Int, in sentence: [ClauseWord]) -> Subject? {
        var end = index + 1
        while end < sentence.count, end - index <= longestSubject, sentence[end].isWord { end += 1 }
        guard end > index + 1 else { return nil }
        return nounPhrase(in: sentence, span: (index + 1)..<end, fromEnd: false)
    }

    /// The noun a relative pronoun at `relativeIndex` refers to: the last source-like noun
    /// phrase of the clause before it, passing over a short prepositional phrase ("in February").
    private static func antecedent(before relativeIndex: Int, in sentence: [ClauseWord]) -> Subject? {
        var start = relativeIndex
        while start > 0, relativeIndex - start < 12, sentence[start - 1].isWord || sentence[start - 1].isMark(",") {
            start -= 1
        }
        return nounPhrase(in: sentence, span: start..<relativeIndex, fromEnd: true)
    }

    /// The first (or last) phrase in `span` whose head names a possible source, outside
    /// prepositional phrases, with its premodifiers, the nouns that follow it ("media
    /// reports") and a following "in/from/of" + capitalised name ("… reports in Ruritania").
    private static func nounPhrase(in sentence: [ClauseWord], span: Range<Int>, fromEnd: Bool) -> Subject? {
        let isCandidate = { (index: Int) in
            isSourceHead(sentence[index], in: sentence, span: span) && !followsPreposition(index, in: sentence, span: span)
        }
        guard var headIndex = fromEnd ? span.reversed().first(where: isCandidate) : span.first(where: isCandidate) else { return nil }
        let start = headIndex
        headIndex = extendedHead(from: headIndex, in: sentence, span: span)
        var first = start
        while first > span.lowerBound {
            let word = sentence[first - 1]
            guard word.isWord, !FunctionWords.affiliationPrepositions.contains(word.folded),
                  !ClaimCueLexicon.auxiliaries.contains(word.folded) || ClaimCueLexicon.determiners.contains(word.folded)
            else { break }
            first -= 1
            if ClaimCueLexicon.determiners.contains(word.folded) { break }
        }
        var last = headIndex
        if last + 2 < span.upperBound, ["in", "from", "of"].contains(sentence[last + 1].folded), sentence[last + 2].isCapitalized,
           !NameWords.neverNames.contains(sentence[last + 2].text) {
            last += 2
            while last + 1 < span.upperBound, sentence[last + 1].isCapitalized { last += 1 }
        }
        return Subject(words: Array(sentence[first...last]), head: sentence[headIndex])
    }

    /// Whether a word can head a source's phrase: a personal pronoun, a capitalised name, or a
    /// noun of documents, media, organisations, groups or roles.
    static func isSourceHead(_ word: ClauseWord, in sentence: [ClauseWord], span: Range<Int>) -> Bool {
        guard word.isWord else { return false }
        let folded = word.folded
        if ["he", "she"].contains(folded) { return true }
        if SpeakerFinder.subjectPronouns.contains(folded) { return false }
        if word.isCapitalized, !FunctionWords.contains(word.text), !ClaimCueLexicon.determiners.contains(folded) {
            return NationalityLexicon.country(for: word.text) == nil || word.range.end == sentence[span.upperBound - 1].range.end
        }
        return sourceHeadNouns.contains(folded, hash: word.foldedHash)
    }

    /// The common nouns that can head a source's phrase, in one table: documents, media,
    /// organisations, groups and collectives, role heads with their plurals, and anonymous
    /// heads ("sources", "people").
    private static let sourceHeadNouns: WordTable<Void> = {
        var nouns = Set(TitleLexicon.headClassesWithPlurals.keys)
        nouns.formUnion(AttributionNouns.documents)
        nouns.formUnion(SourceLexicon.moreDocumentHeads)
        nouns.formUnion(AttributionNouns.media)
        nouns.formUnion(AttributionNouns.organizations)
        nouns.formUnion(AttributionNouns.groups)
        nouns.formUnion(SourceLexicon.collectives)
        nouns.formUnion(AnonymousSourceDetector.anonymousHeads)
        return WordTable(words: nouns)
    }()

    /// The last head of the noun phrase starting at `head`: over following heads and up to two
    /// modifiers before another head ("Democratic presidential nominee", "media reports").
    private static func extendedHead(from head: Int, in sentence: [ClauseWord], span: Range<Int>) -> Int {
        var last = head
        var index = head + 1
        while index < span.upperBound, index - last <= 3, sentence[index].isWord {
            let word = sentence[index]
            if isSourceHead(word, in: sentence, span: span) {
                last = index
            } else if FunctionWords.contains(word.text) || ReportingVerbs.contains(word.folded) || word.folded.hasSuffix("ed") {
                break
            }
            index += 1
        }
        return last
    }

    /// Whether the word at `index` is the object of a preposition ("from Ruritania", "in early
    /// April"), looking back over one modifier.
    private static func followsPreposition(_ index: Int, in sentence: [ClauseWord], span: Range<Int>) -> Bool {
        for back in 1...2 where index - back >= span.lowerBound {
            let word = sentence[index - back]
            if FunctionWords.affiliationPrepositions.contains(word.folded) || ["by", "to", "during", "after", "before", "over"].contains(word.folded) {
                return true
            }
            if back == 1, word.isCapitalized || isSourceHead(word, in: sentence, span: span) { return false }
        }
        return false
    }

    /// Finite verbs that show a clause of its own ("as long as the nations feel …").
    static let finiteVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "do", "does", "did"]

    private static func isSkippable(_ word: ClauseWord) -> Bool {
        ClaimCueLexicon.auxiliaries.contains(word.folded) || (word.folded.hasSuffix("ly") && !word.isCapitalized && word.folded.count > 4)
    }
}
