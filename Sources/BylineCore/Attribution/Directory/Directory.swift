/// One person the article names: every mention of them, by full name, surname or title,
/// joined into one entry.
struct Person: Sendable {
    /// The words of the fullest form of the name.
    var words: [WordID]
    /// The text of that form, as written.
    var name: String
    /// The gender the article's evidence gives: an honorific, a title, the pronouns that
    /// follow the name, else a common given name.
    var gender: Gender?
    /// Where the article names the person, by name or otherwise.
    var mentions: [TextRange]
    /// The tokens of each name mention outside quotations, titles left out: where the article
    /// may give the person a role.
    var nameTokens: [Range<Int>] = []
}

/// The people and organisations an article names, built once from its name mentions, and the
/// timelines that resolve pronouns, surnames, titles and descriptions to them.
///
/// News names a person in full once and then by surname, title or pronoun; an organisation by
/// name and then as "the company" or "it". The directory keeps, in text order, where each
/// person is named and whether as a sentence's subject, where each title stands before a
/// name, and where each organisation is named.
struct Directory {
    /// A person named at a token.
    private struct Occurrence {
        var token: Int
        var person: Int
        var isSubject: Bool
    }

    /// An organisation named at a token.
    private struct OrganizationOccurrence {
        var token: Int
        /// The tokens of the name, without a possessive.
        var name: Range<Int>
        var opensSentence: Bool
        /// What the name suggests: an organisation, a medium, or a name of no person the
        /// article knows ("Northwind").
        var kind: Source.Kind
        /// Whether the name stands where an organisation can be referred back to: in prose,
        /// not in brackets (a photo credit) nor in a heading or caption.
        var isReferable: Bool
    }

    private(set) var people: [Person] = []
    /// The person of each name mention, in text order.
    private var timeline: [Occurrence] = []
    /// The people named as speakers by the quote stage, in text order.
    private var speakerTimeline: [Occurrence] = []
    /// Organisations named, in text order.
    private var organizationTimeline: [OrganizationOccurrence] = []
    /// The tokens of `organizationTimeline`.
    private var organizationTokens: [Int] = []
    /// The names of organisations by their words.
    private var organizationsByName: [[WordID]: [Range<Int>]] = [:]
    /// Lower-case descriptions of organisations with modifiers ("the environment ministry"),
    /// by head noun, in text order.
    private var organizationDescriptions: [WordID: [Range<Int>]] = [:]
    /// For each role word before a name ("mayor", "minister"), the people it precedes, in text order.
    private var roleTimeline: [WordID: [Occurrence]] = [:]
    /// People with a full name, by its first and its last word.
    private var fullNamesByWord: [WordID: [Int]] = [:]
    /// Of the people under each word of `fullNamesByWord`, the one the article names first,
    /// with the token where it does: what `closest` picks, kept so that a one-word name
    /// costs one look-up however many people share the word.
    private var firstNamedByWord: [WordID: (person: Int, token: Int)] = [:]
    /// The first person registered with a full name that ends in each shorter name
    /// ("Ana Paz" for "Paz" when registering "Rita Ana Paz" first): a shorter name is that
    /// person, found without comparing it with everyone sharing its last word.
    private var personByNameEnding: [[WordID]: Int] = [:]
    /// Each person by the words of every form of their name.
    private var personByName: [[WordID]: Int] = [:]
    private let words: ArticleWords
    private let reader: NameMentionReader

    /// The directory of the names of `words`.
    init(words: ArticleWords) {
        self.words = words
        reader = NameMentionReader(words: words)
        let mentions = reader.mentions()
        for mention in mentions where mention.kind != .person {
            organizationTimeline.append(organizationOccurrence(mention))
        }
        let personMentions = mentions.filter { $0.kind == .person }
        registerFullNames(personMentions)
        for mention in personMentions {
            let token = mention.tokens.lowerBound
            guard let person = person(named: mention, creating: mention.hasTitle) else {
                organizationTimeline.append(organizationOccurrence(mention))
                continue
            }
            for role in mention.roleWords + (appositiveRole(after: mention).map { [$0] } ?? []) {
                roleTimeline[role, default: []].append(Occurrence(token: token, person: person, isSubject: mention.isSubject))
            }
            people[person].mentions.append(mention.nameRange(in: words))
            if let first = mention.nameTokens.first, let last = mention.nameTokens.last {
                people[person].nameTokens.append(first..<(last + 1))
            }
            if let gender = mention.gender { people[person].gender = gender }
            timeline.append(Occurrence(token: token, person: person, isSubject: mention.isSubject))
            noteMention(of: person, at: token)
        }
        assignGenders()
        organizationTimeline.sort { $0.token < $1.token }
        organizationTokens = organizationTimeline.map(\.token)
        for entry in organizationTimeline {
            organizationsByName[entry.name.map { words.stems[$0] }, default: []].append(entry.name)
        }
        addQuotedMentions()
        collectOrganizationDescriptions()
    }

    /// Indexes every lower-case description of an organisation that a later bare "the X" may
    /// stand for: a determiner, one to three modifiers, and an organisation's noun.
    private mutating func collectOrganizationDescriptions() {
        for head in 0..<words.count where words.has(head, .organizationNoun) && words.isWord(head) && !words.isCapitalized(head)
            && !words.isQuoted(head) {
            var start = head - 1
            while start >= 0, head - start <= 4, words.isWord(start), !words.has(start, [.determiner, .possessivePronoun]),
                  Lexicon.facts(words.ids[start]).isDisjoint(with: [.preposition, .auxiliary, .coordinator, .relative]) {
                start -= 1
            }
            guard start >= 0, start < head - 1, words.has(start, [.determiner, .possessivePronoun]) else { continue }
            organizationDescriptions[words.stems[head], default: []].append(start..<(head + 1))
        }
    }

    /// Adds to each person the names inside quotations that can only be theirs: a speaker
    /// may name someone the article introduced ("“Okafor knows the port,” he said").
    private mutating func addQuotedMentions() {
        for mention in reader.mentions(inQuotations: true) where mention.kind == .person {
            guard let person = person(for: mention) else { continue }
            people[person].mentions.append(mention.nameRange(in: words))
        }
    }

    /// The head of a role set off after a name ("Jo Lee, a professor of economics," →
    /// "professor"), so that "the professor" can mean her.
    private func appositiveRole(after mention: NameMention) -> WordID? {
        var index = mention.tokens.upperBound
        guard index + 1 < words.count, words.isA(index, .comma), words.has(index + 1, .determiner) else { return nil }
        index += 2
        let limit = min(words.count, index + 4)
        while index < limit, words.isWord(index) {
            if words.has(index, .roleNoun) { return Lexicon.lemma(words.ids[index]) ?? words.ids[index] }
            guard words.has(index, .roleModifier) || !words.isCapitalized(index) else { return nil }
            index += 1
        }
        return nil
    }

    /// Registers the full names (two words or more) of prose, longest first, so that a
    /// shorter full name that ends a longer one ("Paz Lee" in "Ana Paz Lee") is the same
    /// person. A name that only ever opens a sentence, whose first word the article also
    /// writes in lower case, and that is another full name after that word ("Rival Ana Paz",
    /// where "rival" occurs elsewhere) is that name: the first word is the sentence's.
    /// Names in headings and captions, where every word is capitalised, register none.
    private mutating func registerFullNames(_ mentions: [NameMention]) {
        var fullNames: [NameMention] = []
        var seen = Set<[WordID]>()
        var notOpeningOnly = Set<[WordID]>()
        for mention in mentions where mention.words.count >= 2 && mention.inProse {
            if !words.isA(mention.tokens.lowerBound, .sentenceStart) { notOpeningOnly.insert(mention.words) }
            if seen.insert(mention.words).inserted { fullNames.append(mention) }
        }
        // The first words of names that open sentences only, and whether the article also
        // writes them in lower case.
        let openers = Set(fullNames.lazy.filter { $0.words.count >= 3 && !notOpeningOnly.contains($0.words) }.map { $0.words[0] })
        var lowercaseOpeners = Set<WordID>()
        if !openers.isEmpty {
            for index in 0..<words.count where words.isWord(index) && !words.isCapitalized(index) && openers.contains(words.ids[index]) {
                lowercaseOpeners.insert(words.ids[index])
            }
        }
        var aliases: [[WordID]: [WordID]] = [:]
        for mention in fullNames.sorted(by: { $0.words.count > $1.words.count }) {
            let name = mention.words
            if name.count >= 3, !notOpeningOnly.contains(name), lowercaseOpeners.contains(name[0]), seen.contains(Array(name.dropFirst())) {
                aliases[name] = Array(name.dropFirst())
                continue
            }
            WorkMeter.count(.candidatesCompared, name.count)
            if let longer = personByNameEnding[name] {
                personByName[name] = longer
                continue
            }
            personByName[name] = people.count
            for word in [name[0], name[name.count - 1]] { fullNamesByWord[word, default: []].append(people.count) }
            for length in 1..<name.count where personByNameEnding[Array(name.suffix(length))] == nil {
                personByNameEnding[Array(name.suffix(length))] = people.count
            }
            people.append(Person(words: name, name: words.text.string(mention.nameRange(in: words)), gender: nil, mentions: []))
        }
        for (name, short) in aliases { personByName[name] = personByName[short] }
    }

    /// The person a name mention refers to, creating one for a new one-word name when
    /// `creating` (a name after a title: "Mayor Lee").
    private mutating func person(named mention: NameMention, creating: Bool) -> Int? {
        if let known = person(for: mention) { return known }
        guard creating, mention.words.count == 1 else { return nil }
        personByName[mention.words] = people.count
        people.append(Person(words: mention.words, name: words.text.string(mention.nameRange(in: words)), gender: nil, mentions: []))
        return people.count - 1
    }

    /// Notes that `person` is named at `token`, for `closest`. Everyone with a name of two
    /// words or more was registered under its first and last word (`registerFullNames`).
    private mutating func noteMention(of person: Int, at token: Int) {
        let name = people[person].words
        guard name.count >= 2 else { return }
        for word in [name[0], name[name.count - 1]] where token < firstNamedByWord[word]?.token ?? .max {
            firstNamedByWord[word] = (person, token)
        }
    }

    /// Of the people a one-word name could mean (`candidates`, those under `word`), the one
    /// the article introduced first before `token` (news writing names its main subject by
    /// surname and others in full), else the first listed. The first introduced of all is
    /// the answer whenever any was introduced before `token`.
    private func closest(_ candidates: [Int], under word: WordID, to token: Int) -> Int {
        if let first = firstNamedByWord[word], first.token < token { return first.person }
        return candidates[0]
    }

    /// Gives each person the gender of the pronouns that follow their mentions, when the
    /// name itself revealed none, else the gender of a common given name.
    private mutating func assignGenders() {
        var votes: [Int: (male: Int, female: Int)] = [:]
        var cursor = 0
        var last: (person: Int, sentence: Int, ambiguous: Bool)?
        for index in 0..<words.count where !words.isQuoted(index) {
            while cursor < timeline.count, timeline[cursor].token <= index {
                let entry = timeline[cursor]
                let sentence = words.sentenceOfToken[entry.token]
                let ambiguous = last.map { $0.person != entry.person && $0.sentence == sentence } ?? false
                last = (entry.person, sentence, ambiguous)
                cursor += 1
            }
            // A possessive in an apposition ("Kofi Mensah, her neighbour,") is about someone else.
            guard words.has(index, .genderedPronoun), let gender = Lexicon.gender(words.ids[index]), let current = last,
                  !current.ambiguous, words.sentenceOfToken[index] - current.sentence <= 1, !(index > 0 && words.isA(index - 1, .comma))
            else { continue }
            // A pronoun in the name's own sentence ("Jo Lee said his team …") is firmer evidence
            // than one in the next, which may already be about someone else.
            let weight = words.sentenceOfToken[index] == current.sentence ? 2 : 1
            var vote = votes[current.person] ?? (0, 0)
            if gender == .male { vote.male += weight } else { vote.female += weight }
            votes[current.person] = vote
        }
        for (person, vote) in votes where people[person].gender == nil && vote.male != vote.female {
            people[person].gender = vote.male > vote.female ? .male : .female
        }
        for person in people.indices where people[person].gender == nil && people[person].words.count >= 2 {
            let first = people[person].words[0]
            if Lexicon.facts(first).contains(.givenName) { people[person].gender = Lexicon.gender(first) }
        }
    }

    private func organizationOccurrence(_ mention: NameMention) -> OrganizationOccurrence {
        let name = nameTokens(mention)
        let paragraph = words.paragraphTokens(of: name.lowerBound)
        let inProse = words.isProse[words.text.sentences[words.sentenceOfToken[name.lowerBound]].paragraphIndex]
        let bracketed = name.lowerBound > paragraph.lowerBound && words.isA(name.lowerBound - 1, .openBracket)
        // "the Hallfjell glacier": a name of no evident kind between an article and a common
        // noun modifies the noun.
        let next = name.upperBound
        let attributive = mention.kind == .person && name.lowerBound > 0 && words.has(name.lowerBound - 1, .determiner)
            && next < paragraph.upperBound && words.isWord(next) && !words.isCapitalized(next)
            && !words.isA(next, [.edForm, .ingForm, .lyAdverb, .apostrophe])
            && Lexicon.facts(words.ids[next]).isDisjoint(with: [.functionWord, .reportingVerb, .subjectPronoun, .interveningAdverb])
        // A lone given name ("Maria") or a country is not an organisation one refers back to.
        let isPlace = name.count == 1 && words.has(name.lowerBound, [.givenName, .countryName, .nationality, .placeWord])
        return OrganizationOccurrence(token: mention.tokens.lowerBound, name: name, opensSentence: mention.opensSentence, kind: mention.kind,
                                      isReferable: inProse && !bracketed && !isPlace && !attributive)
    }

    /// The tokens of a mention's name, titles left out.
    private func nameTokens(_ mention: NameMention) -> Range<Int> {
        guard let first = mention.nameTokens.first, let last = mention.nameTokens.last else { return mention.tokens }
        return first..<(last + 1)
    }

    // MARK: Asking the directory

    /// The name mention made of `tokens`, if they hold a name.
    func nameMention(_ tokens: Range<Int>) -> NameMention? { reader.mention(tokens) }

    /// The person a name mention refers to, if it names a person.
    func person(for mention: NameMention) -> Int? {
        WorkMeter.count(.candidatesCompared, 1)
        if mention.words.count >= 2 { return personByName[mention.words] }
        if let candidates = fullNamesByWord[mention.words[0]], !candidates.isEmpty {
            return closest(candidates, under: mention.words[0], to: mention.tokens.lowerBound)
        }
        return personByName[mention.words]
    }

    /// The person a "he" or "she" at `token` most likely stands for: the nearest sentence
    /// subject whose gender agrees or is unknown, or a speaker named since, else the nearest
    /// person of that gender.
    func resolvePronoun(at token: Int, gender: Gender) -> Int? {
        let subject = nearestSubject(at: token, gender: gender)
        // A speaker named by an earlier cue ("…, Okafor said.") is as salient as a subject.
        if let last = Self.lastIndex(before: token, in: speakerTimeline) {
            let entry = speakerTimeline[last]
            let speakerGender = people[entry.person].gender
            if speakerGender == gender || speakerGender == nil, entry.token > (subject?.token ?? -1) { return entry.person }
        }
        return subject?.person ?? fallbackPerson(at: token, gender: gender)
    }

    /// The person last named as a speaker or as a sentence's subject before `token`.
    func lastNamedPerson(before token: Int) -> Int? {
        let speaker = Self.lastIndex(before: token, in: speakerTimeline).map { speakerTimeline[$0] }
        var subject: Occurrence?
        var index = Self.lastIndex(before: token, in: timeline)
        var examined = 0
        while let current = index, current >= 0, examined < 20, subject == nil {
            if timeline[current].isSubject { subject = timeline[current] }
            index = current - 1
            examined += 1
        }
        WorkMeter.count(.candidatesCompared, examined)
        guard let speaker else { return subject?.person }
        guard let subject else { return speaker.person }
        return speaker.token > subject.token ? speaker.person : subject.person
    }

    /// The token of the last name of a person, or speaker named so, before `token`.
    func lastPersonToken(before token: Int) -> Int? {
        let named = Self.lastIndex(before: token, in: timeline).map { timeline[$0].token }
        let speaker = Self.lastIndex(before: token, in: speakerTimeline).map { speakerTimeline[$0].token }
        return [named, speaker].compactMap { $0 }.max()
    }

    /// The person named as the subject of `sentence`, if its subject is a person's name.
    func namedSubject(ofSentence sentence: Int) -> Int? {
        let range = words.text.sentences[sentence].tokenRange
        let start = Self.lastIndex(before: range.lowerBound, in: timeline).map { $0 + 1 } ?? 0
        var index = start
        defer { WorkMeter.count(.candidatesCompared, index - start + 1) }
        while index < timeline.count, timeline[index].token < range.upperBound {
            if timeline[index].isSubject { return timeline[index].person }
            index += 1
        }
        return nil
    }

    /// Records that `person` is named as a speaker at `token`. Calls come in text order.
    mutating func noteSpeaker(_ person: Int, at token: Int) {
        if let last = speakerTimeline.last, last.token >= token { return }
        speakerTimeline.append(Occurrence(token: token, person: person, isSubject: true))
    }

    /// The nearest sentence subject before `token` whose gender agrees or is unknown; but a
    /// subject whose gender is known to agree, named in the same paragraph or the one before,
    /// comes before nearer subjects of unknown gender.
    private func nearestSubject(at token: Int, gender: Gender) -> Occurrence? {
        var index = Self.lastIndex(before: token, in: timeline)
        var examined = 0
        var unknown: Occurrence?
        let paragraph = words.text.sentences[words.sentenceOfToken[token]].paragraphIndex
        defer { WorkMeter.count(.candidatesCompared, examined) }
        while let current = index, current >= 0, examined < 40 {
            let entry = timeline[current]
            let personGender = people[entry.person].gender
            if entry.isSubject, personGender == gender {
                let distance = paragraph - words.text.sentences[words.sentenceOfToken[entry.token]].paragraphIndex
                return unknown == nil || distance <= 1 ? entry : unknown
            }
            if entry.isSubject, personGender == nil, unknown == nil { unknown = entry }
            index = current - 1
            examined += 1
        }
        return unknown
    }

    /// The nearest person of that gender, else of unknown gender, when no subject fits.
    private func fallbackPerson(at token: Int, gender: Gender) -> Int? {
        var agreeing: Int?
        var unknown: Int?
        var index = Self.lastIndex(before: token, in: timeline)
        var examined = 0
        defer { WorkMeter.count(.candidatesCompared, examined) }
        while let current = index, current >= 0, examined < 40 {
            let entry = timeline[current]
            let personGender = people[entry.person].gender
            if personGender == gender {
                agreeing = agreeing ?? entry.person
            } else if personGender == nil {
                unknown = unknown ?? entry.person
            }
            index = current - 1
            examined += 1
        }
        return agreeing ?? unknown
    }

    /// The person last named with the title `role` before `token` ("the mayor" → "Mayor Jo Lee").
    func person(withRole role: WordID, before token: Int) -> Int? {
        guard let entries = roleTimeline[role], let index = Self.lastIndex(before: token, in: entries) else { return nil }
        return entries[index].person
    }

    /// The tokens of the organisation a description or pronoun at `token` refers back to:
    /// the last one named before it whose name holds the word `head` ("the board" → "Harbour
    /// Board"), else the last that opens its sentence. A medium answers only a medium's noun
    /// ("the newspaper"); names in brackets, headings and captions answer nothing.
    func organization(before token: Int, head: WordID?, fallingBackToSubject: Bool) -> Range<Int>? {
        guard let last = Self.lastIndex(before: token, in: organizationTokens) else { return nil }
        let wantsMedium = head.map { Lexicon.facts($0).contains(.mediaNoun) && !Lexicon.facts($0).contains(.organizationNoun) } ?? false
        var subject: Range<Int>?
        var index = last
        defer { WorkMeter.count(.candidatesCompared, last - index) }
        while index >= 0, last - index < 30 {
            let entry = organizationTimeline[index]
            index -= 1
            guard entry.isReferable, (entry.kind == .media) == wantsMedium || entry.kind == .person else { continue }
            if let head, entry.name.contains(where: { words.stems[$0] == head }) { return entry.name }
            if entry.opensSentence { subject = subject ?? entry.name }
        }
        return fallingBackToSubject ? subject : nil
    }

    /// The fullest lower-case description of an organisation with the head noun `head` named
    /// before `token` ("the regional transport authority" for a later "the authority").
    func organizationDescription(before token: Int, head: WordID) -> Range<Int>? {
        guard let entries = organizationDescriptions[head], let last = Self.lastIndex(before: token, count: entries.count, tokenAt: { entries[$0].upperBound - 1 })
        else { return nil }
        return entries[last]
    }

    /// Every place an organisation with the name words `name` is named.
    func organizationMentions(named name: [WordID]) -> [Range<Int>] {
        organizationsByName[name] ?? []
    }

    /// Records that a pronoun or description at `range` stands for `person`.
    mutating func addMention(_ range: TextRange, to person: Int) {
        people[person].mentions.append(range)
    }

    /// The index of the last occurrence in `entries` (sorted by token) before `token`.
    private static func lastIndex(before token: Int, in entries: [Occurrence]) -> Int? {
        lastIndex(before: token, count: entries.count) { entries[$0].token }
    }

    private static func lastIndex(before token: Int, in tokens: [Int]) -> Int? {
        lastIndex(before: token, count: tokens.count) { tokens[$0] }
    }

    private static func lastIndex(before token: Int, count: Int, tokenAt: (Int) -> Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if tokenAt(middle) < token { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }
}
