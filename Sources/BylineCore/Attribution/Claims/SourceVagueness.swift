/// Whether a source is named well enough for a reader to check it: a person or an
/// organisation by name, a specific document, a named medium or a state's media, or a
/// group that points back at named people ("the pair"). Unnamed groups ("experts", "many
/// scholars"), hedged documents ("some reports"), unnamed media ("recent media reports")
/// and anonymous sources are vague.
public enum SourceVagueness {
    /// Whether `source` is vague.
    public static func isVague(_ source: Source) -> Bool {
        if source.sourceClass == .anonymous { return true }
        switch source.kind {
        case .person, .organization:
            return false
        case .group:
            return !isAnaphoric(head(of: source.name))
        case .media:
            return !isNamedMedium(head(of: source.name))
        case .document:
            return isHedgedDocument(head(of: source.name))
        }
    }

    /// The words of a source's name before any affiliation ("reports" of "reports from Kyiv").
    private static func head(of name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        return Array(words.prefix { !FunctionWords.affiliationPrepositions.contains($0.lowercased()) })
    }

    /// Determiners that make a group point back at people already named ("the pair", "both men").
    static let anaphoricDeterminers: Set<String> = ["the", "both", "these", "those", "each"]

    /// Words that hedge a plural document or medium ("some reports", "recent media reports").
    static let hedges: Set<String> = [
        "some", "many", "several", "various", "recent", "unconfirmed", "unverified", "numerous",
        "multiple", "other", "earlier", "previous", "new", "media", "news", "press", "local",
        "widespread", "conflicting", "online", "social",
    ]

    private static func isAnaphoric(_ head: [String]) -> Bool {
        guard let first = head.first?.lowercased() else { return false }
        return anaphoricDeterminers.contains(first)
    }

    private static func isNamedMedium(_ head: [String]) -> Bool {
        let folded = head.map { $0.lowercased() }
        let bare = folded.first == "the" ? folded.dropFirst().joined(separator: " ") : folded.joined(separator: " ")
        if SourceLexicon.mediaNames.contains(bare) { return true }
        if folded.contains(where: SourceLexicon.stateMediaWords.contains) { return true }
        return head.contains { word in
            word.first?.isUppercase == true && NationalityLexicon.country(for: word) == nil
                && !hedges.contains(word.lowercased()) && !AttributionNouns.media.contains(word.lowercased())
                && !SourceLexicon.isDocumentHead(word.lowercased()) && !FunctionWords.contains(word)
        }
    }

    private static func isHedgedDocument(_ head: [String]) -> Bool {
        // "the data", "these reports", "the agency's figures" point at specific documents.
        if let first = head.first?.lowercased(), anaphoricDeterminers.contains(first) || first.endsInPossessive {
            return false
        }
        let folded = head.map { $0.lowercased() }.filter { !FunctionWords.articles.contains($0) }
        guard let last = folded.last, TitleLexicon.singular(of: last) != nil || last == "data" else { return false }
        return folded.dropLast().allSatisfy(hedges.contains)
    }
}
