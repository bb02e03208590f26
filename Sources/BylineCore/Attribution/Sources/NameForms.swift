/// The forms a source's name takes in an article: the full name, and for people the family
/// or given name alone ("Stanton" for "Samuel Stanton", "Wang" for "Wang Yi").
enum NameForms {
    /// The words of a name, as `ClauseWords` splits them.
    static func words(of name: String) -> [String] {
        ClauseWords.words(of: name)
    }

    /// A person's name without the title written into it ("Health Minister Jane Roe" →
    /// "Jane Roe"); the name itself when it holds no title.
    static func strippingTitle(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        let parts = tokens.map { token in
            ClauseWord(range: token.range, text: String(scalars: scalars[token.range.start..<token.range.end]), isWord: token.kind == .word)
        }
        guard let head = parts.lastIndex(where: { TitleLexicon.isHead($0) && $0.isCapitalized }), head + 1 < parts.count else { return name }
        let rest = parts[(head + 1)...]
        guard rest.count <= 4, rest.allSatisfy({ $0.isWord && $0.isCapitalized && TitledPersonFinder.isNameWord($0) }),
              let first = rest.first, let last = rest.last
        else { return name }
        return String(scalars: scalars[first.range.start..<last.range.end])
    }

    /// Whether `name` looks like a person's full name: two to four capitalised words.
    static func isPersonName(_ name: String) -> Bool {
        let parts = words(of: name)
        guard (2...5).contains(parts.count) else { return false }
        let named = parts.filter { !TitledPersonFinder.particles.contains($0) }
        return named.allSatisfy { $0.first?.isUppercase == true }
            && !named.contains(where: { FunctionWords.contains($0) || NameWords.neverNames.contains($0) })
            && SourceClassifier.classify(name: name, role: nil)?.kind == .person
    }

    /// For each person source (by index), the one-word forms of its name that no other source shares.
    static func shortForms(of sources: [Source], personNames: PersonNameMemo) -> [Int: [String]] {
        var owners: [String: Set<Int>] = [:]
        for (index, source) in sources.enumerated() {
            let parts = words(of: source.name)
            if parts.count == 1 {
                owners[parts[0], default: []].insert(-1 - index)
                continue
            }
            guard personNames.isPersonName(source.name), let first = parts.first, let last = parts.last else { continue }
            for part in Set([first, last]) where part.count > 1 && !part.hasSuffix(".") {
                owners[part, default: []].insert(index)
            }
        }
        var forms: [Int: [String]] = [:]
        for (form, indices) in owners where indices.count == 1 {
            if let index = indices.first, index >= 0 { forms[index, default: []].append(form) }
        }
        return forms
    }

    /// Every place the article names `source`: its full name, then its short forms where no
    /// other capitalised name word stands next to them, in text order.
    static func positions(of source: Source, shortForms: [String], words: SentenceWords) -> [SentenceWords.Position] {
        var found = words.occurrences(of: Self.words(of: source.name))
        // A short form is one word: it is inside a full name when its word is, which a set of
        // the full names' words answers in constant time.
        var covered = Set<SentenceWords.Position>()
        for position in found {
            for index in position.start..<position.end {
                covered.insert(SentenceWords.Position(sentence: position.sentence, start: index, end: index + 1))
            }
        }
        for form in shortForms {
            for position in words.occurrences(of: [form]) where standsAlone(position, words: words) && !covered.contains(position) {
                found.append(position)
            }
        }
        return found.sorted { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
    }

    /// Whether `short` is the one-word first or last name of the person `full`.
    static func isShortForm(_ short: String, of full: String, personNames: PersonNameMemo) -> Bool {
        let shortWords = words(of: short)
        let fullWords = words(of: full)
        guard shortWords.count == 1, fullWords.count >= 2, personNames.isPersonName(full) else { return false }
        return shortWords[0] == fullWords.first || shortWords[0] == fullWords.last
    }

    private static func standsAlone(_ position: SentenceWords.Position, words: SentenceWords) -> Bool {
        let sentence = words.sentences[position.sentence]
        let isNameNeighbour = { (word: ClauseWord) in
            word.isCapitalized && !FunctionWords.contains(word.text) && !TitleLexicon.isHead(word)
                && !TitleLexicon.modifiers.contains(word.folded) && !TitleLexicon.honorifics.contains(word.folded)
        }
        if position.start > 0, isNameNeighbour(sentence[position.start - 1]) { return false }
        if position.end < sentence.count, isNameNeighbour(sentence[position.end]) { return false }
        return true
    }
}

/// `NameForms.isPersonName` remembered for the names of one article: the source stages ask it
/// of every source several times (directories, short forms, profiles, claims), and each answer
/// classifies the name afresh. Shared by reference between the stages of one analysis.
final class PersonNameMemo {
    private var answers: [String: Bool] = [:]

    /// Whether `name` looks like a person's full name (`NameForms.isPersonName`).
    func isPersonName(_ name: String) -> Bool {
        if let known = answers[name] { return known }
        let answer = NameForms.isPersonName(name)
        answers[name] = answer
        return answer
    }
}
