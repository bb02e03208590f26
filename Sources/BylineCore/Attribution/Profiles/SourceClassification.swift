/// Decides what sort of thing a source is (person, organisation, medium, document, group) and
/// its standing (expert, official, journalist, media, organisation, document, anonymous,
/// other) from the words of its name, its role and the words around its mentions.
struct SourceClassification {
    let words: ArticleWords

    /// The kind and class of the source named by the tokens `name`, with the role the article
    /// gives it and the titles it puts before the name, or nil when the words say nothing.
    /// `anonymous` says whether the words around its mentions leave it unnamed on purpose.
    /// A title of office settles the class when the role says nothing of standing
    /// ("Councillor Jo Lee, the cabinet member for housing").
    func classify(name: Range<Int>, role: Role?, titles: [Role], anonymous: Bool) -> (kind: Source.Kind, sourceClass: Source.Class)? {
        let nameWords = name.filter { words.isA($0, .wordOrNumber) }
        // The noun phrase before its first preposition: "media" of "state media in Ruritania".
        let head = Array(nameWords.prefix { !RoleReader(words: words).isAffiliationPreposition($0) })
        guard let last = head.last else { return nil }
        let isGroup = (isGroupNoun(last) && !(head.count >= 2 && head.allSatisfy { words.isCapitalized($0) }))
            || head.contains { !words.isCapitalized($0) && isGroupNoun($0) && !RoleReader(words: words).isFunctionWord($0) }
        if anonymous || Anonymity(words: words).isAnonymous(name) { return (isGroup ? .group : .person, .anonymous) }
        if let role {
            let standing = Self.roleClass(role, words: words)
            guard standing == .other else { return (.person, standing) }
            return (.person, titles.lazy.map { Self.roleClass($0, words: self.words) }.first { $0 != .other } ?? .other)
        }
        if isMedia(head) { return (.media, .media) }
        if let document = documentKind(head) { return (document, document == .media ? .media : .document) }
        if isGroup { return (.group, Lexicon.roleClass(words.stems[last]) ?? .other) }
        if isOrganization(nameWords) {
            return (.organization, nameWords.contains { words.has($0, .governmentWord) } ? .official : .organization)
        }
        if head.count == 1 || (head.count == 2 && words.is(head[0], .the)), words.has(last, .countryName) { return (.organization, .official) }
        if !words.isCapitalized(last) { return Lexicon.roleClass(words.stems[last]).map { (.person, $0) } }
        return (.person, .other)
    }

    /// Whether the word names a group of people: a plural noun of people ("officials",
    /// "critics") or a collective ("the pair").
    private func isGroupNoun(_ token: Int) -> Bool {
        words.has(token, [.groupNoun, .collectiveNoun])
    }

    /// The standing a role gives, where the institution can change it: a director of a
    /// research institute is an expert, a lawyer in a ministry an official.
    /// The leaders of an institution speak for it by office: officials, whether the
    /// institution is a ministry, a company, a union or a club; a director or a chair of a
    /// research institute is an expert.
    static func roleClass(_ role: Role, words: ArticleWords) -> Source.Class {
        let affiliation = role.affiliationTokens ?? 0..<0
        let leaders: [Keyword] = [.director, .chief, .head, .member, .chair, .chairman, .chairwoman, .chairperson]
        if leaders.contains(where: { role.head == $0.id }), affiliation.contains(where: { words.has($0, .researchWord) }) { return .expert }
        guard role.headClass == .other else { return role.headClass }
        return affiliation.contains(where: { words.has($0, .governmentWord) }) ? .official : .other
    }

    private func isMedia(_ head: [Int]) -> Bool {
        guard let last = head.last else { return false }
        if words.has(last, .mediaNoun), !words.isCapitalized(last) || head.count == 1 {
            // "the agency", "the press" name a medium only after "news" ("news agency").
            let needsNews = [Keyword.press, .agency, .network, .wire, .daily].contains { words.is(last, $0) }
            return !needsNews || (head.count >= 2 && words.is(head[head.count - 2], .news))
        }
        let connectors: [Keyword] = [.of, .on, .for, .and, .the, .in]
        let isName = head.allSatisfy { token in words.isCapitalized(token) || connectors.contains { words.is(token, $0) } }
        return isName && head.contains { words.has($0, .mediaNameWord) && words.isCapitalized($0) }
    }

    /// `.document` for "the report", `.media` for "media reports", nil for no document.
    private func documentKind(_ head: [Int]) -> Source.Kind? {
        guard let last = head.last, words.has(last, .documentNoun), !words.isCapitalized(last) || head.count == 1 else { return nil }
        let modifiers = head.dropLast()
        return modifiers.contains { words.has($0, .mediaNoun) || words.is($0, .news) } ? .media : .document
    }

    private func isOrganization(_ name: [Int]) -> Bool {
        if name.contains(where: { words.has($0, .organizationNoun) && !words.isCapitalized($0) }) { return true }
        if name.contains(where: { words.has($0, [.organizationNameWord, .organizationNoun]) && words.isCapitalized($0) }) { return true }
        return name.count == 1 && words.isA(name[0], .allCapitals)
    }
}
