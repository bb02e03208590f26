/// The one word view of an article that every attribution rule reads: for each token, its
/// folded word's id, the id without a possessive, the lexicon's facts, the token's flags and
/// its sentence. Built once per article, in one pass over the tokens.
final class ArticleWords {
    /// The article's prepared text.
    let text: AnalysisText
    /// The id of each token's folded text ("Said" and "said" share one).
    let ids: PerWord<WordID>
    /// The id of each word without its possessive ("Okafor’s" → "okafor"); its id otherwise.
    let stems: PerWord<WordID>
    /// What the lexicon says of each token's word.
    let facts: PerWord<WordFacts>
    /// What each token is where it stands.
    let flags: [TokenFlags]
    /// For each token, the index of the sentence that holds it.
    let sentenceOfToken: SentenceOfToken
    /// For each paragraph, whether it is prose rather than a heading, a caption or a label.
    let isProse: [Bool]
    /// The words the article capitalises inside a sentence (not after a quotation mark):
    /// those are names, where a capital that only opens sentences may be the sentence's.
    let capitalizedInsideSentences: Set<WordID>
    /// For each token, the first token at or after it that may open a sentence's subject: a
    /// subject pronoun or a capitalised word that can be a name, outside quotations; `count`
    /// when none follows. Lets a search for a sentence's subject skip the words between.
    let nextNameOrPronoun: NextMarkedToken
    /// The spellings of the article's own words.
    private let interner: WordInterner

    /// Reads the words of `text`, marking those inside `quotations`.
    init(_ text: AnalysisText, quotations: [Quotation]) {
        self.text = text
        let count = text.tokens.count
        var interner = WordInterner()
        // The id, stem and facts of a token follow from its folded text alone, so they are
        // worked out once per distinct word and each token keeps its word's number.
        var wordOfToken: [UInt32] = []
        var wordNumbers: [WordID: UInt32] = [:]
        var ids: [WordID] = []
        var stems: [WordID] = []
        var facts: [WordFacts] = []
        var flags: [TokenFlags] = []
        wordOfToken.reserveCapacity(count)
        flags.reserveCapacity(count)
        text.scalars.withUnsafeBufferPointer { scalars in
            for token in text.tokens {
                let folded = FoldedWord(token.range, in: scalars)
                let id = interner.id(ofFolded: folded.text, hash: folded.hash)
                var tokenFlags = Self.flags(of: token, folded: folded, in: scalars)
                if let number = wordNumbers[id] {
                    wordOfToken.append(number)
                    // A possessive read as a contraction ("it's") is one on every token.
                    if folded.possessiveLength > 0, stems[Int(number)] == id { tokenFlags.remove(.possessive) }
                    flags.append(tokenFlags)
                    continue
                }
                var stem = id
                // "Region’s" is a place word as "Region" is; "she's" a pronoun as "she" is.
                var wordFacts = Lexicon.facts(id)
                if folded.possessiveLength > 0 {
                    stem = interner.id(ofFolded: folded.stem, hash: WordHash.of(folded.stem))
                    wordFacts.formUnion(Lexicon.facts(stem))
                    // "it's", "that's", "there's": a contraction of "is", not a possessive.
                    if Self.contracts(stem) {
                        stem = id
                        tokenFlags.remove(.possessive)
                    }
                }
                // "the 46-year-old": an age stands for a person.
                if folded.hasHyphen, folded.text.hasSuffix("-year-old") { wordFacts.insert(.personNoun) }
                let number = UInt32(ids.count)
                wordNumbers[id] = number
                ids.append(id)
                stems.append(stem)
                facts.append(wordFacts)
                wordOfToken.append(number)
                flags.append(tokenFlags)
            }
        }
        let wordFacts = PerWord(wordOfToken: wordOfToken, values: facts)
        for sentence in text.sentences {
            if let first = sentence.tokenRange.first { flags[first].insert(.sentenceStart) }
        }
        let wordIDs = PerWord(wordOfToken: wordOfToken, values: ids)
        Self.markPeriods(&flags, facts: wordFacts, tokens: text.tokens)
        Self.markQuotations(&flags, quotations: quotations, tokens: text.tokens)
        isProse = Self.proseParagraphs(of: text, flags: flags)
        capitalizedInsideSentences = Self.capitalizedInsideSentences(ids: wordIDs, flags: flags)
        nextNameOrPronoun = Self.nextNameOrPronoun(facts: wordFacts, flags: flags)
        self.ids = wordIDs
        self.stems = PerWord(wordOfToken: wordOfToken, values: stems)
        self.facts = wordFacts
        self.flags = flags
        self.sentenceOfToken = SentenceOfToken(sentences: text.sentences, tokenCount: count)
        self.interner = interner
    }

    /// The number of tokens.
    var count: Int { flags.count }

    // MARK: Asking about one token

    /// Whether the token at `index` is the word `keyword`, in any case.
    @inline(__always)
    func `is`(_ index: Int, _ keyword: Keyword) -> Bool {
        ids[index].raw == keyword.rawValue
    }

    /// Whether the token at `index` has any of `facts`.
    @inline(__always)
    func has(_ index: Int, _ facts: WordFacts) -> Bool {
        !self.facts[index].isDisjoint(with: facts)
    }

    /// Whether the token at `index` has any of `flags`.
    @inline(__always)
    func isA(_ index: Int, _ flags: TokenFlags) -> Bool {
        !self.flags[index].isDisjoint(with: flags)
    }

    /// Whether the token at `index` is a word (letters), not a number or a mark.
    @inline(__always)
    func isWord(_ index: Int) -> Bool { flags[index].contains(.word) }

    /// Whether the token at `index` is a word starting with a capital letter.
    @inline(__always)
    func isCapitalized(_ index: Int) -> Bool { flags[index].contains(.capitalized) }

    /// Whether the token at `index` ends a sentence or a clause strongly.
    @inline(__always)
    func isTerminal(_ index: Int) -> Bool { flags[index].contains(.terminal) }

    /// Whether the token at `index` lies inside a quotation.
    @inline(__always)
    func isQuoted(_ index: Int) -> Bool { flags[index].contains(.insideQuotation) }

    /// The folded spelling of the token at `index`.
    func spelling(_ index: Int) -> String { interner.spelling(ids[index]) }

    /// The folded spelling of a word id of this article.
    func spelling(of id: WordID) -> String { interner.spelling(id) }

    /// The text of the tokens `tokens`, as written.
    func string(_ tokens: Range<Int>) -> String { text.string(range(tokens)) }

    /// The range of text covered by the tokens `tokens`.
    func range(_ tokens: Range<Int>) -> TextRange {
        TextRange(start: text.tokens[tokens.lowerBound].range.start, end: text.tokens[tokens.upperBound - 1].range.end)
    }

    /// The tokens of the sentence that holds the token at `index`.
    func sentenceTokens(of index: Int) -> Range<Int> {
        text.sentences[sentenceOfToken[index]].tokenRange
    }

    /// The index of the paragraph that holds the token at `index`.
    func paragraphIndex(of index: Int) -> Int {
        text.sentences[sentenceOfToken[index]].paragraphIndex
    }

    /// The tokens of the paragraph that holds the token at `index`.
    func paragraphTokens(of index: Int) -> Range<Int> {
        text.paragraphTokens[text.sentences[sentenceOfToken[index]].paragraphIndex]
    }

    // MARK: Building

    private static func nextNameOrPronoun(facts: PerWord<WordFacts>, flags: [TokenFlags]) -> NextMarkedToken {
        NextMarkedToken(count: flags.count) { index in
            flags[index].contains(.word) && !flags[index].contains(.insideQuotation)
                && (facts[index].contains(.subjectPronoun) || (flags[index].contains(.capitalized) && !facts[index].contains(.neverName)))
        }
    }

    /// Whether a word before "'s" makes it a contraction of "is" or "has": a pronoun or a
    /// word that opens a clause ("it's", "that's", "there's", "what's", "let's").
    private static func contracts(_ stem: WordID) -> Bool {
        let keywords: [Keyword] = [.there, .here, .what, .where, .how, .who, .when, .why]
        return Lexicon.facts(stem).contains(.subjectPronoun) || Lexicon.facts(stem).contains(.relative)
            || keywords.contains { stem == $0.id } || (stem.isListed && Lexicon.spelling(stem) == "let")
    }

    private static func flags(of token: Token, folded: FoldedWord, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> TokenFlags {
        let first = scalars[token.range.start]
        switch token.kind {
        case .word:
            var flags: TokenFlags = .word
            if ScalarClass.isUppercase(first) {
                flags.insert(.capitalized)
                if token.range.length == 1 { flags.insert(.initial) }
            }
            if folded.possessiveLength > 0 { flags.insert(.possessive) }
            flags.formUnion(folded.ending)
            if folded.hasApostrophe { flags.insert(.apostrophe) }
            if folded.upperCaseLetters >= 2, folded.lowerCaseLetters == 0 { flags.insert(.allCapitals) }
            return flags
        case .number:
            return .number
        case .quoteMark:
            return .quoteMark
        case .punctuation:
            var flags: TokenFlags = .punctuation
            guard token.range.length == 1 else {
                // "..." is the only punctuation token longer than one scalar.
                return [.punctuation, .terminal]
            }
            switch first {
            case ",": flags.insert(.comma)
            case ":": flags.insert(.colon)
            case ";": flags.insert([.semicolon, .terminal])
            case ".": flags.insert([.period, .terminal])
            case "!", "?": flags.insert([.questionOrExclamation, .terminal])
            case "\u{2026}": flags.insert(.terminal)
            case "\u{2014}", "\u{2013}", "-": flags.insert(.dash)
            case "(", "[": flags.insert(.openBracket)
            case ")", "]": flags.insert(.closeBracket)
            default: break
            }
            return flags
        }
    }

    private static func capitalizedInsideSentences(ids: PerWord<WordID>, flags: [TokenFlags]) -> Set<WordID> {
        var result = Set<WordID>()
        for index in flags.indices.dropFirst() where flags[index].contains(.capitalized) && !flags[index].contains(.sentenceStart)
            && !flags[index - 1].contains(.quoteMark) {
            result.insert(ids[index])
        }
        return result
    }

    /// Whether the word at `index` is capitalised only because it opens a sentence: the article
    /// never capitalises it elsewhere, and no list knows it as a name, title or honorific
    /// ("Intelligence reports said", "Leaked emails show").
    func isCapitalizedOpener(_ index: Int) -> Bool {
        guard isCapitalized(index), isA(index, .sentenceStart) || (index > 0 && isA(index - 1, .quoteMark)) else { return false }
        return !capitalizedInsideSentences.contains(ids[index]) && !has(index, [.givenName, .honorific, .title, .countryName, .nationality])
            && !isA(index, [.allCapitals, .initial])
    }

    /// Which paragraphs are prose: those that end as a sentence does (with a stop, a colon or
    /// a closing quotation mark), and those too long for a heading or a caption, whatever
    /// they end with (a page may glue a credit line to its last paragraph).
    private static func proseParagraphs(of text: AnalysisText, flags: [TokenFlags]) -> [Bool] {
        var sentenceCounts = [Int](repeating: 0, count: text.paragraphTokens.count)
        for sentence in text.sentences { sentenceCounts[sentence.paragraphIndex] += 1 }
        return text.paragraphTokens.enumerated().map { index, tokens in
            guard var last = tokens.last else { return false }
            while last > tokens.lowerBound, flags[last].contains(.closeBracket) || flags[last].contains(.quoteMark) {
                if flags[last].contains(.quoteMark) { return true }
                last -= 1
            }
            if flags[last].contains(.terminal) || flags[last].contains(.colon) { return true }
            return sentenceCounts[index] >= 2 || tokens.lazy.filter { flags[$0].contains(.word) }.count >= 25
        }
    }

    /// The period of "Dr." or of the initial "J." ends nothing: it is marked as an
    /// abbreviation's and loses its `terminal` flag.
    private static func markPeriods(_ flags: inout [TokenFlags], facts: PerWord<WordFacts>, tokens: [Token]) {
        for index in flags.indices.dropFirst() where flags[index].contains(.period) {
            let previous = index - 1
            guard flags[previous].contains(.word), tokens[previous].range.end == tokens[index].range.start else { continue }
            // A period inside a sentence, after a word, abbreviates it ("Northwind Inc. said").
            let endsSentence = index + 1 >= flags.count || flags[index + 1].contains(.sentenceStart)
                || flags[index + 1].contains(.quoteMark) || flags[index + 1].contains(.closeBracket)
            if flags[previous].contains(.initial) || !facts[previous].isDisjoint(with: [.abbreviation, .honorific]) || !endsSentence {
                flags[index].remove(.terminal)
                flags[index].insert(.abbreviationPeriod)
            }
        }
    }

    private static func markQuotations(_ flags: inout [TokenFlags], quotations: [Quotation], tokens: [Token]) {
        var cursor = 0
        for quotation in quotations {
            while cursor < tokens.count, tokens[cursor].range.start < quotation.range.start { cursor += 1 }
            var index = cursor
            while index < tokens.count, tokens[index].range.end <= quotation.range.end {
                flags[index].insert(.insideQuotation)
                index += 1
            }
        }
    }
}

/// A token's text folded for the lexicon: lower case, `’` written `'`, with its `WordHash`,
/// the length of a possessive ending and the count of its upper- and lower-case letters.
private struct FoldedWord {
    var text: String
    var hash: UInt64
    /// 2 for "'s", 1 for a bare "'" after "s", 0 for no possessive.
    var possessiveLength: Int
    var upperCaseLetters: Int
    var lowerCaseLetters: Int
    /// `.lyAdverb`, `.ingForm` or `.edForm` when the word ends so.
    var ending: TokenFlags = []
    /// Whether the word holds a hyphen ("46-year-old").
    var hasHyphen = false
    /// Whether the word holds an apostrophe ("don't", "Okafor's").
    var hasApostrophe = false

    /// The text without its possessive ending.
    var stem: String {
        String(text.dropLast(possessiveLength))
    }

    init(_ range: TextRange, in scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        let slice = UnsafeBufferPointer(rebasing: scalars[range.start..<range.end])
        var upper = 0
        var lower = 0
        var isASCII = true
        for scalar in slice {
            if !scalar.isASCII { isASCII = false }
            if ScalarClass.isUppercase(scalar) {
                upper += 1
            } else if ScalarClass.isLetter(scalar) {
                lower += 1
            } else if scalar == "-" {
                hasHyphen = true
            } else if ScalarClass.isApostropheLike(scalar) {
                hasApostrophe = true
            }
        }
        upperCaseLetters = upper
        lowerCaseLetters = lower
        if isASCII {
            var hash = WordHash.empty
            text = String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (offset, scalar) in slice.enumerated() {
                    var byte = UInt8(truncatingIfNeeded: scalar.value)
                    if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                    buffer[offset] = byte
                    hash = WordHash.adding(byte, to: hash)
                }
                return slice.count
            }
            self.hash = hash
        } else {
            let written = String(scalars: slice)
            text = Lexicon.fold(written)
            hash = WordHash.of(text)
        }
        possessiveLength = Self.possessiveLength(of: text, letters: upper + lower)
        ending = Self.ending(of: text, isCapitalized: upper > 0 && slice.first.map(ScalarClass.isUppercase) == true)
    }

    private static func ending(of folded: String, isCapitalized: Bool) -> TokenFlags {
        var folded = folded
        return folded.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 4 else { return [] }
            let (third, second, last) = (bytes[count - 3], bytes[count - 2], bytes[count - 1])
            if second == UInt8(ascii: "l"), last == UInt8(ascii: "y") { return count > 4 && !isCapitalized ? .lyAdverb : [] }
            if third == UInt8(ascii: "i"), second == UInt8(ascii: "n"), last == UInt8(ascii: "g") { return .ingForm }
            if second == UInt8(ascii: "e"), last == UInt8(ascii: "d") { return .edForm }
            return []
        }
    }

    private static func possessiveLength(of folded: String, letters: Int) -> Int {
        guard letters >= 2 else { return 0 }
        var folded = folded
        return folded.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 2 else { return 0 }
            let (second, last) = (bytes[count - 2], bytes[count - 1])
            if second == UInt8(ascii: "'"), last == UInt8(ascii: "s") { return 2 }
            if second == UInt8(ascii: "s"), last == UInt8(ascii: "'") { return 1 }
            return 0
        }
    }
}
