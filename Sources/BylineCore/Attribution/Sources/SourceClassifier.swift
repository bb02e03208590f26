/// Decides what sort of thing a source is (person, organisation, medium, document, group)
/// and its standing (expert, official, journalist, media, organisation, document, anonymous,
/// other) from its name, its role and the words that name it.
enum SourceClassifier {
    /// The kind and class of a source, or nil when the evidence says nothing.
    static func classify(name: String, role: RoleDescription?, mentions: [String] = []) -> (kind: Source.Kind, sourceClass: Source.Class)? {
        // Split on the bytes: a Character-wise split costs more than all the rest.
        let words = name.utf8.split(separator: UInt8(ascii: " ")).map { bytes in
            let word = Substring(bytes)
            return String(word.hasSuffix(".") && word.count > 2 ? word.dropLast() : word)
        }
        guard !words.isEmpty else { return nil }
        // The noun phrase before its first preposition: "media" in "State-run media in China".
        let head = Array(words.prefix { !FunctionWords.affiliationPrepositions.contains($0.lowercased()) })
        guard let last = head.last else { return nil }
        let lastFolded = last.lowercased()
        let isGroup = isGroupNoun(lastFolded) && !(head.count >= 2 && head.allSatisfy(isCapitalized))
            || head.contains { !isCapitalized($0) && isGroupNoun($0.lowercased()) && !FunctionWords.contains($0) }
        if AnonymousSourceDetector.isAnonymous(name) || mentions.contains(where: AnonymousSourceDetector.isAnonymous) {
            return (isGroup ? .group : .person, .anonymous)
        }
        if let role { return (.person, roleClass(role)) }
        if isMedia(head) { return (.media, .media) }
        if let document = documentKind(head) { return (document, document == .media ? .media : .document) }
        if isGroup { return (.group, TitleLexicon.headClass(of: lastFolded) ?? .other) }
        let folded = words.map { $0.lowercased() }
        if isOrganization(words: words, folded: folded) {
            return (.organization, folded.contains(where: SourceLexicon.governmentWords.contains) ? .official : .organization)
        }
        if NationalityLexicon.isCountry(name) { return (.organization, .official) }
        if !isCapitalized(last) { return TitleLexicon.headClass(of: lastFolded).map { (.person, $0) } }
        return (.person, .other)
    }

    /// Whether `word` (lower case) names a group of people: a plural role ("experts",
    /// "officials") or a collective ("critics", "the pair").
    static func isGroupNoun(_ word: String) -> Bool {
        AttributionNouns.groups.contains(word) || SourceLexicon.collectives.contains(word) || TitleLexicon.singular(of: word) != nil && TitleLexicon.headClasses[word] == nil && TitleLexicon.headClass(of: word) != nil
    }

    /// The standing a role gives, where the institution can change it: a director of a
    /// research institute is an expert, a lawyer in a ministry an official.
    static func roleClass(_ role: RoleDescription) -> Source.Class {
        let affiliation = (role.affiliation ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard role.headClass == .other else { return role.headClass }
        if affiliation.contains(where: TitleLexicon.researchInstitutionWords.contains),
           ["director", "chair", "head", "chairperson", "member"].contains(roleHead(role)) {
            return .expert
        }
        return affiliation.contains(where: SourceLexicon.governmentWords.contains) ? .official : .other
    }

    private static func roleHead(_ role: RoleDescription) -> String {
        let words = role.role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return words.first(where: TitleLexicon.isHead) ?? ""
    }

    private static func isCapitalized(_ word: String) -> Bool { word.first?.isUppercase ?? false }

    private static func isMedia(_ words: [String]) -> Bool {
        let folded = words.map { $0.lowercased() }
        let name = folded.joined(separator: " ")
        if SourceLexicon.mediaNames.contains(name) { return true }
        guard let last = words.last, let lastFolded = folded.last else { return false }
        if AttributionNouns.media.contains(lastFolded) {
            return !SourceLexicon.mediaHeadsNeedingNews.contains(lastFolded) || folded.dropLast().last == "news"
        }
        let isName = words.allSatisfy { isCapitalized($0) || FunctionWords.nameConnectors.contains($0) }
        return isName && AttributionNouns.mediaNameWords.contains(last)
    }

    /// `.document` for "the report", `.media` for "media reports", nil for no document.
    private static func documentKind(_ head: [String]) -> Source.Kind? {
        let head = head.map { $0.lowercased() }
        guard let last = head.last, SourceLexicon.isDocumentHead(last) else { return nil }
        return head.dropLast().contains(where: AttributionNouns.media.contains) || head.dropLast().contains("news") ? .media : .document
    }

    private static func isOrganization(words: [String], folded: [String]) -> Bool {
        if folded.contains(where: AttributionNouns.organizations.contains) { return true }
        if words.contains(where: AttributionNouns.organizationNameWords.contains) { return true }
        return words.count == 1 && words[0].count >= 2 && words[0].allSatisfy { $0.isUppercase || $0 == "." }
    }
}
