/// A run of capitalised words naming someone or something, found outside quotations.
struct NameMention {
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
    func mentions() -> [NameMention] {
        var result: [NameMention] = []
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
    func mention(_ tokens: Range<Int>) -> NameMention? {
        var runWords: [String] = []
        var runFacts: [NameWordFacts] = []
        runWords.reserveCapacity(tokens.count)
        runFacts.reserveCapacity(tokens.count)
        for index in tokens where words.isWord(index) {
            let word = words.written[index]
            if word.endsInPossessive {
                let name = String(word.dropLast(2))
                runWords.append(name)
                runFacts.append(NameWords.facts(of: name))
            } else {
                runWords.append(word)
                runFacts.append(words.nameFacts(index))
            }
        }
        var nameStart = 0
        for offset in runFacts.indices.dropLast() where runFacts[offset].isTitle {
            nameStart = offset + 1
        }
        var gender: NameWords.Gender?
        for facts in runFacts[..<nameStart] {
            if let revealed = facts.honorificGender { gender = revealed }
            if let titleGender = facts.titleGender { gender = titleGender }
        }
        // After an honorific every word is a name ("Ms. May", "Mr. Long").
        let afterHonorific = nameStart > 0 && runFacts[nameStart - 1].contains(.honorific)
        var first = nameStart
        while !afterHonorific, first < runWords.count, runFacts[first].contains(.neverName) { first += 1 }
        guard first < runWords.count else { return nil }
        let nameWords = Array(runWords[first...])
        var roleWords = runWords[..<nameStart].map { $0.lowercased() }
        // A lowercase title right before the name ("Surrey mayor Doug Reyes").
        var previous = tokens.lowerBound - 1
        while previous >= 0, tokens.lowerBound - previous <= 2, words.isWord(previous), !words.isCapitalized(previous),
              words.loweredNameFacts(previous).contains(.lowercaseTitle) {
            roleWords.append(words.lowered[previous])
            previous -= 1
        }
        // Everything before `nameStart` ends with a title.
        return NameMention(
            tokens: tokens, words: nameWords, gender: gender,
            hasTitle: nameStart > 0 || roleWords.count > nameStart,
            roleWords: roleWords, kind: SourceKinds.kind(ofName: nameWords, facts: runFacts[first...])
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
