/// Words that attribute claims beyond the reporting verbs of `ReportingVerbs`: verbs that
/// carry a claim in their object ("discussed their goals"), phrasal cues ("points out"),
/// impersonal passives ("it is expected that") and hedging adverbs ("reportedly").
enum ClaimCueLexicon {
    /// What a word can do as a claim cue besides being a reporting verb.
    struct CueWord: OptionSet, Sendable {
        let rawValue: UInt8
        /// A verb of claims missing from `ReportingVerbs` ("discussed").
        static let moreVerb = CueWord(rawValue: 1)
        /// A verb that reports with "out" ("pointed out").
        static let phrasalWithOut = CueWord(rawValue: 2)
        /// A hedging adverb ("reportedly").
        static let hedgingAdverb = CueWord(rawValue: 4)
    }

    /// What the lowercase word `folded`, whose `WordHash` is `hash`, can do as a claim cue: one
    /// look-up for the three word lists every word of every sentence is tested against.
    static func cueWord(folded: String, hash: UInt64) -> CueWord {
        cueWords.value(for: folded, hash: hash) ?? []
    }

    private static let cueWords = WordTable<CueWord>({
        var result: [String: CueWord] = [:]
        for word in moreVerbs { result[word, default: []].insert(.moreVerb) }
        for word in phrasalWithOut { result[word, default: []].insert(.phrasalWithOut) }
        for word in hedgingAdverbs { result[word, default: []].insert(.hedgingAdverb) }
        return result
    }())

    /// Verbs of claims missing from `ReportingVerbs`, every form, in lower case.
    private static let moreVerbs: Set<String> = [
        "discuss", "discusses", "discussed", "cite", "cites", "cited", "citing", "accused",
        "outline", "outlines", "outlined", "detail", "details", "detailed", "assess", "assesses", "assessed",
    ]

    /// Verbs that take "out" to report ("points out", "pointed out").
    private static let phrasalWithOut: Set<String> = ["point", "points", "pointed", "pointing", "lay", "lays", "laid", "spell", "spells", "spelled", "spelt"]

    /// Reporting lemmas that report nothing without quote marks ("continue", "laugh").
    static let nonClaimLemmas: Set<String> = [
        "continue", "laugh", "sigh", "speak", "project", "object", "order", "post", "answer", "wonder",
        "question", "cry", "chant", "scream", "yell", "shout", "whisper", "mutter", "ask", "call",
        "respond", "reply", "agree", "disagree", "concur", "hint", "signal", "muse", "joke", "quip",
        "tweet", "know", "understand", "consider", "guess", "feel", "hope", "promise",
    ]

    /// Verb forms that are also common nouns ("media reports", "false claims"); they cue a
    /// claim only after a named subject.
    static let nounLikeForms: Set<String> = [
        "reports", "claims", "notes", "states", "calls", "charges", "answers", "questions", "promises",
        "pledges", "vows", "comments", "remarks", "posts", "orders", "estimates", "forecasts", "tweets",
        "demands", "findings", "concerns", "fears", "doubts", "hopes", "warnings", "details", "counters",
    ]

    /// Lemmas whose claim is a clause ("said the plan would fail"): the claim starts after the
    /// verb. Other verbs carry the claim in their object and the claim includes the verb
    /// ("accuse China of …", "condemned the sanctions").
    static let clausalLemmas: Set<String> = [
        "say", "tell", "write", "add", "note", "argue", "warn", "claim", "explain", "insist", "suggest",
        "predict", "state", "declare", "report", "announce", "acknowledge", "admit", "confirm",
        "contend", "maintain", "assert", "concede", "caution", "emphasize", "emphasise", "stress",
        "observe", "testify", "reveal", "disclose", "recall", "allege", "estimate", "forecast", "reckon",
        "conclude", "find", "show", "indicate", "determine", "establish", "demonstrate", "speculate",
        "remark", "reiterate", "mention", "assure", "affirm", "reaffirm", "proclaim", "point",
    ]

    /// Whether the claim of `lemma` is a clause after it rather than its object.
    static func isClausal(_ lemma: String) -> Bool {
        clausalLemmas.contains(lemma) || ReportingVerbs.sense(ofLemma: lemma) == .belief
    }

    /// Participles of impersonal passives ("it is expected that", "it was reported that").
    static let impersonalParticiples: Set<String> = [
        "expected", "believed", "feared", "thought", "said", "reported", "claimed", "alleged", "rumored",
        "rumoured", "understood", "estimated", "known", "assumed", "hoped", "suspected", "argued",
        "predicted", "anticipated", "suggested", "held", "considered", "widely", "generally",
    ]

    /// Adverbs that present a statement on unnamed authority ("reportedly", "allegedly").
    private static let hedgingAdverbs: Set<String> = ["reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"]

    /// Auxiliaries and other words that may stand between a subject and its verb ("have also").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "could", "can",
        "may", "might", "must", "should", "shall", "did", "does", "do", "not", "also", "never", "long",
        "still", "then", "now", "once", "already", "often", "all", "both", "too", "further", "even",
    ]

    /// Words that end a subject looking leftwards from its verb: subordinators and relatives.
    static let clauseOpeners: Set<String> = [
        "as", "while", "because", "although", "though", "if", "when", "since", "after", "before",
        "whereas", "but", "so", "that", "which", "who", "what", "where", "how", "whether", "unless",
        "until", "including", "than", "whom", "whose", "why", "once",
    ]

    /// Relative pronouns that make the verb's subject the noun before them.
    static let relatives: Set<String> = ["which", "that", "who"]

    /// Determiners and quantifiers that open a source's noun phrase ("many scholars", "the pair").
    static let determiners: Set<String> = [
        "the", "a", "an", "many", "some", "most", "several", "both", "these", "those", "this", "that",
        "few", "numerous", "various", "other", "two", "three", "all", "multiple", "each", "their", "its",
    ]
}
