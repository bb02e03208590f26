/// Reads one sentence's attributed statements: reporting verbs with their subjects,
/// "according to X", impersonal passives and hedging adverbs.
struct SentenceClaimReader {
    let words: SentenceWords
    /// The ranges of quotations in quote marks, sorted: words inside them are the speaker's.
    let quoted: [TextRange]
    private var quotedCursor = 0
    /// The index of the current sentence's last word.
    private var lastWord = 0

    /// Sentences longer than this many tokens are not prose (a hostile or broken text) and
    /// are not read for claims, which keeps the reading linear.
    static let longestSentence = 400

    init(words: SentenceWords, quoted: [TextRange]) {
        self.words = words
        self.quoted = quoted
    }

    /// The claims of sentence `index`, resolving their sources through `resolver`.
    mutating func claims(inSentence index: Int, resolver: inout ClaimSourceResolver) -> [Claim] {
        let sentence = words.sentences[index]
        guard sentence.count <= Self.longestSentence, let lastWord = sentence.lastIndex(where: { $0.isWord }) else { return [] }
        self.lastWord = lastWord
        var claims: [Claim] = []
        var lastSubject: ClaimSubjectFinder.Subject?
        for (position, cueWord) in Self.openers(in: sentence) where !isQuoted(sentence[position].range) {
            let word = sentence[position]
            if let claim = impersonalClaim(at: position, in: sentence) ?? hedgedClaim(at: position, in: sentence, cueWord: cueWord) {
                claims.append(claim)
                continue
            }
            if word.folded == "according", position + 1 < sentence.count, sentence[position + 1].folded == "to",
               let claim = accordingToClaim(at: position, in: sentence, resolver: &resolver) {
                claims.append(claim)
                continue
            }
            guard let lemma = claimLemma(at: position, in: sentence, cueWord: cueWord) else { continue }
            var subject = ClaimSubjectFinder.subject(before: position, in: sentence)
            if subject == nil, word.folded.hasSuffix("ing"), position > 0, sentence[position - 1].isMark(",") {
                subject = lastSubject
            }
            guard let subject else { continue }
            if ClaimCueLexicon.nounLikeForms.contains(word.folded), !isNamed(subject) { continue }
            guard let sourceIndex = resolver.source(for: subject, text: words.text) else { continue }
            lastSubject = subject
            let cueEnd = position + 1 < sentence.count && sentence[position + 1].folded == "out" ? position + 2 : position + 1
            let start = contentStart(afterCue: position, cueEnd: cueEnd, lemma: lemma, in: sentence)
            guard let range = contentRange(from: start, in: sentence) else { continue }
            let cue = words.text.mention(TextRange(start: word.range.start, end: sentence[cueEnd - 1].range.end))
            let source = resolver.analysis.sources[sourceIndex]
            claims.append(Claim(range: range, cue: cue, sourceIndex: sourceIndex, sourceMention: words.text.mention(subject.range),
                                isVague: SourceVagueness.isVague(source)))
        }
        return claims
    }

    /// The words of `sentence` that can open a claim, with what they can do as cue words: a
    /// reporting verb, a cue word, "it" or "according". Read in place, without copying words.
    private static func openers(in sentence: [ClauseWord]) -> [(position: Int, cueWord: ClaimCueLexicon.CueWord)] {
        sentence.withUnsafeBufferPointer { words in
            var openers: [(position: Int, cueWord: ClaimCueLexicon.CueWord)] = []
            for position in words.indices where words[position].isWord {
                let cueWord = ClaimCueLexicon.cueWord(folded: words[position].folded, hash: words[position].foldedHash)
                if words[position].reportingLemma != nil || !cueWord.isEmpty || words[position].folded == "it"
                    || words[position].folded == "according" {
                    openers.append((position, cueWord))
                }
            }
            return openers
        }
    }

    /// The lemma of a reporting verb at `position` that can carry a claim, or nil.
    private func claimLemma(at position: Int, in sentence: [ClauseWord], cueWord: ClaimCueLexicon.CueWord) -> String? {
        let word = sentence[position]
        guard !word.isCapitalized, let lemma = lexiconLemma(at: position, in: sentence, cueWord: cueWord),
              !isPassive(at: position, in: sentence) else { return nil }
        if position > 0 {
            // "to blame" is an infinitive, "a report" or "their claims" a noun.
            let before = sentence[position - 1].folded
            if before == "to" || before != "that" && ClaimCueLexicon.determiners.contains(before) || NameWords.genderedPronouns[before] != nil && before != "he" && before != "she" {
                return nil
            }
        }
        return lemma
    }

    /// The lemma of the reporting verb at `position` by the lexicons alone.
    private func lexiconLemma(at position: Int, in sentence: [ClauseWord], cueWord: ClaimCueLexicon.CueWord) -> String? {
        let word = sentence[position]
        if cueWord.contains(.moreVerb) { return word.folded }
        if cueWord.contains(.phrasalWithOut), position + 1 < sentence.count, sentence[position + 1].folded == "out" {
            return "point"
        }
        guard let lemma = word.reportingLemma, !ClaimCueLexicon.nonClaimLemmas.contains(lemma) else { return nil }
        return lemma
    }

    /// Whether the verb at `position` is a passive participle ("are expected to", "was told"),
    /// whose subject is not the one who speaks.
    private func isPassive(at position: Int, in sentence: [ClauseWord]) -> Bool {
        let word = sentence[position].folded
        guard word.hasSuffix("ed") || ["told", "said", "thought", "known", "shown", "found", "written"].contains(word) else { return false }
        var index = position - 1
        while index >= 0, sentence[index].isWord, sentence[index].folded.hasSuffix("ly") || ["also", "not", "widely", "long"].contains(sentence[index].folded) {
            index -= 1
        }
        return index >= 0 && ["is", "are", "was", "were", "be", "been", "being", "get", "got"].contains(sentence[index].folded)
    }

    /// "It is expected that …", "it was reported that …": a claim on no source.
    private func impersonalClaim(at position: Int, in sentence: [ClauseWord]) -> Claim? {
        guard sentence[position].folded == "it", position + 3 < sentence.count else { return nil }
        var index = position + 1
        let beForms: Set<String> = ["is", "was", "has", "had", "been", "being", "be", "will", "would", "widely", "generally", "also", "now", "long"]
        while index < sentence.count, beForms.contains(sentence[index].folded) { index += 1 }
        guard index > position + 1, index + 1 < sentence.count,
              ClaimCueLexicon.impersonalParticiples.contains(sentence[index].folded),
              sentence[index + 1].folded == "that" || sentence[index + 1].isMark(":"),
              let range = contentRange(from: index + 2, in: sentence)
        else { return nil }
        let cue = words.text.mention(TextRange(start: sentence[position].range.start, end: sentence[index].range.end))
        return Claim(range: range, cue: cue, isVague: true)
    }

    /// "The ministry reportedly ordered …": the whole sentence rests on no named source.
    private func hedgedClaim(at position: Int, in sentence: [ClauseWord], cueWord: ClaimCueLexicon.CueWord) -> Claim? {
        guard cueWord.contains(.hedgingAdverb), let range = contentRange(from: 0, in: sentence) else { return nil }
        return Claim(range: range, cue: words.text.mention(sentence[position].range), isVague: true)
    }

    /// "According to X, …" or "…, according to X.": the rest of the sentence is X's claim.
    private func accordingToClaim(at position: Int, in sentence: [ClauseWord], resolver: inout ClaimSourceResolver) -> Claim? {
        guard let subject = ClaimSubjectFinder.phrase(after: position + 1, in: sentence),
              let sourceIndex = resolver.source(for: subject, text: words.text) else { return nil }
        let content: TextRange?
        if let comma = sentence[(position + 2)...].firstIndex(where: { $0.isMark(",") }), position == 0 || !sentence[position - 1].isMark(",") {
            content = contentRange(from: comma + 1, in: sentence)
        } else {
            let end = sentence[..<position].lastIndex(where: { $0.isWord }) ?? 0
            content = position > 0 ? TextRange(start: sentence[0].range.start, end: sentence[end].range.end) : nil
        }
        guard let content, !content.isEmpty else { return nil }
        let cue = words.text.mention(TextRange(start: sentence[position].range.start, end: sentence[position + 1].range.end))
        return Claim(range: content, cue: cue, sourceIndex: sourceIndex, sourceMention: words.text.mention(subject.range),
                     isVague: SourceVagueness.isVague(resolver.analysis.sources[sourceIndex]))
    }

    /// Where the claim begins: after the verb, its object and "that" for verbs of saying and
    /// believing ("told reporters that …"); at the verb for verbs whose object is the claim.
    private func contentStart(afterCue cue: Int, cueEnd: Int, lemma: String, in sentence: [ClauseWord]) -> Int {
        guard ClaimCueLexicon.isClausal(lemma) else { return cue }
        var index = cueEnd
        while index < sentence.count, index - cueEnd < 10, sentence[index].isWord || sentence[index].isMark(",") {
            if sentence[index].folded == "that" { return index + 1 }
            index += 1
        }
        if cueEnd < sentence.count, sentence[cueEnd].isMark(":") || sentence[cueEnd].isMark(",") { return cueEnd + 1 }
        return cueEnd
    }

    /// The range from word `start` to the sentence's last word or closing mark, nil when empty.
    private func contentRange(from start: Int, in sentence: [ClauseWord]) -> TextRange? {
        guard start < sentence.count, lastWord >= start else { return nil }
        var end = lastWord
        while end + 1 < sentence.count, !sentence[end + 1].isWord, !sentence[end + 1].isMark("."), !sentence[end + 1].isMark(",") { end += 1 }
        var first = start
        while first < end, !sentence[first].isWord, !ScalarClass.isQuoteMark(sentence[first].text.unicodeScalars.first ?? " ") { first += 1 }
        return TextRange(start: sentence[first].range.start, end: sentence[end].range.end)
    }

    private func isNamed(_ subject: ClaimSubjectFinder.Subject) -> Bool {
        subject.head.isCapitalized || ["he", "she"].contains(subject.head.folded)
    }

    /// Whether `range` lies inside a quotation; positions are asked in text order.
    private mutating func isQuoted(_ range: TextRange) -> Bool {
        while quotedCursor < quoted.count, quoted[quotedCursor].end <= range.start { quotedCursor += 1 }
        return quotedCursor < quoted.count && quoted[quotedCursor].contains(range)
    }
}
