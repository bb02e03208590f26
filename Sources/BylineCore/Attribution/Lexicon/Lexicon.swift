/// The identity of a word folded to lower case, with typographic apostrophes written `'`:
/// "Said", "said" and "SAID" share one id. Words the lexicon lists have the same id in every
/// article; other words get ids of their article's own, above `Lexicon.count`.
struct WordID: Hashable, Sendable {
    /// The id's number: an index into the lexicon for listed words.
    let raw: UInt32

    /// The id of a word the rules name.
    init(_ keyword: Keyword) {
        raw = keyword.rawValue
    }

    /// The id numbered `raw`.
    init(raw: UInt32) {
        self.raw = raw
    }

    /// Whether the lexicon lists the word.
    var isListed: Bool { Int(raw) < Lexicon.count }
}

/// What sort of reporting a verb of attribution does.
enum ReportingSense: UInt8, Hashable, Sendable {
    /// Saying or writing ("say", "tell", "write", "tweet", "announce"): a source's words.
    case speech
    /// Believing, knowing, feeling, perceiving or intending ("believe", "fear", "want").
    case belief
    /// What a study, survey, poll or data establishes ("find", "show", "indicate").
    case finding
}

/// Grammatical gender, as the article's own words reveal it.
enum Gender: UInt8, Hashable, Sendable {
    case male, female
}

/// What the word lists say of one word, before the lexicon gives words their ids.
struct LexiconDraft: Sendable {
    var facts: WordFacts = []
    /// The spelling of the lemma (`LexiconEntry.lemma`).
    var lemma: String?
    var sense: ReportingSense?
    var verbFacts: VerbFacts = []
    var roleClass: Source.Class?
    var gender: Gender?
    var country: String?
}

/// The one lexicon of the attribution rules: every word they know, with an id and what the
/// word lists say of it, built once from `LexiconWords`.
///
/// The words the rules name (`Keyword`) take the first ids, in the order of the enumeration,
/// so that a rule compares ids known when it is compiled.
enum Lexicon {
    /// How many words the lexicon lists.
    static var count: Int { table.facts.count }

    /// The id of a folded word, whose `WordHash` is `hash`, when the lexicon lists it.
    @inline(__always)
    static func id(ofFolded word: String, hash: UInt64) -> WordID? {
        table.ids.value(for: word, hash: hash)
    }

    /// The id of a word, when the lexicon lists it; the word is folded first.
    static func id(of word: String) -> WordID? {
        let folded = fold(word)
        return id(ofFolded: folded, hash: WordHash.of(folded))
    }

    /// The facts of a word; none for a word the lexicon does not list.
    @inline(__always)
    static func facts(_ id: WordID) -> WordFacts {
        id.isListed ? table.facts[Int(id.raw)] : []
    }

    /// The lemma of a reporting verb ("warned" → "warn"), the singular of a plural role noun,
    /// or the role a describing verb makes.
    @inline(__always)
    static func lemma(_ id: WordID) -> WordID? {
        id.isListed ? table.lemmas[Int(id.raw)] : nil
    }

    /// What a reporting verb reports.
    static func sense(_ id: WordID) -> ReportingSense? {
        id.isListed ? table.senses[Int(id.raw)] : nil
    }

    /// How the lemma `id` of a reporting verb behaves with what follows it.
    @inline(__always)
    static func verbFacts(_ id: WordID) -> VerbFacts {
        id.isListed ? table.verbFacts[Int(id.raw)] : []
    }

    /// The standing a role noun gives its holder.
    static func roleClass(_ id: WordID) -> Source.Class? {
        id.isListed ? table.roleClasses[Int(id.raw)] : nil
    }

    /// The gender a pronoun, honorific, title or given name reveals.
    static func gender(_ id: WordID) -> Gender? {
        id.isListed ? table.genders[Int(id.raw)] : nil
    }

    /// The country a nationality adjective names.
    static func country(_ id: WordID) -> String? {
        id.isListed ? table.countries[Int(id.raw)] : nil
    }

    /// The folded spelling of a listed word.
    static func spelling(_ id: WordID) -> String {
        table.spellings[Int(id.raw)]
    }

    /// `word` in lower case with `’` written `'`.
    static func fold(_ word: String) -> String {
        let lowered = word.lowercasedIfNeeded()
        var copy = lowered
        guard copy.withUTF8({ $0.contains(0xE2) }) else { return lowered }
        return String(scalars: lowered.unicodeScalars.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
    }

    /// The built lexicon.
    private static let table = LexiconTable(LexiconWords.drafts())
}

/// The lexicon's storage: what is known of each word, by id, and ids by folded spelling.
private struct LexiconTable: Sendable {
    let spellings: [String]
    let facts: [WordFacts]
    let lemmas: [WordID?]
    let senses: [ReportingSense?]
    let verbFacts: [VerbFacts]
    let roleClasses: [Source.Class?]
    let genders: [Gender?]
    let countries: [String?]
    let ids: WordTable<WordID>

    /// The table of `listed`: keywords first, in their order, then the other words sorted.
    init(_ listed: [String: LexiconDraft]) {
        var spellings = Keyword.allCases.map(\.spelling)
        var seen = Set(spellings)
        let lemmas = listed.values.compactMap(\.lemma)
        for word in (listed.keys + lemmas).sorted() where seen.insert(word).inserted { spellings.append(word) }
        let idBySpelling = Dictionary(uniqueKeysWithValues: spellings.enumerated().map { ($1, WordID(raw: UInt32($0))) })
        let drafts = spellings.map { listed[$0] ?? LexiconDraft() }
        self.spellings = spellings
        facts = drafts.map(\.facts)
        self.lemmas = drafts.map { $0.lemma.flatMap { idBySpelling[$0] } }
        senses = drafts.map(\.sense)
        verbFacts = drafts.map(\.verbFacts)
        roleClasses = drafts.map(\.roleClass)
        genders = drafts.map(\.gender)
        countries = drafts.map(\.country)
        ids = WordTable(idBySpelling)
    }
}
