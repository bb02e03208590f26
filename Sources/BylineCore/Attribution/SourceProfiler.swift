/// Completes each source's profile: every mention, role and affiliation, kind and class.
///
/// Roles come from appositions ("Jane Roe, an economist at the central bank,"), titles before
/// a name ("Finance Minister Jane Roe") and descriptions ("Roe, who chairs the Senate Budget
/// Committee"). People the article names with a role are profiled as sources even when they
/// are not quoted: they are the actors whose statements and documents claims rest on. The
/// publication named as the interviewer ("told The Daily Planet") is removed.
public enum SourceProfiler {
    /// Fills in the profiles of `analysis.sources` from the evidence in `text`.
    public static func profile(_ analysis: inout Analysis, in text: AnalysisText) {
        profile(&analysis, words: SentenceWords(text))
    }

    /// Fills in the profiles of `analysis.sources` from the already scanned `words`.
    static func profile(_ analysis: inout Analysis, words: SentenceWords) {
        for index in analysis.sources.indices {
            analysis.sources[index].name = NameForms.strippingTitle(analysis.sources[index].name)
        }
        SourceIndexRemapper.mergeSameNames(in: &analysis)
        addTitledPeople(to: &analysis, words: words)
        let shortForms = NameForms.shortForms(of: analysis.sources, personNames: words.personNames)
        let roles = RoleFinder(words: words)
        for index in analysis.sources.indices {
            var source = analysis.sources[index]
            let positions = NameForms.positions(of: source, shortForms: shortForms[index] ?? [], words: words)
            source.mentions = merged(source.mentions, positions.map { words.text.mention(words.range(of: $0)) })
            // Media, organisations, documents and groups hold no personal title ("the official
            // Ruritanian News Agency").
            let kindByName = SourceClassifier.classify(name: source.name, role: nil)?.kind ?? .person
            let role = kindByName == .person ? positions.lazy.compactMap(roles.role(at:)).first ?? roleInName(source.name) : nil
            if let role {
                source.role = role.role
                source.affiliation = role.affiliation
            }
            var mentionTexts = Array(Set(source.mentions.lazy.map(\.text).filter { $0 != source.name }))
            if !words.personNames.isPersonName(source.name), isDescription(source.name) {
                // "a senior official, who asked not to be named," "two people briefed on the talks";
                // a source with a proper name ("Meridian Press Agency reported, citing people
                // familiar with …") is named, whatever its own sources are.
                mentionTexts += source.mentions.prefix(4).compactMap { words.clause(after: $0.range) }
            }
            let guess = SourceClassifier.classify(name: source.name, role: role, mentions: mentionTexts)
            let isDefaultGuess = guess.map { $0.kind == .person && $0.sourceClass == .other && role == nil } ?? false
            if let found = guess, !(isDefaultGuess && source.kind != .person) {
                source.kind = found.kind
                source.sourceClass = found.sourceClass
            }
            analysis.sources[index] = source
        }
        InterviewerFilter.removeInterviewers(from: &analysis, words: words)
    }

    /// Whether a source's name describes rather than names: a word of it is in lower case
    /// ("a senior official", "Two people"), where a proper name capitalises every word.
    private static func isDescription(_ name: String) -> Bool {
        name.split(separator: " ").contains { $0.first?.isLowercase == true }
    }

    /// The role a source's name itself states ("Ruritania's tax commissioner", "a spokesperson
    /// for the port"), when its head is a role and it names nobody.
    private static func roleInName(_ name: String) -> RoleDescription? {
        let length = name.unicodeScalars.count
        let text = AnalysisText(Article(text: name, paragraphs: [Paragraph(range: TextRange(start: 0, end: length))]))
        guard let words = SentenceWords(text).sentences.first, let last = words.last,
              !SourceClassifier.isGroupNoun(last.folded),
              !words.contains(where: { $0.isWord && $0.isCapitalized && TitledPersonFinder.isNameWord($0) && RoleParser.possessive($0) == nil })
        else { return nil }
        return RoleParser.parse(words, in: text)
    }

    /// Adds every person named with a role, or joins them to the source that already names them.
    private static func addTitledPeople(to analysis: inout Analysis, words: SentenceWords) {
        var directory = SourceDirectory(analysis.sources, personNames: words.personNames)
        var found: [Int: [Mention]] = [:]
        var matched: [String: Int?] = [:]
        for person in TitledPersonFinder(words: words).people() {
            let match = matched[person.name] ?? directory.matching(person.name)
            matched[person.name] = match
            if let index = match {
                if NameForms.isShortForm(analysis.sources[index].name, of: person.name, personNames: words.personNames) {
                    analysis.sources[index].name = person.name
                    directory.add(person.name, at: index)
                    matched = [:]
                }
                found[index, default: []].append(person.mention)
                continue
            }
            // A lone word after a title ("Prince George", "King James") may be a place or a
            // book: it only joins a source the article already has.
            guard NameForms.words(of: person.name).count > 1 else { continue }
            let sourceClass = SourceClassifier.roleClass(person.role)
            analysis.sources.append(Source(name: person.name, kind: .person, sourceClass: sourceClass, mentions: [person.mention]))
            directory.add(person.name, at: analysis.sources.count - 1)
            matched = [:]
        }
        for (index, mentions) in found {
            analysis.sources[index].mentions = merged(analysis.sources[index].mentions, mentions)
        }
    }

    /// `existing` mentions with the `found` ones that overlap none of them, in text order.
    /// Linear after sorting.
    static func merged(_ existing: [Mention], _ found: [Mention]) -> [Mention] {
        let existing = existing.sorted { $0.range < $1.range }
        var kept: [Mention] = []
        var cursor = 0
        for mention in found.sorted(by: { $0.range < $1.range }) {
            while cursor < existing.count, existing[cursor].range.end <= mention.range.start { cursor += 1 }
            let overlapsExisting = cursor < existing.count && existing[cursor].range.start < mention.range.end
            let overlapsKept = kept.last.map { $0.range.overlaps(mention.range) } ?? false
            if !overlapsExisting, !overlapsKept { kept.append(mention) }
        }
        return (existing + kept).sorted { $0.range < $1.range }
    }
}
