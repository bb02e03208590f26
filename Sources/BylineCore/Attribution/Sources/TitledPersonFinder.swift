/// Finds the people an article names with a role, whether or not they are quoted:
/// "Russian Foreign Minister Sergei Lavrov", "Jane Roe, an economist at the central bank,".
struct TitledPersonFinder {
    /// A person named with a role.
    struct Person: Hashable, Sendable {
        /// The name as written, without a possessive "'s".
        var name: String
        /// Where the name stands.
        var mention: Mention
        /// The role the article gives there.
        var role: RoleDescription
    }

    let words: SentenceWords

    /// Every titled person in the article, in text order (a person may occur several times).
    func people() -> [Person] {
        let roles = RoleFinder(words: words)
        var found: [Person] = []
        for (sentenceIndex, sentence) in words.sentences.enumerated() {
            var index = 0
            while index < sentence.count {
                guard sentence[index].isCapitalized else {
                    index += 1
                    continue
                }
                let runEnd = capitalizedRunEnd(in: sentence, from: index)
                defer { index = runEnd }
                guard let nameStart = nameStart(in: sentence, run: index..<runEnd) else { continue }
                let position = SentenceWords.Position(sentence: sentenceIndex, start: nameStart, end: runEnd)
                let isSingleWord = runEnd - nameStart == 1
                let role = roles.title(before: position) ?? (isSingleWord ? nil : roles.apposition(after: position))
                guard let role else { continue }
                found.append(person(at: position, role: role))
            }
        }
        return found
    }

    private func person(at position: SentenceWords.Position, role: RoleDescription) -> Person {
        var range = words.range(of: position)
        if words.sentences[position.sentence][position.end - 1].text.endsInPossessive {
            range = TextRange(start: range.start, end: range.end - 2)
        }
        let name = words.text.string(range)
        return Person(name: name, mention: Mention(text: name, range: range), role: role)
    }

    /// The end of the run of capitalised words (with inner name particles) starting at `start`.
    private func capitalizedRunEnd(in sentence: [ClauseWord], from start: Int) -> Int {
        var end = start
        var index = start
        while index < sentence.count, sentence[index].isWord {
            if sentence[index].isCapitalized {
                end = index + 1
                if sentence[index].text.endsInPossessive { break }
            } else if !Self.particles.contains(sentence[index].folded) {
                break
            }
            index += 1
        }
        return end
    }

    /// Where the name begins inside a capitalised run: after its last title or function word.
    /// Nil when no name of one to four words is left.
    private func nameStart(in sentence: [ClauseWord], run: Range<Int>) -> Int? {
        var start = run.lowerBound
        for index in run where !Self.isNameWord(sentence[index]) { start = index + 1 }
        // "Minister of Indigenous Services Jane Roe": the portfolio after "of" belongs to the title.
        if start == run.lowerBound, run.count >= 3, start >= 2, sentence[start - 1].folded == "of",
           TitleLexicon.isHead(sentence[start - 2]) {
            start = run.upperBound - 2
        }
        let count = run.upperBound - start
        guard (1...4).contains(count), sentence[start].isCapitalized else { return nil }
        return start
    }

    /// Whether `word` can be part of a person's name: not a title, modifier, nationality,
    /// function word, honorific, country or organisation word.
    static func isNameWord(_ word: ClauseWord) -> Bool {
        let uses = foldedWordUses.value(for: word.folded, hash: word.foldedHash) ?? []
        if uses.contains(.particle) { return true }
        guard word.folded.endsInPossessive else {
            return !uses.contains(.notName) && !writtenNonNames.contains(word.text)
        }
        let folded = String(word.folded.dropLast(2))
        return !(foldedWordUses[folded] ?? []).contains(.notName) && !writtenNonNames.contains(String(word.text.dropLast(2)))
    }

    /// What a lower-case word says of a name it stands in.
    private struct FoldedWordUse: OptionSet, Sendable {
        let rawValue: UInt8
        /// A particle inside names ("van", "de").
        static let particle = FoldedWordUse(rawValue: 1)
        /// A title, modifier, function word, honorific, organisation word or nationality.
        static let notName = FoldedWordUse(rawValue: 2)
    }

    /// The lower-case word lists `isNameWord` tests, as one table.
    private static let foldedWordUses: WordTable<FoldedWordUse> = {
        var uses: [String: FoldedWordUse] = [:]
        for word in particles { uses[word, default: []].insert(.particle) }
        let notNames = [TitleLexicon.modifiers, FunctionWords.words, TitleLexicon.honorifics, AttributionNouns.organizations,
                        Set(TitleLexicon.headClassesWithPlurals.keys), Set(NationalityLexicon.countries.keys)]
        for word in notNames.joined() { uses[word, default: []].insert(.notName) }
        return WordTable(uses)
    }()

    /// Words of organisations' names and names of countries, as written ("Ministry", "Canada").
    private static let writtenNonNames = WordTable(words: AttributionNouns.organizationNameWords.union(NationalityLexicon.countryNames))

    /// Lower-case particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
    static let particles: Set<String> = ["de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter"]
}
