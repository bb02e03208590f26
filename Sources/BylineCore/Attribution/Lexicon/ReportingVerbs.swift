/// The verbs that report speech, writing, belief or findings ("said", "warns", "found"), with
/// every inflection.
///
/// `lemma(of:)` maps any inflected form to its lemma; each lemma also carries what sort of
/// reporting it does, so that callers can tell speech from belief.
public enum ReportingVerbs {
    /// What a reporting verb reports.
    public enum Sense: Hashable, Sendable {
        /// Spoken or written words ("say", "tell", "write", "tweet").
        case speech
        /// A belief, fear or expectation ("believe", "fear", "expect").
        case belief
        /// What a document or study establishes ("find", "show", "conclude").
        case finding
    }

    /// The lemma of `word` ("said" → "say"), or `nil` when it is not a reporting verb.
    /// Case-insensitive.
    public static func lemma(of word: String) -> String? {
        if let lemma = lemma(ofLowercased: word) { return lemma }
        let lowered = word.lowercasedIfNeeded()
        return lowered == word ? nil : lemma(ofLowercased: lowered)
    }

    /// The lemma of `word`, which is already lowercase, or `nil` when it is not a reporting verb.
    public static func lemma(ofLowercased word: String) -> String? {
        formTable[word]
    }

    /// The lemma of the lowercase `word`, whose `WordHash` is `hash`.
    static func lemma(ofLowercased word: String, hash: UInt64) -> String? {
        formTable.value(for: word, hash: hash)
    }

    /// Whether `word` is an inflection of a reporting verb.
    public static func contains(_ word: String) -> Bool { lemma(of: word) != nil }

    /// What the lemma `lemma` reports, or `nil` when it is not one of ours.
    public static func sense(ofLemma lemma: String) -> Sense? { senses[lemma] }

    /// Every lemma, sorted.
    public static var lemmas: [String] { senses.keys.sorted() }

    /// Every inflection of `lemma` (base, -s, -ed, -ing, past participle), or none when unknown.
    public static func inflections(of lemma: String) -> [String] {
        formToLemma.filter { $0.value == lemma }.map(\.key).sorted()
    }

    private static let speechLemmas = """
        say tell add note argue warn claim explain write report declare state insist suggest \
        acknowledge admit announce accuse designate predict ask answer reply respond recall remark \
        comment confirm deny allege assert contend maintain concede caution emphasize emphasise stress \
        observe describe call tweet post testify reveal disclose mention promise vow pledge threaten urge \
        demand complain lament joke quip continue conclude agree disagree counter retort speculate \
        recommend propose charge blame criticize criticise praise condemn question wonder boast brag \
        shout yell scream whisper exclaim cry chant repeat reiterate clarify assure reassure guarantee \
        inform notify advise affirm reaffirm proclaim attest swear mutter sigh laugh recount speak \
        summarize summarise concur acknowledge instruct order announce highlight underline propose \
        plead apologize apologise estimate forecast project reckon pronounce dismiss rebut object \
        protest predict tout muse recommend hint signal allege insist admonish chide scold slam blast \
        decry lambaste rebuke applaud thank express voice remind cite quote mock ridicule brand label \
        dub acknowledge contend grumble gush marvel rave recount recall explain reply
        """
    private static let beliefLemmas = "believe think feel fear hope worry expect doubt suspect know understand consider agree guess"
    private static let findingLemmas = "find show indicate determine conclude reveal suggest establish demonstrate"

    /// Forms that do not follow the regular rules: lemma → forms. Participles that mostly
    /// work as adjectives ("known as", "shown in") are left out.
    private static let irregular: [String: [String]] = [
        "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"],
        "feel": ["felt"], "find": ["found"], "know": ["knew"], "swear": ["swore", "sworn"],
        "speak": ["spoke", "spoken"], "forecast": ["forecast"], "understand": ["understood"],
    ]

    /// Lemmas whose final consonant doubles before -ed and -ing ("admit" → "admitted").
    private static let doubling: Set<String> = ["admit", "concur", "quip", "regret", "commit", "omit", "rebut", "plan", "refer", "prefer", "confer", "submit"]

    private static let senses: [String: Sense] = {
        var result: [String: Sense] = [:]
        for lemma in split(findingLemmas) { result[lemma] = .finding }
        for lemma in split(beliefLemmas) { result[lemma] = .belief }
        for lemma in split(speechLemmas) { result[lemma] = .speech }
        return result
    }()

    private static let formTable = WordTable(formToLemma)

    private static let formToLemma: [String: String] = {
        var result: [String: String] = [:]
        for lemma in senses.keys {
            for form in regularForms(of: lemma) + (irregular[lemma] ?? []) {
                result[form] = result[form] ?? lemma
            }
        }
        // "said"/"told" etc. must map to the irregular lemma even if a regular form collides.
        for (lemma, forms) in irregular { for form in forms { result[form] = lemma } }
        return result
    }()

    private static func split(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// The base, third-person, past and present-participle forms made by the regular rules.
    static func regularForms(of lemma: String) -> [String] {
        let last = lemma.last ?? " "
        let beforeLast = lemma.dropLast().last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let third: String
        let past: String
        let participle: String
        if last == "y", !vowels.contains(beforeLast) {
            third = lemma.dropLast() + "ies"
            past = lemma.dropLast() + "ied"
            participle = lemma + "ing"
        } else if doubling.contains(lemma) {
            third = lemma + "s"
            past = lemma + String(last) + "ed"
            participle = lemma + String(last) + "ing"
        } else if last == "e" {
            third = lemma + "s"
            past = lemma + "d"
            participle = lemma.hasSuffix("ee") ? lemma + "ing" : lemma.dropLast() + "ing"
        } else {
            let sibilant = ["s", "x", "z", "o"].contains(String(last)) || lemma.hasSuffix("sh") || lemma.hasSuffix("ch")
            third = lemma + (sibilant ? "es" : "s")
            past = lemma + "ed"
            participle = lemma + "ing"
        }
        if irregular[lemma] != nil {
            // Irregular verbs keep only their regular base, -s and -ing forms.
            return [lemma, third, participle]
        }
        return [lemma, third, past, participle]
    }
}
