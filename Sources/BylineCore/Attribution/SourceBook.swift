/// Collects the sources of an article while quotes are resolved: one source per real-world
/// speaker, however many ways the article names them.
struct SourceBook {
    private let words: TokenWords
    private var resolver: NameResolver
    private(set) var sources: [Source] = []
    private var indexByKey: [String: Int] = [:]
    private var personSource: [Int: Int] = [:]
    /// The ranges of each source's mentions, to keep them unique.
    private var mentionRanges: [Int: Set<TextRange>] = [:]
    /// The last source of organisation, group, medium or document kind, for "they" and "it".
    private var lastCollective: Int?

    init(words: TokenWords) {
        self.words = words
        resolver = NameResolver(words: words)
    }

    /// The public quote for `found`, resolving its speaker.
    mutating func quote(for found: FoundQuote, in all: [FoundQuote]) -> Quote {
        let cue = found.cue.map { words.text.mention(words.range($0.tokens)) }
        if let inherited = found.inheritsFrom {
            let target = all[inherited]
            let source = target.speaker.flatMap { sourceIndex(for: $0) }
            return Quote(range: found.range, kind: found.kind, cue: nil, sourceIndex: source, speakerMention: nil)
        }
        guard let speaker = found.speaker else {
            return Quote(range: found.range, kind: found.kind, cue: cue, sourceIndex: nil, speakerMention: nil)
        }
        let source = sourceIndex(for: speaker)
        // An introduced speaker is named elsewhere, not next to the quote.
        let named = found.cue != nil || found.introducedInSentence
        let mention = named ? words.text.mention(words.range(speaker.tokens)) : nil
        return Quote(range: found.range, kind: found.kind, cue: cue, sourceIndex: source, speakerMention: mention)
    }

    /// The source a speaker phrase names, created on first use. The same phrase always gives
    /// the same source.
    private mutating func sourceIndex(for speaker: SpeakerPhrase) -> Int? {
        let range = words.range(speaker.tokens)
        switch speaker.form {
        case .pronoun:
            return pronounSource(speaker, range: range)
        case .name:
            if let mention = resolver.nameMention(speaker.head) {
                let kind = mention.kind
                if kind == .person, let person = resolver.person(for: mention) {
                    resolver.noteSpeaker(person, at: speaker.head.lowerBound)
                    return source(forPerson: person)
                }
                if kind == .person {
                    return source(named: mention.words.joined(separator: " "), kind: .person, mention: range)
                }
                return collective(source(named: words.text.string(words.range(speaker.head)), kind: kind, mention: range))
            }
            fallthrough
        case .nounPhrase:
            let head = words.lowered[speaker.head.upperBound - 1]
            if let person = namedInNextSentence(speaker, head: head) {
                let index = source(forPerson: person)
                addMention(range, to: index)
                return index
            }
            if let resolved = definiteDescription(speaker, head: head, range: range) { return resolved }
            let kind = SourceKinds.kind(ofNounHead: head)
            let index = source(named: words.text.string(range), kind: kind, mention: range)
            return kind == .person ? index : collective(index)
        }
    }

    /// The person a description opening its sentence stands for when the next sentence opens
    /// with a person's name, as news ledes do ("A local hockey coach says … . Jo Lee said …").
    private func namedInNextSentence(_ speaker: SpeakerPhrase, head: String) -> Int? {
        let first = speaker.head.lowerBound
        let sentence = words.sentenceOfToken[first]
        guard Self.describingDeterminers.contains(words.lowered[first]), SourceKinds.kind(ofNounHead: head) == .person,
              words.text.sentences[sentence].tokenRange.lowerBound == first, sentence + 1 < words.text.sentences.count,
              words.text.sentences[sentence + 1].paragraphIndex - words.text.sentences[sentence].paragraphIndex <= 1 else { return nil }
        return resolver.namedSubject(ofSentence: sentence + 1)
    }

    /// The words that open a description of one person ("a local coach", "the former clerk",
    /// "one former director").
    private static let describingDeterminers: Set<String> = ["a", "an", "the", "one"]

    /// The source "the mayor" or "the company" stands for: the person last named with that
    /// title, or the organisation last named, when the article names one.
    private mutating func definiteDescription(_ speaker: SpeakerPhrase, head: String, range: TextRange) -> Int? {
        let first = words.lowered[speaker.head.lowerBound]
        guard first == "the" || first == "this" else { return nil }
        let token = speaker.head.lowerBound
        if !NameWords.lowercaseTitles.contains(head), !isKnownNoun(head), let person = resolver.lastNamedPerson(before: token) {
            // "the affable proprietor", "the bow-tied maverick": an epithet for the person the
            // article is about.
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        // Only a bare "the mayor": "the Canadian government" describes more than it refers.
        guard speaker.head.count == 2 else { return nil }
        if NameWords.lowercaseTitles.contains(head),
           let person = resolver.person(withRole: head, before: token) ?? (Self.kinTitles.contains(head) ? nil : resolver.lastNamedPerson(before: token)) {
            // With no one named by that title, "the mayor" is the person the article is
            // following, as with any other epithet.
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        if AttributionNouns.organizations.contains(head), let name = resolver.organization(before: token, head: head) {
            return collective(source(named: name, kind: SourceKinds.kind(ofName: [name]) == .media ? .media : .organization, mention: range))
        }
        return nil
    }

    /// Titles of clergy that are also words of kin ("the father" of a victim).
    private static let kinTitles: Set<String> = ["father", "mother", "sister", "brother"]

    private func isKnownNoun(_ word: String) -> Bool {
        AttributionNouns.groups.contains(word) || AttributionNouns.organizations.contains(word)
            || AttributionNouns.documents.contains(word) || AttributionNouns.media.contains(word)
            || AttributionNouns.spokespeople.contains(word) || AttributionNouns.vehicles.contains(word)
    }

    private mutating func collective(_ index: Int) -> Int {
        lastCollective = index
        return index
    }

    private mutating func pronounSource(_ speaker: SpeakerPhrase, range: TextRange) -> Int? {
        let token = speaker.head.lowerBound
        let word = words.lowered[token]
        if let gender = NameWords.genderedPronouns[word], let person = resolver.resolvePronoun(at: token, gender: gender) {
            resolver.addMention(range, to: person)
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        if word == "they", let group = pluralSubject(before: token) {
            return collective(source(named: words.text.string(words.range(group.tokens)), kind: .group, mention: range))
        }
        if word == "it" || word == "they", let name = resolver.organization(before: token, head: nil) {
            return collective(source(named: name, kind: .organization, mention: range))
        }
        if word == "they" || word == "it" || word == "we", let collective = lastCollective {
            addMention(range, to: collective)
            return collective
        }
        let kind: Source.Kind = NameWords.genderedPronouns[word] == nil ? .group : .person
        return source(named: words.text.string(range), kind: kind, mention: range)
    }

    /// The plural noun phrase that opens the sentence of `token` or the one before it
    /// ("Republican senators … and they say", "Authorities described … They said").
    private func pluralSubject(before token: Int) -> SpeakerPhrase? {
        let finder = SpeakerFinder(words: words)
        let sentence = words.sentenceOfToken[token]
        for index in [sentence, sentence - 1] where index >= 0 {
            let start = words.text.sentences[index].tokenRange.lowerBound
            guard start < token, let phrase = finder.phrase(startingAt: start, upperBound: token),
                  phrase.tokens.upperBound <= token else { continue }
            let head = words.lowered[phrase.head.upperBound - 1]
            let plural = head.hasSuffix("s") && !head.hasSuffix("ss") && !head.endsInPossessive
            if plural, phrase.form != .pronoun, AttributionNouns.groups.contains(head) || phrase.form == .nounPhrase {
                return phrase
            }
        }
        return nil
    }

    private mutating func source(forPerson person: Int) -> Int {
        if let index = personSource[person] { return index }
        let record = resolver.people[person]
        let mentions = record.mentions.sorted().map { words.text.mention($0) }
        sources.append(Source(name: record.name, kind: .person, sourceClass: .other, mentions: mentions))
        personSource[person] = sources.count - 1
        mentionRanges[sources.count - 1] = Set(record.mentions)
        return sources.count - 1
    }

    private mutating func source(named name: String, kind: Source.Kind, mention: TextRange) -> Int {
        let key = name.lowercased()
        if let index = indexByKey[key] {
            addMention(mention, to: index)
            return index
        }
        sources.append(Source(name: name, kind: kind, sourceClass: .other, mentions: []))
        indexByKey[key] = sources.count - 1
        addMention(mention, to: sources.count - 1)
        return sources.count - 1
    }

    /// Adds a mention to a source unless it is there already.
    private mutating func addMention(_ range: TextRange, to index: Int) {
        guard mentionRanges[index, default: []].insert(range).inserted else { return }
        sources[index].mentions.append(words.text.mention(range))
    }
}
