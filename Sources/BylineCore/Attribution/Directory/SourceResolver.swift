/// A source as the analysis gathers it, before its profile is complete.
struct SourceDraft: Sendable {
    /// The canonical name.
    var name: String
    /// Where that name is written, when it is a span of the article.
    var nameTokens: Range<Int>?
    /// What sort of thing the source is, as far as its phrase tells.
    var kind: Source.Kind
    /// The directory's person, for a person the article names.
    var person: Int?
    /// Where the article names the source, in the order found.
    var mentions: [TextRange] = []
}

/// Resolves the phrases that name speakers and the sources of claims to the sources of the
/// analysis, in text order: one source per real-world source, however many ways the article
/// names it ("Ada Okafor", "Okafor", "she", "the minister").
struct SourceResolver {
    let words: ArticleWords
    private let phrases: PhraseReader
    private(set) var directory: Directory
    private(set) var drafts: [SourceDraft] = []
    private var indexByKey: [String: Int] = [:]
    private var personSource: [Int: Int] = [:]
    /// The ranges of each source's mentions, to keep them unique.
    private var mentionRanges: [Int: Set<TextRange>] = [:]
    /// The last source of organisation, group, medium or document kind, for "they" and "it".
    private var lastCollective: Int?
    /// The last source named by a description, by its head noun: "the official" after "a
    /// senior official at the ministry, who asked not to be named,".
    private var describedByHead: [WordID: Int] = [:]
    /// The last person the article names only by a description ("a senior official at the
    /// ministry"), where, and the gender the pronouns of its sentence give it: "he" may
    /// stand for that person in the sentences that follow.
    private var lastDescribedPerson: (source: Int, token: Int, gender: Gender?)?

    init(words: ArticleWords, directory: Directory) {
        self.words = words
        phrases = PhraseReader(words: words)
        self.directory = directory
    }

    /// The public quote for `found`, resolving its speaker.
    mutating func quote(for found: Attribution, in all: [Attribution]) -> Quote {
        let cue = found.cue.map { words.text.mention(words.range($0.tokens)) }
        if let inherited = found.inheritsFrom {
            // A continuation in the paragraph of the quote it continues is named where that
            // quote names its speaker: the nearest words naming it.
            let speaker = all[inherited].speaker
            let source = speaker.flatMap { sourceIndex(for: $0) }
            let sameParagraph = all[inherited].paragraphIndex == found.paragraphIndex
            let mention = sameParagraph ? speaker.map { words.text.mention(words.range($0.tokens)) } : nil
            return Quote(range: found.range, kind: found.kind, cue: nil, sourceIndex: source, speakerMention: mention)
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

    /// The source a phrase names, created on first use. The same phrase always gives the same
    /// source.
    mutating func sourceIndex(for speaker: SourcePhrase) -> Int? {
        let range = words.range(speaker.tokens)
        switch speaker.form {
        case .pronoun:
            return pronounSource(speaker, range: range)
        case .name:
            if let mention = directory.nameMention(speaker.head) {
                if mention.kind == .person, let person = directory.person(for: mention) {
                    directory.noteSpeaker(person, at: speaker.head.lowerBound)
                    return source(forPerson: person)
                }
                if mention.kind == .person {
                    return source(named: words.text.string(mention.nameRange(in: words)), tokens: speaker.head, kind: .person, mention: range)
                }
                return collective(source(named: words.string(speaker.head), tokens: speaker.head, kind: mention.kind, mention: range))
            }
            return descriptionSource(speaker, range: range)
        case .description:
            return descriptionSource(speaker, range: range)
        }
    }

    private mutating func descriptionSource(_ speaker: SourcePhrase, range: TextRange) -> Int? {
        let head = speaker.headWord
        if let person = namedInNextSentence(speaker) {
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        if let resolved = definiteDescription(speaker, head: head, range: range) { return resolved }
        let kind = Self.kind(ofNounHead: head, in: words)
        let index = source(named: words.text.string(range), tokens: speaker.tokens, kind: kind, mention: range)
        describedByHead[words.stems[head]] = index
        guard kind == .person else { return collective(index) }
        lastDescribedPerson = (index, speaker.tokens.lowerBound, pronounGender(after: speaker))
        return index
    }

    /// The gender of the first "he" or "she" outside quotations after a phrase in its own
    /// sentence ("a senior official, who asked not to be named because he …").
    private func pronounGender(after phrase: SourcePhrase) -> Gender? {
        let sentenceEnd = words.sentenceTokens(of: phrase.headWord).upperBound
        for index in phrase.tokens.upperBound..<sentenceEnd where !words.isQuoted(index) && words.has(index, .genderedPronoun) {
            return Lexicon.gender(words.ids[index])
        }
        return nil
    }

    /// The person named only by a description who a "he" or "she" at `token` stands for: one
    /// described in this paragraph or the one before, after any person the article names, and
    /// of that gender or of none known.
    private func describedPerson(for token: Int, gender: Gender) -> Int? {
        guard let described = lastDescribedPerson, described.gender == nil || described.gender == gender,
              words.paragraphIndex(of: token) - words.paragraphIndex(of: described.token) <= 1,
              described.token > directory.lastPersonToken(before: token) ?? -1 else { return nil }
        return described.source
    }

    /// The kind a common noun phrase suggests, from its head noun.
    static func kind(ofNounHead head: Int, in words: ArticleWords) -> Source.Kind {
        if words.has(head, .spokespersonNoun) { return .person }
        if words.has(head, .documentNoun) { return .document }
        if words.has(head, .mediaNoun) { return .media }
        if words.has(head, .organizationNoun) { return .organization }
        if words.has(head, [.groupNoun, .collectiveNoun]) || words.spelling(head).hasSuffix("s") { return .group }
        return .person
    }

    /// The person a description opening its sentence stands for when the next sentence opens
    /// with a person's name, as news ledes do ("A local hockey coach says … . Jo Lee said …").
    private func namedInNextSentence(_ speaker: SourcePhrase) -> Int? {
        let first = speaker.head.lowerBound
        let sentence = words.sentenceOfToken[first]
        guard [Keyword.a, .an, .the, .one].contains(where: { words.is(first, $0) }),
              Self.kind(ofNounHead: speaker.headWord, in: words) == .person, words.isA(first, .sentenceStart),
              sentence + 1 < words.text.sentences.count,
              words.text.sentences[sentence + 1].paragraphIndex - words.text.sentences[sentence].paragraphIndex <= 1 else { return nil }
        return directory.namedSubject(ofSentence: sentence + 1)
    }

    /// The source "the mayor" or "the company" stands for: the person last named with that
    /// title, or the organisation last named, when the article names one.
    private mutating func definiteDescription(_ speaker: SourcePhrase, head: Int, range: TextRange) -> Int? {
        let first = speaker.head.lowerBound
        guard words.is(first, .the) || words.is(first, .this) else { return nil }
        if let described = describedByHead[words.stems[head]] {
            addMention(range, to: described)
            return described
        }
        let isTitle = words.has(head, .title)
        if !isTitle, !phrases.isSpeakerNoun(head), !words.has(head, .vehicleNoun), let person = directory.lastNamedPerson(before: first) {
            // "the affable proprietor", "the bow-tied maverick": an epithet for the person the
            // article is about.
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        // Only "the mayor", or "the veteran mayor": "the national government of Ruritania"
        // describes more than it refers.
        guard speaker.head.count == 2 || (speaker.head.count <= 4 && speaker.head.dropFirst().dropLast().allSatisfy({
            words.isWord($0) && !words.isCapitalized($0) && Lexicon.facts(words.ids[$0]).isDisjoint(with: .functionWord)
        })) else { return nil }
        if isTitle, let person = directory.person(withRole: words.ids[head], before: first)
            ?? (words.has(head, .kinNoun) ? nil : directory.lastNamedPerson(before: first)) {
            // With no one named by that title, "the mayor" is the person the article is
            // following, as with any other epithet.
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        guard words.has(head, .organizationNoun) else { return nil }
        let isBare = speaker.head.count == 2
        if let name = directory.organization(before: first, head: words.stems[head], fallingBackToSubject: isBare) {
            return collective(source(named: words.string(name), tokens: name, kind: NameKinds.kind(ofName: Array(name), in: words), mention: range))
        }
        // "the ministry" after "the environment ministry": the fuller description named before.
        if isBare, let described = directory.organizationDescription(before: first, head: words.stems[head]) {
            let name = words.string(described.dropFirst(words.has(described.lowerBound, .determiner) ? 1 : 0))
            return collective(source(named: name, tokens: described, kind: .organization, mention: range))
        }
        return nil
    }

    private mutating func collective(_ index: Int) -> Int {
        lastCollective = index
        return index
    }

    private mutating func pronounSource(_ speaker: SourcePhrase, range: TextRange) -> Int? {
        let token = speaker.head.lowerBound
        if words.has(token, .genderedPronoun), let gender = Lexicon.gender(words.ids[token]) {
            if let described = describedPerson(for: token, gender: gender) {
                addMention(range, to: described)
                return described
            }
        }
        if words.has(token, .genderedPronoun), let gender = Lexicon.gender(words.ids[token]),
           let person = directory.resolvePronoun(at: token, gender: gender) {
            directory.addMention(range, to: person)
            let index = source(forPerson: person)
            addMention(range, to: index)
            return index
        }
        let isThey = words.is(token, .they)
        if isThey, let group = pluralSubject(before: token) {
            return collective(source(named: words.string(group.tokens), tokens: group.tokens, kind: .group, mention: range))
        }
        if words.is(token, .it) || isThey, let name = directory.organization(before: token, head: nil, fallingBackToSubject: true) {
            return collective(source(named: words.string(name), tokens: name, kind: .organization, mention: range))
        }
        if isThey || words.is(token, .it) || words.is(token, .we), let collective = lastCollective {
            addMention(range, to: collective)
            return collective
        }
        let kind: Source.Kind = words.has(token, .genderedPronoun) ? .person : .group
        return source(named: words.text.string(range), tokens: speaker.tokens, kind: kind, mention: range)
    }

    /// The plural noun phrase that opens the sentence of `token` or the one before it
    /// ("Residents packed the hall. They said …", "Growers in the valley are worried, and they
    /// say …"): its head is a plural noun among its first words, before any verb.
    private func pluralSubject(before token: Int) -> SourcePhrase? {
        let sentence = words.sentenceOfToken[token]
        for index in [sentence, sentence - 1] where index >= 0 {
            let tokens = words.text.sentences[index].tokenRange
            guard tokens.lowerBound < token else { continue }
            var head = tokens.lowerBound
            while head < min(token, tokens.lowerBound + 5), words.isWord(head), !isPluralNoun(head) {
                if words.has(head, [.auxiliary, .subjectPronoun, .coordinator, .subordinator]) || words.reportingLemma(head) != nil { break }
                head += 1
            }
            guard head < token, isPluralNoun(head) else { continue }
            var end = head + 1
            // "Growers in the valley": a short prepositional tail belongs to the phrase.
            if end + 1 < token, words.is(end, .in) || words.is(end, .of) || words.is(end, .from) {
                var tail = end + 1
                while tail < min(token, end + 4), words.isWord(tail), !words.has(tail, [.auxiliary, .coordinator]) { tail += 1 }
                end = tail
            }
            return SourcePhrase(tokens: tokens.lowerBound..<end, head: tokens.lowerBound..<(head + 1), form: .description)
        }
        return nil
    }

    /// Whether a word is a plural noun of people or of a group: listed as one, or ending in
    /// "-s" or "-men" when the lexicon knows it as no other word.
    private func isPluralNoun(_ index: Int) -> Bool {
        guard words.isWord(index), !words.isA(index, .possessive) else { return false }
        if words.has(index, .groupNoun) { return true }
        guard Lexicon.facts(words.ids[index]).isEmpty, !words.isCapitalized(index) || words.isCapitalizedOpener(index) else { return false }
        let spelling = words.spelling(index)
        return (spelling.hasSuffix("s") && !spelling.hasSuffix("ss") && !spelling.hasSuffix("us") && !spelling.hasSuffix("is")) || spelling.hasSuffix("men")
    }

    /// The source of the directory's person `person`, created on first use.
    mutating func source(forPerson person: Int) -> Int {
        if let index = personSource[person] { return index }
        let record = directory.people[person]
        drafts.append(SourceDraft(name: record.name, nameTokens: record.nameTokens.first, kind: .person, person: person, mentions: record.mentions))
        personSource[person] = drafts.count - 1
        mentionRanges[drafts.count - 1] = Set(record.mentions)
        return drafts.count - 1
    }

    /// The source named `name`, created on first use.
    mutating func source(named name: String, tokens: Range<Int>?, kind: Source.Kind, mention: TextRange?) -> Int {
        let key = Self.key(of: name)
        if let index = indexByKey[key] {
            if let mention { addMention(mention, to: index) }
            return index
        }
        drafts.append(SourceDraft(name: name, nameTokens: tokens, kind: kind))
        indexByKey[key] = drafts.count - 1
        if let mention { addMention(mention, to: drafts.count - 1) }
        return drafts.count - 1
    }

    /// The key under which a source's name is one source: lower case, without a leading
    /// "the" and a possessive ending ("The Harbour Board's" and "Harbour Board" are one).
    static func key(of name: String) -> String {
        var key = Lexicon.fold(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        if key.hasSuffix("'s") { key.removeLast(2) } else if key.hasSuffix("s'") { key.removeLast() }
        return key
    }

    /// Adds a mention to a source unless it is there already.
    mutating func addMention(_ range: TextRange, to index: Int) {
        guard mentionRanges[index, default: []].insert(range).inserted else { return }
        drafts[index].mentions.append(range)
    }
}
