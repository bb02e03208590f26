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
    /// Each person's index by the name's words joined with spaces.
    private var personByName: [String: Int] = [:]
    /// For each person, the first tokens of their mentions, in text order.
    private var mentionTokens: [Int: [Int]] = [:]
    private let words: TokenWords
    private let scanner: NameScanner

    init(words: TokenWords) {
        self.words = words
        scanner = NameScanner(words: words)
        let mentions = scanner.mentions().filter { SourceKinds.kind(ofName: $0.words) == .person }
        var byKey: [String: Int] = [:]
        for mention in mentions where mention.words.count >= 2 {
            let key = mention.words.joined(separator: " ")
            if byKey[key] == nil {
                byKey[key] = people.count
                for word in [mention.words.first!, mention.words.last!] { fullNamesByWord[word, default: []].append(people.count) }
                people.append(Person(words: mention.words, gender: nil, mentions: []))
            }
        }
        var votes: [Int: (male: Int, female: Int)] = [:]
        for mention in mentions {
            let token = mention.tokens.lowerBound
            guard let person = person(named: mention.words, at: token, byKey: &byKey, creating: mention.hasTitle || mention.words.count >= 2 || !fullNamesByWord.isEmpty) else { continue }
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

    /// Of the people who could be meant, the one named last before `token`, else the first.
    private func closest(_ candidates: [Int], to token: Int) -> Int {
        var best = candidates[0]
        var bestToken = -1
        for candidate in candidates {
            if let last = lastMention(of: candidate, before: token), last > bestToken {
                best = candidate
                bestToken = last
            }
        }
        return best
    }

    /// The first token of the person's last mention before `token`.
    private func lastMention(of person: Int, before token: Int) -> Int? {
        guard let tokens = mentionTokens[person] else { return nil }
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle] < token { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? tokens[low - 1] : nil
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
            guard words.isWord(index), let first = words.lowered[index].utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "s"),
                  let gender = NameWords.genderedPronouns[words.lowered[index]], let current = last,
                  !current.ambiguous, words.sentenceOfToken[index] - current.sentence <= 1 else { continue }
            var vote = votes[current.person] ?? (0, 0)
            if gender == .male { vote.male += 1 } else { vote.female += 1 }
            votes[current.person] = vote
        }
    }

    /// The person a name mention refers to, if it names a person.
    func person(for mention: NameMention) -> Int? {
        let token = mention.tokens.lowerBound
        if mention.words.count >= 2 { return personByName[mention.words.joined(separator: " ")] }
        if let candidates = fullNamesByWord[mention.words[0]], !candidates.isEmpty { return closest(candidates, to: token) }
        return personByName[mention.words[0]]
    }

    /// The person a "he" or "she" at `token` most likely stands for: the nearest sentence
    /// subject whose gender agrees, else the nearest person of that gender, else the nearest
    /// subject of unknown gender.
    func resolvePronoun(at token: Int, gender: NameWords.Gender) -> Int? {
        var upper = timeline.count
        var low = 0
        while low < upper {
            let middle = (low + upper) / 2
            if timeline[middle].token < token { low = middle + 1 } else { upper = middle }
        }
        var agreeing: Int?
        var unknownSubject: Int?
        var unknown: Int?
        var index = low - 1
        var examined = 0
        while index >= 0, examined < 40 {
            let entry = timeline[index]
            let personGender = people[entry.person].gender
            if personGender == gender {
                if entry.isSubject { return entry.person }
                agreeing = agreeing ?? entry.person
            } else if personGender == nil {
                if entry.isSubject { unknownSubject = unknownSubject ?? entry.person }
                unknown = unknown ?? entry.person
            }
            index -= 1
            examined += 1
        }
        return agreeing ?? unknownSubject ?? unknown
    }

    /// Records that a pronoun at `range` stands for `person`.
    mutating func addMention(_ range: TextRange, to person: Int) {
        people[person].mentions.append(range)
    }

    /// The name mention made of `tokens`, if it holds a name.
    func nameMention(_ tokens: Range<Int>) -> NameMention? { scanner.mention(tokens) }
}

/// Tells what sort of source a name or noun phrase names.
enum SourceKinds {
    /// The kind a capitalised name suggests.
    static func kind(ofName nameWords: [String]) -> Source.Kind {
        if nameWords.contains(where: { AttributionNouns.mediaNameWords.contains($0) }) { return .media }
        if nameWords.contains(where: { AttributionNouns.organizationNameWords.contains($0) }) { return .organization }
        if nameWords.count == 1, let word = nameWords.first, word.count >= 2,
           word.unicodeScalars.allSatisfy({ ScalarClass.isUppercase($0) || ScalarClass.isDigit($0) || $0 == "-" || $0 == "&" }) {
            return .organization
        }
        return .person
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
