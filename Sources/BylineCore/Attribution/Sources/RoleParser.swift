/// A role read from the text: what someone is and for whom.
struct RoleDescription: Hashable, Sendable {
    /// The role or title as written ("professor of political science", "Chinese Foreign Minister").
    var role: String
    /// The institution or country the role belongs to ("Grove City College", "China").
    var affiliation: String?
    /// The standing the role's head noun gives ("professor" → expert).
    var headClass: Source.Class
}

/// Reads a role phrase ("a professor of politics at King's College", "Chinese Foreign
/// Minister", "China's foreign minister") into a role and an affiliation.
///
/// The role runs from the first word after the article to the role's head noun, with the
/// head's lower-case "of" complements ("of political science"); the affiliation is the
/// capitalised name after the first preposition that follows ("at King's College"), else a
/// capitalised possessive or name before the head ("China's", "Toronto Mayor"), else the
/// country of a nationality adjective ("Chinese" → "China").
enum RoleParser {
    /// A title written before a name ("Chinese Foreign Minister", "U.S. Secretary of State"):
    /// the whole title is the role, the affiliation is named inside it. Nil without a head noun.
    static func parseTitle(_ words: [ClauseWord], in text: AnalysisText) -> RoleDescription? {
        guard let first = words.first, let last = words.last,
              let headClass = words.reversed().lazy.compactMap({ TitleLexicon.headClass(of: $0) }).first
        else { return nil }
        var titleWords = words
        var owner: String?
        if let possessor = possessive(first), first.isCapitalized {
            owner = possessor
            titleWords.removeFirst()
        }
        guard let titleStart = titleWords.first else { return nil }
        let role = text.string(TextRange(start: titleStart.range.start, end: last.range.end))
        return RoleDescription(role: role, affiliation: owner ?? affiliationInsideTitle(titleWords, in: text), headClass: headClass)
    }

    /// The role in `words`, or nil when no word of the phrase can head a role.
    static func parse(_ words: [ClauseWord], in text: AnalysisText) -> RoleDescription? {
        var start = 0
        while start < words.count, FunctionWords.articles.contains(words[start].folded) || isNumber(words[start]) {
            start += 1
        }
        guard start < words.count else { return nil }
        var possessor: String?
        if words[start].isCapitalized, let owner = possessive(words[start]) {
            possessor = owner
            start += 1
        } else if possessive(words[start]) != nil, start + 1 < words.count {
            // "the country's foreign minister": the owner is unnamed, the role follows it.
            start += 1
        }
        guard let headIndex = headIndex(in: words, from: start) else { return nil }
        guard let headClass = TitleLexicon.headClass(of: words[headIndex]) else { return nil }
        var roleEnd = headIndex + 1
        var affiliation: String?
        var index = roleEnd
        while index < words.count {
            let word = words[index]
            guard word.isWord, FunctionWords.affiliationPrepositions.contains(word.folded) else { break }
            var nameStart = index + 1
            if nameStart < words.count, words[nameStart].folded == "the" { nameStart += 1 }
            if nameStart < words.count, words[nameStart].isCapitalized {
                affiliation = institutionName(words, from: nameStart, in: text)
                break
            }
            guard word.folded == "of" else { break }
            // A lower-case complement belongs to the role: "professor of political science".
            var next = index + 1
            while next < words.count, words[next].isWord, !FunctionWords.affiliationPrepositions.contains(words[next].folded) || words[next].folded == "and" {
                next += 1
            }
            guard next > index + 1 else { break }
            roleEnd = next
            index = next
        }
        let roleWords = Array(words[start..<roleEnd])
        if affiliation == nil { affiliation = possessor ?? affiliationInsideTitle(roleWords, in: text) }
        let role = text.string(TextRange(start: words[start].range.start, end: words[roleEnd - 1].range.end))
        return RoleDescription(role: role, affiliation: affiliation, headClass: headClass)
    }

    /// The index of the role's head: the last head noun of the run of title words that begins
    /// at the first head noun or title modifier ("senior policy fellow" → "fellow").
    private static func headIndex(in words: [ClauseWord], from start: Int) -> Int? {
        var head: Int?
        var unknownWords = 0
        var index = start
        while index < words.count, words[index].isWord {
            let word = words[index]
            if TitleLexicon.isHead(word) {
                head = index
            } else if head != nil, !TitleLexicon.modifiers.contains(word.folded) {
                break
            } else if head == nil, !isTitleWord(word) {
                // "tax commissioner": a few plain nouns may stand before the head.
                unknownWords += 1
                guard unknownWords <= 2, !FunctionWords.contains(word.text) else { return nil }
            }
            index += 1
        }
        return head
    }

    /// Whether `word` may stand before a role's head: a modifier, a nationality, or a
    /// capitalised name ("NDP", "Toronto").
    private static func isTitleWord(_ word: ClauseWord) -> Bool {
        TitleLexicon.modifiers.contains(word.folded) || word.isCapitalized && !FunctionWords.contains(word.text)
            || word.text.contains("-")
    }

    /// The affiliation named inside a title: a nationality ("Russian" → "Russia") or other
    /// capitalised names before the head ("Toronto Police Chief" → "Toronto").
    static func affiliationInsideTitle(_ words: [ClauseWord], in text: AnalysisText) -> String? {
        for (offset, word) in words.enumerated() where word.isCapitalized {
            if offset + 1 < words.count, let country = NationalityLexicon.country(for: word.text + " " + words[offset + 1].text) {
                return country
            }
            if let country = NationalityLexicon.country(for: word.text) { return country }
        }
        let names = words.filter { word in
            word.isCapitalized && !TitleLexicon.isHead(word) && !TitleLexicon.modifiers.contains(word.folded)
                && !FunctionWords.contains(word.text)
        }
        guard let first = names.first, let last = names.last else { return nil }
        return text.string(TextRange(start: first.range.start, end: last.range.end))
    }

    /// The capitalised name of an institution that starts at `start`: capitalised words and the
    /// small words that join them ("European Council on Foreign Relations").
    static func institutionName(_ words: [ClauseWord], from start: Int, in text: AnalysisText) -> String? {
        var end = start
        var index = start
        while index < words.count, words[index].isWord {
            if words[index].isCapitalized || words[index].text.first?.isNumber == true {
                end = index + 1
            } else if !FunctionWords.nameConnectors.contains(words[index].folded) {
                break
            }
            index += 1
        }
        guard end > start else { return nil }
        var name = text.string(TextRange(start: words[start].range.start, end: words[end - 1].range.end))
        if let owner = possessive(words[end - 1]), end - 1 == start { name = owner }
        return name
    }

    /// The owner in a possessive word ("China's" → "China"), or nil.
    static func possessive(_ word: ClauseWord) -> String? {
        guard word.isWord else { return nil }
        return word.text.endsInPossessive ? String(word.text.dropLast(2)) : nil
    }

    private static func isNumber(_ word: ClauseWord) -> Bool {
        word.isWord && word.text.allSatisfy(\.isNumber)
    }
}
