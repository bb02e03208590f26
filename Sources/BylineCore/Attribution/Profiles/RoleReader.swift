/// A role read from the text: what someone is and for whom.
struct Role: Hashable, Sendable {
    /// The role or title as written ("professor of economics", "Finance Minister").
    var role: String
    /// The institution or country the role belongs to ("Lakeside University", "Ruritania").
    var affiliation: String?
    /// The head noun of the role ("professor").
    var head: WordID
    /// Where the affiliation is written, when it is a span of the article.
    var affiliationTokens: Range<Int>?

    /// The standing the role's head noun gives ("professor" → expert).
    var headClass: Source.Class { Lexicon.roleClass(head) ?? .other }
}

/// Finds the role the article gives a name where it occurs, and reads it into a role and an
/// affiliation: an apposition after the name ("Ada Okafor, a professor of economics at
/// Lakeside University,"), a title before it ("Ruritanian Finance Minister Ada Okafor"), or
/// a description ("Okafor, who chairs the ethics committee", "Okafor is a lawyer at Lee & Roe").
///
/// The role runs from the first word after the article to the role's head noun, with the
/// head's lower-case "of" complements ("of economics"); the affiliation is the capitalised
/// name after the first preposition that follows ("at Lakeside University"), else a
/// capitalised possessive or name before the head ("Ruritania's", "Port Ellen Mayor"), else
/// the country of a nationality adjective ("Ruritanian" → "Ruritania").
struct RoleReader {
    let words: ArticleWords

    /// The most words a title or a role phrase may have.
    static let longestPhrase = 20

    /// The role at one mention of a name: the apposition first, then the title, then a
    /// description.
    func role(atName name: Range<Int>) -> Role? {
        apposition(after: name) ?? title(before: name) ?? appositionBefore(name) ?? description(after: name)
    }

    /// "Ruritania's ambassador, Name,", "The head of the rowing club, Name," → the role
    /// phrase that opens the clause, set off before the name by a comma.
    func appositionBefore(_ name: Range<Int>) -> Role? {
        let sentence = words.sentenceTokens(of: name.lowerBound)
        let comma = name.lowerBound - 1
        guard comma > sentence.lowerBound, words.isA(comma, .comma),
              name.upperBound >= sentence.upperBound || words.isA(name.upperBound, [.comma, .terminal]) else { return nil }
        var start = comma
        while start > sentence.lowerBound, comma - start < Self.longestPhrase, words.isA(start - 1, .wordOrNumber) || words.isA(start - 1, .abbreviationPeriod) {
            start -= 1
        }
        // The role phrase opens the sentence or follows a conjunction or a preposition's clause.
        guard start == sentence.lowerBound || words.has(start - 1, [.coordinator]) || words.isA(start - 1, .comma) else { return nil }
        return parse(phrase(from: start, in: sentence.lowerBound..<comma))
    }

    /// "Name, [age,] a professor at X," → the role phrase between the commas.
    func apposition(after name: Range<Int>) -> Role? {
        let sentence = words.sentenceTokens(of: name.lowerBound)
        var index = name.upperBound
        guard index < sentence.upperBound, words.isA(index, .comma) else { return nil }
        index += 1
        if index + 1 < sentence.upperBound, words.isA(index, .number), words.isA(index + 1, .comma) { index += 2 }
        guard index < sentence.upperBound, !words.is(index, .who) else { return nil }
        return parse(phrase(from: index, in: sentence))
    }

    /// "Ruritanian Finance Minister Name", "former prime minister Name", "Ruritania's envoy Name".
    func title(before name: Range<Int>) -> Role? {
        let sentence = words.sentenceTokens(of: name.lowerBound)
        // "the governor of Ruritania": a name after "of" is the title's affiliation, not its holder.
        if name.lowerBound > sentence.lowerBound, words.is(name.lowerBound - 1, .of) { return nil }
        var start = name.lowerBound
        while start > sentence.lowerBound, name.lowerBound - start < Self.longestPhrase {
            let index = start - 1
            if words.isA(index, .abbreviationPeriod) {
                start -= 1
                continue
            }
            guard words.isWord(index), !words.has(index, .honorific) else { break }
            if words.is(index, .of), index - 1 >= sentence.lowerBound, words.has(index - 1, .roleNoun) || words.isCapitalized(index - 1) {
                start -= 1
                continue
            }
            if words.isCapitalized(index), words.isA(index, .possessive) {
                start -= 1
                break
            }
            let isTitleWord = words.has(index, [.roleNoun, .roleModifier]) || (words.isCapitalized(index) && !isFunctionWord(index))
            guard isTitleWord else { break }
            start -= 1
        }
        let candidate = wordTokens(start..<name.lowerBound)
        guard candidate.contains(where: { words.has($0, .roleNoun) }) else { return nil }
        return parseTitle(candidate)
    }

    /// "Name, who is a professor at X", "Name, who chairs the Y Committee", "Name is a lawyer at Z".
    func description(after name: Range<Int>) -> Role? {
        let sentence = words.sentenceTokens(of: name.lowerBound)
        var index = name.upperBound
        if index + 1 < sentence.upperBound, words.isA(index, .comma), words.is(index + 1, .who) {
            index += 2
        } else if name.lowerBound > sentence.lowerBound, !words.isA(name.lowerBound - 1, .comma) {
            return nil
        }
        guard index < sentence.upperBound else { return nil }
        if words.has(index, .describingVerb), let noun = Lexicon.lemma(words.ids[index]) {
            return describedByVerb(noun, object: phrase(from: index + 1, in: sentence))
        }
        // "is", "was", "has been", "had been", "serves as", "worked as" …
        var copulaEnd = index + 1
        if words.is(index, .is) || words.is(index, .was) {
            copulaEnd = index + 1
        } else if index + 1 < sentence.upperBound, words.is(index, .has) || words.is(index, .had), words.is(index + 1, .been) {
            copulaEnd = index + 2
        } else if index + 1 < sentence.upperBound, [Keyword.serves, .served, .works, .worked].contains(where: { words.is(index, $0) }),
                  words.is(index + 1, .as) {
            copulaEnd = index + 2
        } else {
            return nil
        }
        return parse(phrase(from: copulaEnd, in: sentence))
    }

    /// "chairs the Senate Ethics Committee" → role "chair", affiliation the committee;
    /// "chairs the ethics committee" → role "chair of the ethics committee".
    private func describedByVerb(_ noun: WordID, object: [Int]) -> Role? {
        guard let first = object.first, let last = object.last else { return nil }
        let nounText = Lexicon.spelling(noun)
        let nameStart = words.is(first, .the) ? 1 : 0
        if nameStart < object.count, words.isCapitalized(object[nameStart]), let name = institutionName(object, from: nameStart) {
            return Role(role: nounText, affiliation: words.string(name), head: noun, affiliationTokens: name)
        }
        return Role(role: nounText + " of " + words.string(first..<(last + 1)), affiliation: nil, head: noun)
    }

    /// The word tokens from `start` to the next punctuation mark or clause word, periods of
    /// abbreviations passed over.
    private func phrase(from start: Int, in sentence: Range<Int>) -> [Int] {
        var result: [Int] = []
        var index = start
        while index < sentence.upperBound, result.count < Self.longestPhrase {
            if words.isA(index, .abbreviationPeriod) || words.text.scalars[words.text.tokens[index].range.start] == "&" {
                index += 1
                continue
            }
            guard words.isA(index, .wordOrNumber) else { break }
            if !result.isEmpty, [Keyword.who, .which, .that, .said, .says, .told].contains(where: { words.is(index, $0) }) { break }
            result.append(index)
            index += 1
        }
        return result
    }

    /// The word tokens of `tokens`.
    private func wordTokens(_ tokens: Range<Int>) -> [Int] {
        tokens.filter { words.isA($0, .wordOrNumber) }
    }

    // MARK: Reading a role phrase

    /// A title written before a name ("Ruritanian Finance Minister", "Secretary of State"):
    /// the whole title is the role, the affiliation is named inside it. Nil without a head noun.
    func parseTitle(_ tokens: [Int]) -> Role? {
        guard let last = tokens.last, let head = tokens.last(where: { words.has($0, .roleNoun) }) else { return nil }
        var titleTokens = tokens
        var affiliation: Range<Int>?
        if let first = tokens.first, words.isCapitalized(first), words.isA(first, .possessive) {
            affiliation = first..<(first + 1)
            titleTokens.removeFirst()
        }
        guard let titleStart = titleTokens.first else { return nil }
        return role(titleStart..<(last + 1), head: head, affiliation: affiliation, inside: titleTokens)
    }

    /// The role written in `tokens` with head noun `head`, affiliated with the name at
    /// `affiliation` or else the one named inside `title`.
    private func role(_ tokens: Range<Int>, head: Int, affiliation: Range<Int>?, inside title: [Int]) -> Role {
        var role = Role(role: words.string(tokens), affiliation: nil, head: words.stems[head], affiliationTokens: affiliation)
        if let affiliation {
            role.affiliation = affiliation.count == 1 ? possessiveOwner(affiliation.lowerBound) ?? words.string(affiliation) : words.string(affiliation)
        } else if let country = title.lazy.compactMap({ words.isCapitalized($0) ? Lexicon.country(self.words.stems[$0]) : nil }).first {
            role.affiliation = country
        } else if let names = namesInsideTitle(title) {
            role.affiliation = words.string(names)
            role.affiliationTokens = names
        }
        return role
    }

    /// The role in the word tokens `tokens`, or nil when no word of the phrase can head a role.
    func parse(_ tokens: [Int]) -> Role? {
        var start = 0
        while start < tokens.count, words.is(tokens[start], .a) || words.is(tokens[start], .an) || words.is(tokens[start], .the)
            || words.isA(tokens[start], .number) {
            start += 1
        }
        guard start < tokens.count else { return nil }
        var possessor: Range<Int>?
        if words.isCapitalized(tokens[start]), words.isA(tokens[start], .possessive) {
            possessor = tokens[start]..<(tokens[start] + 1)
            start += 1
        } else if words.isA(tokens[start], .possessive), start + 1 < tokens.count {
            // "the country's foreign minister": the owner is unnamed, the role follows it.
            start += 1
        }
        guard let headIndex = headIndex(in: tokens, from: start) else { return nil }
        var roleEnd = headIndex + 1
        var affiliation: Range<Int>?
        var index = roleEnd
        while index < tokens.count, isAffiliationPreposition(tokens[index]) {
            var nameStart = index + 1
            if nameStart < tokens.count, words.is(tokens[nameStart], .the) { nameStart += 1 }
            if nameStart < tokens.count, words.isCapitalized(tokens[nameStart]) {
                affiliation = institutionName(tokens, from: nameStart)
                break
            }
            guard words.is(tokens[index], .of) else { break }
            // A lower-case complement belongs to the role: "professor of political science".
            var next = index + 1
            while next < tokens.count, words.isWord(tokens[next]), !isAffiliationPreposition(tokens[next]) || words.is(tokens[next], .and) {
                next += 1
            }
            guard next > index + 1 else { break }
            roleEnd = next
            index = next
        }
        return role(tokens[start]..<(tokens[roleEnd - 1] + 1), head: tokens[headIndex], affiliation: affiliation ?? possessor,
                    inside: Array(tokens[start..<roleEnd]))
    }

    /// The index of the role's head: the last head noun of the run of title words that begins
    /// at the first head noun or title modifier ("senior policy fellow" → "fellow").
    private func headIndex(in tokens: [Int], from start: Int) -> Int? {
        var head: Int?
        var unknownWords = 0
        for index in start..<tokens.count {
            let token = tokens[index]
            guard words.isWord(token) else { break }
            if words.has(token, .roleNoun) {
                head = index
            } else if head != nil, !words.has(token, .roleModifier) {
                break
            } else if head == nil, !isTitleWord(token) {
                // "tax commissioner": a few plain nouns may stand before the head.
                unknownWords += 1
                guard unknownWords <= 2, !isFunctionWord(token) else { return nil }
            }
        }
        return head
    }

    /// Whether a word may stand before a role's head: a modifier, a capitalised name or a
    /// hyphenated word.
    private func isTitleWord(_ token: Int) -> Bool {
        words.has(token, .roleModifier) || (words.isCapitalized(token) && !isFunctionWord(token)) || words.spelling(token).contains("-")
    }

    /// The capitalised names inside a title before its head ("Port Ellen Police Chief" →
    /// "Port Ellen").
    private func namesInsideTitle(_ tokens: [Int]) -> Range<Int>? {
        let names = tokens.filter { token in
            words.isCapitalized(token) && !words.has(token, [.roleNoun, .roleModifier]) && !isFunctionWord(token)
        }
        guard let first = names.first, var last = names.last else { return nil }
        // "Harbour Board chair": before a title in lower case, capitalised words are all the
        // name, modifiers included; in "Harbour Police Chief" the capitalised title takes them.
        let headIsLowercase = tokens.last { words.has($0, .roleNoun) }.map { !words.isCapitalized($0) } ?? false
        while headIsLowercase, let next = tokens.first(where: { $0 > last }), next == last + 1, words.isCapitalized(next),
              !words.has(next, .roleNoun) {
            last = next
        }
        return first..<(last + 1)
    }

    /// The capitalised name of an institution that starts at `start`: capitalised words and
    /// the small words that join them ("Institute for Harbour Studies").
    func institutionName(_ tokens: [Int], from start: Int) -> Range<Int>? {
        var end = start
        for index in start..<tokens.count {
            let token = tokens[index]
            guard words.isA(token, .wordOrNumber) else { break }
            if words.isCapitalized(token) || words.isA(token, .number) {
                end = index + 1
            } else if !isNameConnector(token) {
                break
            }
        }
        guard end > start else { return nil }
        return tokens[start]..<(tokens[end - 1] + 1)
    }

    /// The owner in a possessive word ("Ruritania's" → "Ruritania"), or nil.
    func possessiveOwner(_ token: Int) -> String? {
        guard words.isA(token, .possessive) else { return nil }
        let text = words.string(token..<(token + 1))
        return String(text.dropLast(text.hasSuffix("s") ? 2 : 1))
    }

    /// Prepositions that link a role to its institution ("at", "with", "of").
    func isAffiliationPreposition(_ token: Int) -> Bool {
        [Keyword.at, .with, .of, .for, .from, .in, .on].contains { words.is(token, $0) }
    }

    /// Small words that may join the capitalised words of an institution's name.
    private func isNameConnector(_ token: Int) -> Bool {
        [Keyword.of, .on, .for, .and, .the, .in].contains { words.is(token, $0) } || words.has(token, .particle)
    }

    /// Closed-class words, which end a name or a title even when capitalised.
    func isFunctionWord(_ token: Int) -> Bool {
        words.has(token, [.determiner, .possessivePronoun, .preposition, .coordinator, .subordinator, .relative, .auxiliary, .negation,
                          .subjectPronoun, .objectPronoun, .timeWord])
            || [Keyword.according, .said, .says, .told, .asked, .also, .still, .even, .just, .only, .there, .here].contains { words.is(token, $0) }
    }
}
