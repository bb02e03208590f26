/// Whether a source is named well enough for a reader to check it: a person or an
/// organisation by name, a specific document, a named medium or a state's media, or a group
/// that points back at named people ("the pair"). Unnamed groups ("experts", "many
/// scholars"), hedged documents ("some reports"), unnamed media ("recent media reports")
/// and anonymous sources are vague.
public enum SourceVagueness {
    /// Whether `source` is vague.
    public static func isVague(_ source: Source) -> Bool {
        if source.sourceClass == .anonymous { return true }
        let head = headWords(of: source.name)
        switch source.kind {
        case .person, .organization:
            return false
        case .group:
            return !isAnaphoric(head)
        case .media:
            return !isNamedMedium(head)
        case .document:
            return isHedgedDocument(head)
        }
    }

    /// A word of a source's name with what the lexicon says of it.
    private struct NameWord {
        var id: WordID?
        var isCapitalized: Bool
        var isPossessive: Bool

        var facts: WordFacts { id.map(Lexicon.facts) ?? [] }

        func `is`(_ keyword: Keyword) -> Bool { id == keyword.id }
    }

    /// The words of a source's name before any affiliation ("reports" of "reports from the capital").
    private static func headWords(of name: String) -> [NameWord] {
        let words = name.split(separator: " ").map { word in
            let folded = Lexicon.fold(String(word))
            return NameWord(id: Lexicon.id(of: folded), isCapitalized: word.first?.isUppercase == true,
                            isPossessive: folded.hasSuffix("'s") || folded.hasSuffix("s'"))
        }
        let affiliation: [Keyword] = [.at, .with, .of, .for, .from, .in, .on]
        return Array(words.prefix { word in !affiliation.contains { word.is($0) } })
    }

    /// Determiners that make a group point back at people already named ("the pair", "both men").
    private static func isAnaphoric(_ head: [NameWord]) -> Bool {
        guard let first = head.first else { return false }
        return [Keyword.the, .both, .these, .those, .each].contains { first.is($0) }
    }

    private static func isNamedMedium(_ head: [NameWord]) -> Bool {
        if head.contains(where: { $0.facts.contains(.stateMediaWord) }) { return true }
        let unnamed: WordFacts = [.nationality, .hedgeWord, .mediaNoun, .documentNoun, .determiner, .preposition, .coordinator]
        return head.contains { $0.isCapitalized && $0.facts.isDisjoint(with: unnamed) }
    }

    private static func isHedgedDocument(_ head: [NameWord]) -> Bool {
        // "the data", "these reports", "the agency's figures" point at specific documents.
        if let first = head.first, isAnaphoric([first]) || first.isPossessive { return false }
        let words = head.filter { !$0.is(.a) && !$0.is(.an) && !$0.is(.the) }
        guard let last = words.last, last.facts.contains(.documentNoun), isPlural(last) else { return false }
        return words.dropLast().allSatisfy { $0.facts.contains(.hedgeWord) }
    }

    /// Whether a document noun is plural or a mass noun ("reports", "data", "figures").
    private static func isPlural(_ word: NameWord) -> Bool {
        guard let id = word.id else { return false }
        let spelling = Lexicon.spelling(id)
        return (spelling.hasSuffix("s") && !spelling.hasSuffix("ss")) || spelling == "data" || spelling == "research"
    }
}
