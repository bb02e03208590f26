/// Groups the names of an article into people ("Stanton" and "Mr. Stanton" are Samuel
/// Stanton) and resolves personal pronouns to them, using only the article's own evidence:
/// honorifics and gendered titles, and the pronouns that follow a person's mentions.
struct NameResolver {
    /// A person the article names.
    struct Person {
        /// The fullest form of the name ("Samuel Stanton").
        var words: [String]
        /// The gender the article reveals, if it does.
        var gender: NameWords.Gender?
        /// Every place the article names the person.
        var mentions: [TextRange]

        var name: String { words.joined(separator: " ") }
    }

    private(set) var people: [Person] = []
    /// Person mentions outside quotations, in text order: (first token, person, whether the
    /// mention is a sentence's subject).
    private var timeline: [(token: Int, person: Int, isSubject: Bool)] = []
    private var fullNamesByWord: [String: [Int]] = [:]
    /// Names of organisations and other things that are not people, in text order: (first
    /// token, the name as written, whether it opens its sentence).
    private var organizationTimeline: [(token: Int, name: String, isSubject: Bool)] = []
    /// People named as the speaker of a cue, in text order: (first token, person).
    private var speakerTimeline: [(token: Int, person: Int)] = []
    /// For each role word before a name ("mayor", "minister"), the people it precedes, in text order.
    private var roleTimeline: [String: [(token: Int, person: Int)]] = [:]
    /// Each person's index by the name's words joined with spaces.
    private var personByName: [String: Int] = [:]
    /// For each person, the first tokens of their mentions, in text order.
    private var mentionTokens: [Int: [Int]] = [:]
    private let words: TokenWords
    private let scanner: NameScanner

    init(words: TokenWords) {
        self.words = words
        scanner = NameScanner(words: words)
        let allMentions = scanner.mentions()
        for mention in allMentions where mention.kind != .person {
            organizationTimeline.append((mention.tokens.lowerBound, words.text.string(words.range(mention.tokens)), mention.opensSentence))
        }
        let mentions = allMentions.filter { $0.kind == .person }
        var byKey: [String: Int] = [:]
        // Full names, longest first, so that "Paz Akin" joins "Lorena Paz Akin".
        var fullNames: [[String]] = []
        var seen = Set<String>()
        for mention in mentions where mention.words.count >= 2 && seen.insert(mention.words.joined(separator: " ")).inserted {
            fullNames.append(mention.words)
        }
        for name in fullNames.sorted(by: { $0.count > $1.count }) {
            let key = name.joined(separator: " ")
            if let longer = fullNamesByWord[name.last!]?.first(where: { people[$0].words.count > name.count && people[$0].words.suffix(name.count) == name[...] }) {
                byKey[key] = longer
                continue
            }
            byKey[key] = people.count
            for word in [name.first!, name.last!] { fullNamesByWord[word, default: []].append(people.count) }
            people.append(Person(words: name, gender: nil, mentions: []))
        }
        var votes: [Int: (male: Int, female: Int)] = [:]
        for mention in mentions {
            let token = mention.tokens.lowerBound
            guard let person = person(named: mention.words, at: token, byKey: &byKey, creating: mention.hasTitle) else {
                organizationTimeline.append((token, words.text.string(words.range(mention.tokens)), mention.opensSentence))
                continue
            }
            for role in mention.roleWords { roleTimeline[role, default: []].append((token, person)) }
            people[person].mentions.append(words.range(mention.tokens))
            if let gender = mention.gender { people[person].gender = gender }
            timeline.append((token, person, mention.isSubject))
            mentionTokens[person, default: []].append(token)
        }
        personByName = byKey
        collectPronounVotes(into: &votes)
        for (person, vote) in votes where people[person].gender == nil && vote.male != vote.female {
            people[person].gender = vote.male > vote.female ? .male : .female
        }
        for person in people.indices where people[person].gender == nil && people[person].words.count >= 2 {
            people[person].gender = FirstNames.gender(of: people[person].words[0])
        }
        organizationTimeline.sort { $0.token < $1.token }
    }

    /// The person a name's words refer to at `token`, creating one for a new name.
    private mutating func person(named nameWords: [String], at token: Int, byKey: inout [String: Int], creating: Bool) -> Int? {
        if nameWords.count >= 2 { return byKey[nameWords.joined(separator: " ")] }
        let word = nameWords[0]
        if let candidates = fullNamesByWord[word], !candidates.isEmpty {
            return closest(candidates, to: token)
        }
        if let existing = byKey[word] { return existing }
        guard creating else { return nil }
        byKey[word] = people.count
        people.append(Person(words: nameWords, gender: nil, mentions: []))
        return people.count - 1
    }

    /// Of the people a family name could mean, the one the article introduced first (news
    /// writing names its main subject by surname and others in full), else the first listed.
    private func closest(_ candidates: [Int], to token: Int) -> Int {
        var best = candidates[0]
        var bestToken = Int.max
        for candidate in candidates {
            if let first = mentionTokens[candidate]?.first, first < token, first < bestToken {
                best = candidate
                bestToken = first
            }
        }
        return best
    }

    /// Counts, for each person, the gendered pronouns that follow a mention of them with no
    /// other person named in between, in the same or the next sentence.
    private func collectPronounVotes(into votes: inout [Int: (male: Int, female: Int)]) {
        var cursor = 0
        var last: (person: Int, sentence: Int, ambiguous: Bool)?
        for index in 0..<words.count where !words.insideQuotation[index] {
            while cursor < timeline.count, timeline[cursor].token <= index {
                let entry = timeline[cursor]
                let sentence = words.sentenceOfToken[entry.token]
                let ambiguous = last.map { $0.person != entry.person && $0.sentence == sentence } ?? false
                last = (entry.person, sentence, ambiguous)
                cursor += 1
            }
            guard words.isWord(index), Self.mayBeGenderedPronoun(words.text.scalars[words.text.tokens[index].range.start]),
                  let gender = words.loweredNameFacts(index).pronounGender, let current = last,
                  !current.ambiguous, words.sentenceOfToken[index] - current.sentence <= 1 else { continue }
            var vote = votes[current.person] ?? (0, 0)
            if gender == .male { vote.male += 1 } else { vote.female += 1 }
            votes[current.person] = vote
        }
    }

    /// Whether a word opening with `first` may be a gendered pronoun: all begin with "h" or "s".
    private static func mayBeGenderedPronoun(_ first: Unicode.Scalar) -> Bool {
        first == "h" || first == "s" || first == "H" || first == "S"
    }

    /// The person a name mention refers to, if it names a person.
    func person(for mention: LegacyNameMention) -> Int? {
        let token = mention.tokens.lowerBound
        if mention.words.count >= 2 { return personByName[mention.words.joined(separator: " ")] }
        if let candidates = fullNamesByWord[mention.words[0]], !candidates.isEmpty { return closest(candidates, to: token) }
        return personByName[mention.words[0]]
    }

    /// The person a "he" or "she" at `token` most likely stands for: the nearest sentence
    /// subject whose gender agrees or is unknown, else the nearest person of that gender.
    func resolvePronoun(at token: Int, gender: NameWords.Gender) -> Int? {
        let subject = nearestSubject(at: token, gender: gender)
        // A speaker named by an earlier cue ("…, Lohmar said.") is as salient as a subject.
        if let last = Self.lastIndex(before: token, count: speakerTimeline.count, tokenAt: { speakerTimeline[$0].token }) {
            let entry = speakerTimeline[last]
            let speakerGender = people[entry.person].gender
            if speakerGender == gender || speakerGender == nil, entry.token > (subject?.token ?? -1) { return entry.person }
        }
        return subject?.person ?? fallbackPerson(at: token, gender: gender)
    }

    /// The person last named as a speaker or as a sentence's subject before `token`.
    func lastNamedPerson(before token: Int) -> Int? {
        let speaker = Self.lastIndex(before: token, count: speakerTimeline.count) { speakerTimeline[$0].token }.map { speakerTimeline[$0] }
        var subject: (token: Int, person: Int)?
        var index = Self.lastIndex(before: token, count: timeline.count) { timeline[$0].token }
        var examined = 0
        while let current = index, current >= 0, examined < 20, subject == nil {
            if timeline[current].isSubject { subject = (timeline[current].token, timeline[current].person) }
            index = current - 1
            examined += 1
        }
        guard let speaker else { return subject?.person }
        guard let subject else { return speaker.person }
        return speaker.token > subject.token ? speaker.person : subject.person
    }

    /// The person named as the subject of `sentence`, if its subject is a person's name.
    func namedSubject(ofSentence sentence: Int) -> Int? {
        let range = words.text.sentences[sentence].tokenRange
        var index = Self.lastIndex(before: range.lowerBound, count: timeline.count) { timeline[$0].token }.map { $0 + 1 } ?? 0
        while index < timeline.count, timeline[index].token < range.upperBound {
            if timeline[index].isSubject { return timeline[index].person }
            index += 1
        }
        return nil
    }

    /// Records that `person` is named as a speaker at `token`. Calls come in text order.
    mutating func noteSpeaker(_ person: Int, at token: Int) {
        if let last = speakerTimeline.last, last.token >= token { return }
        speakerTimeline.append((token, person))
    }

    /// The nearest sentence subject before `token` whose gender agrees or is unknown.
    private func nearestSubject(at token: Int, gender: NameWords.Gender) -> (token: Int, person: Int)? {
        var index = Self.lastIndex(before: token, count: timeline.count) { timeline[$0].token }
        var examined = 0
        while let current = index, current >= 0, examined < 40 {
            let entry = timeline[current]
            let personGender = people[entry.person].gender
            if entry.isSubject, personGender == gender || personGender == nil { return (entry.token, entry.person) }
            index = current - 1
            examined += 1
        }
        return nil
    }

    /// The nearest person of that gender, else of unknown gender, when no subject fits.
    private func fallbackPerson(at token: Int, gender: NameWords.Gender) -> Int? {
        var agreeing: Int?
        var unknown: Int?
        var index = Self.lastIndex(before: token, count: timeline.count) { timeline[$0].token }
        var examined = 0
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

    /// The person last named with `role` before `token` ("the mayor" → "Mayor Doug Reyes").
    func person(withRole role: String, before token: Int) -> Int? {
        guard let entries = roleTimeline[role], let index = Self.lastIndex(before: token, count: entries.count, tokenAt: { entries[$0].token }) else { return nil }
        return entries[index].person
    }

    /// The organisation named last before `token`, preferring one whose name holds `head`
    /// ("the board" → "Parole Board") and then one that opens its sentence.
    func organization(before token: Int, head: String?) -> String? {
        guard let last = Self.lastIndex(before: token, count: organizationTimeline.count, tokenAt: { organizationTimeline[$0].token }) else { return nil }
        var subject: String?
        var index = last
        while index >= 0, last - index < 30 {
            let entry = organizationTimeline[index]
            if let head, entry.name.lowercased().contains(head) { return entry.name }
            if entry.isSubject { subject = subject ?? entry.name }
            index -= 1
        }
        return subject
    }

    /// The index of the last entry (of `count`, sorted by token) that lies before `token`.
    private static func lastIndex(before token: Int, count: Int, tokenAt: (Int) -> Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if tokenAt(middle) < token { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Records that a pronoun at `range` stands for `person`.
    mutating func addMention(_ range: TextRange, to person: Int) {
        people[person].mentions.append(range)
    }

    /// The name mention made of `tokens`, if it holds a name.
    func nameMention(_ tokens: Range<Int>) -> LegacyNameMention? { scanner.mention(tokens) }
}

/// Tells what sort of source a name or noun phrase names.
enum SourceKinds {
    /// The kind a capitalised name suggests.
    static func kind(ofName nameWords: [String]) -> Source.Kind {
        kind(ofName: nameWords, facts: nameWords.map(NameWords.facts(of:)))
    }

    /// The kind a capitalised name suggests, given the facts of its words.
    static func kind(ofName nameWords: [String], facts: some BidirectionalCollection<NameWordFacts>) -> Source.Kind {
        if let last = facts.last, nameWords.count > 1, !last.isDisjoint(with: [.nonPersonLast, .title]) {
            return .organization
        }
        if nameWords.count > 1, nameWords.contains(where: isAcronym) { return .organization }
        if facts.contains(where: { $0.contains(.mediaName) }) { return .media }
        if facts.contains(where: { $0.contains(.organizationName) }) { return .organization }
        if nameWords.count == 1, let word = nameWords.first,
           isWrittenInCapitals(word, allowing: { ScalarClass.isDigit($0) || $0 == "-" || $0 == "&" }) {
            return .organization
        }
        return .person
    }

    /// Whether a word is written in capitals ("BC", "UFCW"), as acronyms of organisations are.
    private static func isAcronym(_ word: String) -> Bool {
        isWrittenInCapitals(word) { $0 == "." }
    }

    /// Whether `word` has two scalars or more, each an uppercase letter or `allowed`.
    private static func isWrittenInCapitals(_ word: String, allowing allowed: (Unicode.Scalar) -> Bool) -> Bool {
        var count = 0
        for scalar in word.unicodeScalars {
            guard ScalarClass.isUppercase(scalar) || allowed(scalar) else { return false }
            count += 1
        }
        return count >= 2
    }

    /// The kind a common noun phrase suggests, from its head noun.
    static func kind(ofNounHead head: String) -> Source.Kind {
        if AttributionNouns.spokespeople.contains(head) { return .person }
        if AttributionNouns.documents.contains(head) { return .document }
        if AttributionNouns.media.contains(head) { return .media }
        if AttributionNouns.organizations.contains(head) { return .organization }
        if AttributionNouns.groups.contains(head) || head.hasSuffix("s") { return .group }
        return .person
    }
}
