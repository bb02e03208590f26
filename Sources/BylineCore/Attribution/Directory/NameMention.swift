/// A run of capitalised words naming someone or something, with its titles split off:
/// "Finance Minister Ada Okafor" is the name "Ada Okafor" after the title "Finance Minister".
struct NameMention: Hashable, Sendable {
    /// The tokens of the run, titles included.
    var tokens: Range<Int>
    /// The tokens of the name's own words, in order (periods of initials left out).
    var nameTokens: [Int]
    /// The name's words without possessive endings ("Okafor’s" → "okafor").
    var words: [WordID]
    /// The gender its honorific or title reveals.
    var gender: Gender?
    /// Whether a title or honorific stands before the name.
    var hasTitle: Bool
    /// The title words before the name ("minister", "mayor"), with a lower-case title
    /// right before the run ("harbour mayor Jo Lee").
    var roleWords: [WordID] = []
    /// Whether the name opens its sentence, where a sentence's subject usually stands.
    var opensSentence = false
    /// Whether it names a person who opens the sentence: its subject.
    var isSubject = false
    /// Whether it stands in prose, not in a heading or a caption, where every word may be
    /// capitalised.
    var inProse = true
    /// What sort of source the name suggests.
    var kind: Source.Kind = .person

    /// The text range of the name's own words, without a possessive ending.
    func nameRange(in words: ArticleWords) -> TextRange {
        guard let first = nameTokens.first, let last = nameTokens.last else { return words.range(tokens) }
        var end = words.text.tokens[last].range.end
        if words.isA(last, .possessive) {
            let length = words.spelling(last).hasSuffix("'s") ? 2 : 1
            end -= length
        }
        return TextRange(start: words.text.tokens[first].range.start, end: end)
    }
}

/// Finds the names of an article outside its quotations and splits off their titles.
struct NameMentionReader {
    let words: ArticleWords

    /// Every name run outside quotations, or with `inQuotations` every one inside them, in
    /// text order.
    func mentions(inQuotations: Bool = false) -> [NameMention] {
        var result: [NameMention] = []
        var index = 0
        let count = words.count
        var lastSubjectSentence = -1
        while index < count {
            guard words.isCapitalized(index), words.isQuoted(index) == inQuotations else {
                index += 1
                continue
            }
            let sentence = words.sentenceOfToken[index]
            let end = runEnd(from: index, sentence: sentence, inQuotations: inQuotations)
            let opensSentence = isSentenceOpening(index) || followsFrontedPhrase(index)
            // A lone capitalised word opening a sentence ("Eventually") is a name only when the
            // article also capitalises it inside a sentence.
            if end > index || !opensSentence || words.capitalizedInsideSentences.contains(words.ids[index]), var mention = mention(index..<(end + 1)) {
                mention.opensSentence = opensSentence
                mention.inProse = words.isProse[words.text.sentences[sentence].paragraphIndex]
                if opensSentence, lastSubjectSentence != sentence, mention.kind == .person, mention.inProse {
                    mention.isSubject = true
                    lastSubjectSentence = sentence
                }
                result.append(mention)
            }
            index = end + 1
        }
        return result
    }

    /// The last token of the name run that starts at `start`: capitalised words, initials
    /// with their periods, and particles between capitalised words ("Ludwig van Beethoven").
    private func runEnd(from start: Int, sentence: Int, inQuotations: Bool) -> Int {
        var end = start
        var scan = start + 1
        while scan < words.count, words.isQuoted(scan) == inQuotations, words.sentenceOfToken[scan] == sentence,
              !words.isA(scan - 1, .possessive) {
            if words.isCapitalized(scan) {
                end = scan
            } else if words.isA(scan, .period), isAbbreviation(scan - 1), scan + 1 < words.count, words.isCapitalized(scan + 1),
                      words.text.tokens[scan + 1].range.start > words.text.tokens[scan].range.end {
                // "Mr. Okafor", "J. R. Lee": the period stays inside the name.
            } else if words.isWord(scan), words.has(scan, .particle), !words.isCapitalized(scan), scan + 1 < words.count,
                      words.isCapitalized(scan + 1) {
                // "Ludwig van Beethoven"
            } else {
                break
            }
            scan += 1
        }
        return end
    }

    /// Whether the token at `index` is among the first words of its sentence, after any
    /// quotation marks, conjunctions or a short opening phrase.
    private func isSentenceOpening(_ index: Int) -> Bool {
        let sentenceStart = words.sentenceTokens(of: index).lowerBound
        guard index - sentenceStart <= 8 else { return false }
        return (sentenceStart..<index).allSatisfy { cursor in
            // Quote marks, opening words, and the title words of the same noun phrase
            // ("Harbour Board spokesperson Jo Lee", "the city's mayor, Ann Roe").
            words.isA(cursor, [.quoteMark, .punctuation, .capitalized, .possessive]) || words.is(cursor, .the)
                || words.has(cursor, [.title, .spokespersonNoun])
        }
    }

    /// Whether the token at `index` follows a form of "be" after a prepositional phrase that
    /// opens its sentence, where English puts the subject after its verb ("Among the crowd
    /// was Jo Lee", "Behind the stall were Ann and Tom Roe").
    private func followsFrontedPhrase(_ index: Int) -> Bool {
        let sentenceStart = words.sentenceTokens(of: index).lowerBound
        guard index - sentenceStart >= 3, index - sentenceStart <= 8, words.has(sentenceStart, .preposition),
              words.has(index - 1, .beForm) else { return false }
        return (sentenceStart..<(index - 1)).allSatisfy { cursor in
            words.isWord(cursor) && !words.has(cursor, [.auxiliary, .relative, .subordinator]) && words.reportingLemma(cursor) == nil
        }
    }

    /// The mention made of `tokens`, or nil when nothing but titles and common words remains.
    /// Everything up to the last title is description ("Finance Minister", "Harbour Mayor");
    /// the words after it are the name.
    func mention(_ tokens: Range<Int>) -> NameMention? {
        let run = tokens.filter { words.isWord($0) }
        guard !run.isEmpty else { return nil }
        var nameStart = 0
        for offset in run.indices.dropLast() where words.has(run[offset], [.title, .honorific]) && words.isCapitalized(run[offset]) {
            nameStart = offset + 1
        }
        var gender: Gender?
        for token in run[..<nameStart] {
            if let revealed = Lexicon.gender(words.ids[token]), words.has(token, [.honorific, .title]) { gender = revealed }
        }
        // After an honorific every word is a name ("Ms. May", "Mr. Long").
        let afterHonorific = nameStart > 0 && words.has(run[nameStart - 1], .honorific)
        var first = nameStart
        while !afterHonorific, first < run.count, words.has(run[first], [.neverName, .numberWord]) { first += 1 }
        guard first < run.count else { return nil }
        var nameTokens = Array(run[first...])
        // "Minister of Northern Affairs Carla Stone": after "Title of", the run is a portfolio
        // and then a name; the name is its last two words.
        let afterTitleOf = nameStart == 0 ? tokens.lowerBound >= 2 && words.is(tokens.lowerBound - 1, .of) && words.has(tokens.lowerBound - 2, .title)
            : words.is(run[nameStart], .of)
        if afterTitleOf, nameTokens.count >= 3 {
            nameTokens = Array(nameTokens.suffix(2))
        }
        var roleWords = run[..<nameStart].map { words.stems[$0] }
        // A lower-case title right before the name ("harbour mayor Jo Lee").
        var previous = tokens.lowerBound - 1
        while previous >= 0, tokens.lowerBound - previous <= 2, words.isWord(previous), !words.isCapitalized(previous),
              words.has(previous, .title) {
            roleWords.append(words.ids[previous])
            previous -= 1
        }
        let portfolio = nameTokens.first != run[first]
        return NameMention(
            tokens: tokens, nameTokens: nameTokens, words: nameTokens.map { words.stems[$0] }, gender: gender,
            hasTitle: nameStart > 0 || roleWords.count > nameStart || portfolio, roleWords: roleWords,
            kind: NameKinds.kind(ofName: nameTokens, in: words)
        )
    }

    private func isAbbreviation(_ index: Int) -> Bool {
        index >= 0 && words.isCapitalized(index) && (words.isA(index, .initial) || words.has(index, [.title, .honorific]))
    }
}

/// Tells what sort of source a name suggests from its words.
enum NameKinds {
    /// The kind the name made of the word tokens `name` suggests: an organisation when it
    /// ends in a place or title word or holds an acronym or an organisation's word, a medium
    /// when it holds a medium's word, a person otherwise.
    static func kind(ofName name: [Int], in words: ArticleWords) -> Source.Kind {
        guard let last = name.last else { return .person }
        if name.count > 1, words.has(last, [.placeWord, .title]) { return .organization }
        if name.count > 1, name.contains(where: { words.isA($0, .allCapitals) }) { return .organization }
        if name.contains(where: { words.has($0, .mediaNameWord) }) { return .media }
        if name.contains(where: { words.has($0, .organizationNameWord) }) { return .organization }
        if name.count == 1, words.isA(last, .allCapitals) { return .organization }
        return .person
    }
}
