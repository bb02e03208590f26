/// How a verb of attribution behaves with what follows it, one set of bits per lemma.
struct VerbFacts: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    /// Its object can be a clause, the reported statement ("said (that) …", "warned that …").
    static let takesClause = VerbFacts(rawValue: 1 << 0)
    /// It takes a noun object more often than a clause without "that" ("denied the request").
    static let prefersObject = VerbFacts(rawValue: 1 << 1)
    /// A hearer may stand between it and its clause ("told reporters that", "warned the council").
    static let takesHearer = VerbFacts(rawValue: 1 << 2)
    /// Its bare and -s forms are common nouns too ("city reports", "a claim").
    static let nounLike = VerbFacts(rawValue: 1 << 3)
    /// "the …" right after it opens the reported clause ("said the plan failed"), not an object.
    static let clauseFirst = VerbFacts(rawValue: 1 << 4)
    /// Without quote marks it reports no statement ("laughed", "asked", "called").
    static let reportsNothingAlone = VerbFacts(rawValue: 1 << 5)
    /// Its claim is the clause after it; other verbs carry the claim in their object
    /// ("accused the ministry of …").
    static let clausalClaim = VerbFacts(rawValue: 1 << 6)
}

/// The verbs of attribution, by what they report, with every inflection.
enum ReportingVerbForms {
    /// Verbs of saying and writing: a source's words.
    static let speech = """
        say tell add note argue warn claim explain write report declare state insist suggest acknowledge admit \
        announce accuse predict ask answer reply respond recall remark comment confirm deny allege assert contend \
        maintain concede caution emphasize emphasise stress observe describe call tweet post testify reveal disclose \
        mention promise vow pledge threaten urge demand complain lament joke quip continue conclude agree disagree \
        counter retort speculate recommend propose charge blame criticize criticise praise condemn question boast brag \
        shout yell scream whisper exclaim cry chant repeat reiterate clarify assure reassure guarantee inform notify \
        advise affirm reaffirm proclaim attest swear mutter sigh laugh recount speak summarize summarise concur \
        instruct order highlight underline plead apologize apologise estimate forecast project pronounce dismiss rebut \
        object protest tout muse hint signal admonish chide scold slam blast decry lambaste rebuke applaud thank \
        express voice remind cite quote mock ridicule brand label dub designate grumble gush marvel rave caution indicate \
        acknowledge testify tell text email
        """

    /// Verbs of belief, knowledge, feeling, perception and intention: claims, not quotes.
    static let belief = """
        believe think feel fear hope worry expect doubt suspect know understand consider guess reckon assume imagine \
        wonder realize realise recognize recognise want intend prefer
        """

    /// Verbs of what studies, surveys and data establish: claims, not quotes.
    static let finding = "find show determine establish demonstrate"

    /// Lemmas whose object can be the reported clause.
    static let takingClause = """
        say tell add note argue warn believe claim explain write report declare state insist suggest acknowledge \
        admit announce predict estimate reply respond recall remark comment confirm deny allege assert contend \
        maintain concede caution emphasize emphasise stress observe testify reveal disclose mention complain conclude \
        agree speculate think feel fear hope worry expect doubt suspect know find show indicate determine tweet post \
        reiterate repeat clarify assure inform affirm reaffirm proclaim understand recount counter retort joke boast \
        lament reckon forecast project guess hint signal promise vow pledge realize realise recognize recognise \
        assume imagine establish demonstrate remind text email
        """

    static let preferringObject = "post tweet deny write project forecast maintain show email text"

    static let takingHearer = "tell inform assure warn remind advise notify caution text email"

    static let nounLike = """
        report state claim note comment remark project forecast estimate show tweet post question answer charge order \
        promise vow pledge reply signal hint guess doubt fear hope worry find concern counter joke text email quote
        """

    static let clauseFirst = """
        say tell argue believe think claim insist suggest warn add explain write state contend maintain assert feel \
        fear hope expect worry know agree admit acknowledge concede complain recall reply respond predict caution \
        stress emphasize emphasise testify reckon guess doubt suspect realize realise
        """

    static let reportingNothingAlone = """
        continue laugh sigh speak project object order post answer wonder question cry chant scream yell shout \
        whisper mutter ask call respond reply agree disagree concur hint signal muse joke quip tweet know understand \
        consider guess feel hope promise
        """

    static let clausalClaims = """
        say tell write add note argue warn claim explain insist suggest predict state declare report announce \
        acknowledge admit confirm contend maintain assert concede caution emphasize emphasise stress observe testify \
        reveal disclose recall allege estimate forecast reckon conclude find show indicate determine establish \
        demonstrate speculate remark reiterate mention assure affirm reaffirm proclaim point
        """

    /// Forms that do not follow the regular rules. Participles that mostly work as adjectives
    /// ("known as", "shown in") are left out.
    static let irregular: [String: [String]] = [
        "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"], "feel": ["felt"],
        "find": ["found"], "know": ["knew"], "swear": ["swore", "sworn"], "speak": ["spoke", "spoken"],
        "forecast": ["forecast"], "understand": ["understood"], "see": ["saw"], "mean": ["meant"],
    ]

    /// Lemmas whose final consonant doubles before -ed and -ing ("admit" → "admitted").
    static let doubling: Set<String> = ["admit", "concur", "quip", "regret", "commit", "omit", "rebut", "plan", "refer", "prefer", "confer", "submit"]

    /// Adds every form of every lemma to the lexicon, with its lemma, sense and verb facts.
    static func add(to builder: inout DraftBuilder) {
        var senses: [String: ReportingSense] = [:]
        for (list, sense) in [(finding, ReportingSense.finding), (belief, .belief), (speech, .speech)] {
            for lemma in LexiconWords.split(list) { senses[lemma] = sense }
        }
        var verbFacts: [String: VerbFacts] = [:]
        for (list, fact) in [(takingClause, VerbFacts.takesClause), (preferringObject, .prefersObject), (takingHearer, .takesHearer),
                             (nounLike, .nounLike), (clauseFirst, .clauseFirst), (reportingNothingAlone, .reportsNothingAlone),
                             (clausalClaims, .clausalClaim)] {
            for lemma in LexiconWords.split(list) { verbFacts[lemma, default: []].insert(fact) }
        }
        for (lemma, sense) in senses.sorted(by: { $0.key < $1.key }) {
            let forms = regularForms(of: lemma) + (irregular[lemma] ?? [])
            for form in forms {
                builder.update(form) { draft in
                    // An irregular form names its own lemma even where a regular form of
                    // another lemma collides with it.
                    guard draft.lemma == nil || irregular[lemma]?.contains(form) == true else { return }
                    draft.facts.insert(.reportingVerb)
                    draft.lemma = lemma
                    draft.sense = sense
                }
            }
            builder.update(lemma) { $0.verbFacts = verbFacts[lemma] ?? [] }
        }
    }

    /// The base, third-person, past and present-participle forms made by the regular rules.
    static func regularForms(of lemma: String) -> [String] {
        let last = lemma.last ?? " "
        let beforeLast = lemma.dropLast().last ?? " "
        let third: String
        let past: String
        let participle: String
        if last == "y", !"aeiou".contains(beforeLast) {
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
            let sibilant = "sxzo".contains(last) || lemma.hasSuffix("sh") || lemma.hasSuffix("ch")
            third = lemma + (sibilant ? "es" : "s")
            past = lemma + "ed"
            participle = lemma + "ing"
        }
        // Irregular verbs keep only their regular base, -s and -ing forms.
        return irregular[lemma] != nil ? [lemma, third, participle] : [lemma, third, past, participle]
    }
}
