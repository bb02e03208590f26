/// A run of capitalised words naming someone or something, found outside quotations.
struct LegacyNameMention {
    /// The tokens of the run, titles included.
    var tokens: Range<Int>
    /// The name's own words: titles, honorifics and a possessive "’s" taken off.
    var words: [String]
    /// The gender its honorific or title reveals.
    var gender: NameWords.Gender?
    /// The title or honorific words before the name ("Chinese Foreign Minister", "Mr.").
    var hasTitle: Bool
    /// The words before the name, lowercased ("surrey", "mayor"), that may name its role.
    var roleWords: [String] = []
    /// Whether the name opens its sentence, where a sentence's subject usually stands.
    var opensSentence = false
    /// Whether it names a person who opens the sentence: its subject.
    var isSubject = false
    /// What sort of source the name suggests (`SourceKinds.kind(ofName:)`).
    var kind: Source.Kind = .person
}

/// Finds the names of an article and splits off their titles.
struct NameScanner {
    let words: TokenWords

    /// Every name run outside quotations, in text order.
    func mentions() -> [LegacyNameMention] {
        var result: [LegacyNameMention] = []
        var index = 0
        let count = words.count
        let midSentenceWords = capitalizedInsideSentences()
        var lastSubjectSentence = -1
        while index < count {
            guard words.isCapitalized(index), !words.insideQuotation[index] else {
                index += 1
                continue
            }
            let sentence = words.sentenceOfToken[index]
            let sentenceStart = words.text.sentences[sentence].tokenRange.lowerBound
            var end = index
            var scan = index + 1
            while scan < count, !words.insideQuotation[scan], words.sentenceOfToken[scan] == sentence, !isPossessive(scan - 1) {
                if words.isCapitalized(scan) {
                    end = scan
                } else if words.isPunctuation(scan, "."), isAbbreviation(scan - 1), scan + 1 < count, words.isCapitalized(scan + 1),
                          words.text.tokens[scan + 1].range.start > words.text.tokens[scan].range.end {
                    // "Mr. Obama", "J. R. R. Tolkien": the period stays inside the name.
                } else if words.isWord(scan), words.loweredNameFacts(scan).contains(.particle), scan + 1 < count, words.isCapitalized(scan + 1) {
                    // "Ludwig van Beethoven"
                } else {
                    break
                }
                scan += 1
            }
            let opensSentence = isSentenceOpening(index, sentenceStart: sentenceStart)
            // A lone capitalised word opening a sentence ("Eventually") is a name only when the
            // article also capitalises it inside a sentence.
            if end > index || !opensSentence || midSentenceWords.contains(index),
               var mention = mention(index..<(end + 1)) {
                mention.opensSentence = opensSentence
                if opensSentence, lastSubjectSentence != sentence, mention.kind == .person,
                   endsAsProse(words.text.sentences[sentence].paragraphIndex) {
                    mention.isSubject = true
                    lastSubjectSentence = sentence
                }
                result.append(mention)
            }
            index = end + 1
        }
        return result
    }

    /// Whether the token at `index` is among the first words of its sentence, after any
    /// quotation marks, conjunctions or a short opening phrase.
    private func isSentenceOpening(_ index: Int, sentenceStart: Int) -> Bool {
        guard index - sentenceStart <= 8 else { return false }
        var cursor = sentenceStart
        while cursor < index {
            let token = words.text.tokens[cursor]
            let word = words.lowered[cursor]
            // Quote marks, opening words, and the title words of the same noun phrase
            // ("Foreign Ministry spokesperson Lu Kang", "the city's mayor, Ann Roe").
            let skippable = token.kind == .quoteMark || token.kind == .punctuation || words.isCapitalized(cursor)
                || (words.isWord(cursor) && (word == "the" || !words.loweredNameFacts(cursor).isDisjoint(with: [.lowercaseTitle, .spokesperson])
                    || word.endsInPossessive))
            if !skippable { return false }
            cursor += 1
        }
        return true
    }

    /// The capitalised words the article uses after the first word of a sentence.
    private func capitalizedInsideSentences() -> TokenWordSet {
        var result = TokenWordSet(words)
        for sentence in words.text.sentences where sentence.tokenRange.count > 1 {
            for index in (sentence.tokenRange.lowerBound + 1)..<sentence.tokenRange.upperBound where words.isCapitalized(index) {
                if words.text.tokens[index - 1].kind != .quoteMark { result.insert(index) }
            }
        }
        return result
    }

    /// The mention made of `tokens`, or `nil` when nothing but titles and common words remains.
    /// Everything up to the last title is description ("Chinese Foreign Minister", "Surrey
    /// Mayor"); the words after it are the name.
    func mention(_ tokens: Range<Int>) -> LegacyNameMention? {
        withUnsafeTemporaryAllocation(of: RunWord.self, capacity: tokens.count) { run in
            var count = 0
            for index in tokens where words.isWord(index) {
                let isPossessive = words.written[index].endsInPossessive
                let facts = isPossessive ? NameWords.facts(of: nameWord(index, isPossessive: true)) : words.nameFacts(index)
                run.initializeElement(at: count, to: RunWord(token: index, isPossessive: isPossessive, facts: facts))
                count += 1
            }
            return mention(tokens, run: UnsafeBufferPointer(rebasing: run[..<count]))
        }
    }

    /// A word of a name run.
    private struct RunWord {
        var token: Int
        /// Whether the word ends in a possessive "’s", which is not part of the name.
        var isPossessive: Bool
        /// The facts of the word without its possessive.
        var facts: NameWordFacts
    }

    /// The word of the token at `index`, without its possessive "’s".
    private func nameWord(_ index: Int, isPossessive: Bool) -> String {
        isPossessive ? String(words.written[index].dropLast(2)) : words.written[index]
    }

    private func mention(_ tokens: Range<Int>, run: UnsafeBufferPointer<RunWord>) -> LegacyNameMention? {
        var nameStart = 0
        for offset in run.indices.dropLast() where run[offset].facts.isTitle {
            nameStart = offset + 1
        }
        var gender: NameWords.Gender?
        for word in run[..<nameStart] {
            if let revealed = word.facts.honorificGender { gender = revealed }
            if let titleGender = word.facts.titleGender { gender = titleGender }
        }
        // After an honorific every word is a name ("Ms. May", "Mr. Long").
        let afterHonorific = nameStart > 0 && run[nameStart - 1].facts.contains(.honorific)
        var first = nameStart
        while !afterHonorific, first < run.count, run[first].facts.contains(.neverName) { first += 1 }
        guard first < run.count else { return nil }
        let nameWords = run[first...].map { nameWord($0.token, isPossessive: $0.isPossessive) }
        var roleWords = run[..<nameStart].map { nameWord($0.token, isPossessive: $0.isPossessive).lowercased() }
        // A lowercase title right before the name ("Surrey mayor Doug Reyes").
        var previous = tokens.lowerBound - 1
        while previous >= 0, tokens.lowerBound - previous <= 2, words.isWord(previous), !words.isCapitalized(previous),
              words.loweredNameFacts(previous).contains(.lowercaseTitle) {
            roleWords.append(words.lowered[previous])
            previous -= 1
        }
        // Everything before `nameStart` ends with a title.
        return LegacyNameMention(
            tokens: tokens, words: nameWords, gender: gender,
            hasTitle: nameStart > 0 || roleWords.count > nameStart,
            roleWords: roleWords, kind: SourceKinds.kind(ofName: nameWords, facts: run[first...].lazy.map(\.facts))
        )
    }

    /// Whether a paragraph ends as prose does, not as a heading or caption.
    private func endsAsProse(_ paragraph: Int) -> Bool {
        guard let last = words.text.paragraphTokens[paragraph].last else { return false }
        return words.isTerminal(last) || words.text.tokens[last].kind == .quoteMark
    }

    private func isPossessive(_ index: Int) -> Bool {
        words.lowered[index].endsInPossessive
    }

    private func isAbbreviation(_ index: Int) -> Bool {
        guard index >= 0, words.isCapitalized(index) else { return false }
        return words.written[index].unicodeScalars.count == 1 || words.nameFacts(index).isTitle
    }
}
