/// Completes each source's profile: every mention, role and affiliation, kind and class, and
/// whether a reader could check it.
///
/// Roles come from appositions ("Ada Okafor, an economist at the central bank,"), titles
/// before a name ("Finance Minister Ada Okafor") and descriptions ("Okafor, who chairs the
/// budget committee"). People the article names with a role are sources even when they are
/// not quoted: they are the actors whose statements and documents claims rest on. The
/// publication named as the interviewer ("told the Harbour Gazette") is not a source.
struct SourceProfiler {
    let words: ArticleWords
    private let roles: RoleReader
    private let classification: SourceClassification
    private let anonymity: Anonymity

    init(words: ArticleWords) {
        self.words = words
        roles = RoleReader(words: words)
        classification = SourceClassification(words: words)
        anonymity = Anonymity(words: words)
    }

    /// Adds to `resolver` every person the article names with a role.
    func addTitledPeople(to resolver: inout SourceResolver) {
        for (index, person) in resolver.directory.people.enumerated() where person.words.count > 1 {
            let titled = person.nameTokens.contains { name in
                roles.title(before: name) != nil || (name.count > 1 && roles.apposition(after: name) != nil)
            }
            if titled { _ = resolver.source(forPerson: index) }
        }
    }

    /// The profile of every draft of `resolver`, in order.
    func profiles(of resolver: SourceResolver) -> [Source] {
        resolver.drafts.map { profile(of: $0, directory: resolver.directory) }
    }

    private func profile(of draft: SourceDraft, directory: Directory) -> Source {
        var mentions = draft.mentions
        guard let name = draft.nameTokens else {
            // A linked document, named by its host.
            return Source(name: draft.name, kind: .document, sourceClass: .document, mentions: mentions.sorted().map(words.text.mention))
        }
        var role: Role?
        var titles: [Role] = []
        if let person = draft.person {
            role = directory.people[person].nameTokens.lazy.compactMap(roles.role(atName:)).first
            titles = directory.people[person].nameTokens.compactMap(roles.title(before:))
        } else {
            if draft.kind != .person { mentions += directory.organizationMentions(named: nameKey(name)).map(words.range) }
            if draft.kind == .person { role = roleInName(name) }
        }
        let anonymous = isDescription(name) && mentions.prefix(4).contains { isFollowedByAnonymity($0) }
        var kind = draft.kind
        var sourceClass = Source.Class.other
        if let found = classification.classify(name: name, role: role, titles: titles, anonymous: anonymous),
           !(found.kind == .person && found.sourceClass == .other && role == nil && draft.kind != .person) {
            kind = found.kind
            sourceClass = found.sourceClass
        }
        if isPublication(draft.name) {
            // "The Courant reported": the article's own publication, by its name or the end of it.
            kind = .media
            sourceClass = .media
        }
        if kind != .person { role = nil }
        let unique = Array(Set(mentions)).sorted()
        return Source(name: draft.name, kind: kind, sourceClass: sourceClass, role: role?.role, affiliation: role?.affiliation,
                      mentions: unique.map(words.text.mention))
    }

    /// Whether `name` names the article's own publication: its site's name, or the end of it
    /// ("Courant" of "The Morrow Courant").
    private func isPublication(_ name: String) -> Bool {
        guard let site = words.text.article.site else { return false }
        let strip = { (text: String) in text.lowercased().split(separator: " ").drop { $0 == "the" }.joined(separator: " ") }
        let bare = strip(name)
        return !bare.isEmpty && (strip(site) == bare || strip(site).hasSuffix(" " + bare))
    }

    /// The words of a name without a leading "the", as the directory keys organisations.
    private func nameKey(_ name: Range<Int>) -> [WordID] {
        name.drop { words.is($0, .the) }.filter { words.isA($0, .wordOrNumber) }.map { words.stems[$0] }
    }

    /// Whether a source's name describes rather than names: a word of it is in lower case
    /// ("a senior official", "two people"), where a proper name capitalises every word.
    private func isDescription(_ name: Range<Int>) -> Bool {
        name.contains { words.isWord($0) && !words.isCapitalized($0) && !words.has($0, .particle) }
    }

    /// Whether the words after a mention, up to a dozen in its sentence, leave the source
    /// unnamed on purpose ("…, who asked not to be named,").
    private func isFollowedByAnonymity(_ mention: TextRange) -> Bool {
        guard let start = words.firstToken(atOrAfter: mention.end) else { return false }
        let sentence = words.sentenceTokens(of: max(0, start - 1))
        let end = min(sentence.upperBound, start + 12)
        guard start < end else { return false }
        return anonymity.containsMarker((start..<end).filter { words.isWord($0) })
    }

    /// The role a source's name itself states ("Ruritania's tax commissioner", "a spokesperson
    /// for the port"), when its head is a role and it names nobody.
    private func roleInName(_ name: Range<Int>) -> Role? {
        let tokens = name.filter { words.isA($0, .wordOrNumber) }
        guard let last = tokens.last, !words.has(last, [.groupNoun, .collectiveNoun]),
              !tokens.contains(where: { words.isCapitalized($0) && !words.isA($0, .possessive) && !roles.isFunctionWord($0)
                  && !words.has($0, [.roleNoun, .roleModifier, .nationality]) }) else { return nil }
        return roles.parse(tokens)
    }

    // MARK: Interviewers

    /// The sources to leave out: media and organisations quoted nowhere and named only as the
    /// article's site or as the one told ("told the Harbour Gazette").
    func interviewers(in sources: [Source], quoted: Set<Int>) -> Set<Int> {
        let site = words.text.article.site?.lowercased()
        return Set(sources.indices.filter { index in
            let source = sources[index]
            guard !quoted.contains(index), source.kind == .media || source.kind == .organization else { return false }
            if let site, source.name.lowercased() == site { return true }
            return !source.mentions.isEmpty && source.mentions.allSatisfy { isInterviewer($0.range) }
        })
    }

    private func isInterviewer(_ mention: TextRange) -> Bool {
        guard let token = words.firstToken(atOrAfter: mention.start) else { return false }
        var before = token - 1
        if before >= 0, words.is(before, .the) { before -= 1 }
        guard before >= 0, words.isWord(before) else { return false }
        if [Keyword.told, .tells, .telling, .tell].contains(where: { words.is(before, $0) }) { return true }
        guard words.is(before, .to) || words.is(before, .with), before >= 1 else { return false }
        let speaking: [Keyword] = [.said, .says, .spoke, .speaking, .talked, .talking, .explained, .interview, .conversation, .wrote]
        return speaking.contains { words.is(before - 1, $0) }
    }
}

extension ArticleWords {
    /// The first token that starts at or after `offset`, by binary search.
    func firstToken(atOrAfter offset: Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if text.tokens[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low < count ? low : nil
    }
}
