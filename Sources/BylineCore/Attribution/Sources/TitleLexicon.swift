/// The words of titles and roles ("Foreign Minister", "senior policy fellow", "police chief"):
/// which nouns head a role, what standing each gives, and which words may modify one.
enum TitleLexicon {
    /// The standing a role's head noun gives its holder, by lower-case singular head.
    static let headClasses: [String: Source.Class] = {
        var classes: [String: Source.Class] = [:]
        for word in expertHeads { classes[word] = .expert }
        for word in officialHeads { classes[word] = .official }
        for word in journalistHeads { classes[word] = .journalist }
        for word in otherHeads { classes[word] = .other }
        return classes
    }()

    /// The standing of a role whose head is `head`, or nil when `head` heads no role.
    /// Accepts plurals ("professors", "spokespeople").
    static func headClass(of head: String) -> Source.Class? {
        headClassTable[head.lowercasedIfNeeded()]
    }

    /// The standing of a role headed by `word`, or nil when it heads no role.
    static func headClass(of word: ClauseWord) -> Source.Class? {
        headClassTable.value(for: word.folded, hash: word.foldedHash)
    }

    /// Whether `word` can head a role.
    static func isHead(_ word: String) -> Bool { headClass(of: word) != nil }

    /// Whether `word` can head a role.
    static func isHead(_ word: ClauseWord) -> Bool { headClass(of: word) != nil }

    /// `headClasses` with the plurals `singular(of:)` takes back to a head: every word that
    /// can head a role, as `headClass(of:)` accepts it.
    static let headClassesWithPlurals: [String: Source.Class] = {
        var table = headClasses
        for (head, headClass) in headClasses {
            for plural in pluralCandidates(of: head) where table[plural] == nil && singular(of: plural) == head {
                table[plural] = headClass
            }
        }
        return table
    }()

    /// `headClassesWithPlurals` as one table, as the role rules ask of nearly every
    /// capitalised word.
    private static let headClassTable = WordTable(headClassesWithPlurals)

    /// The words `singular(of:)` could take back to `head`: the inverse of each of its rules.
    private static func pluralCandidates(of head: String) -> [String] {
        var candidates = [head + "s"]
        if head == "spokesperson" { candidates.append("spokespeople") }
        if head.hasSuffix("man") { candidates.append(String(head.dropLast(3)) + "men") }
        if head.hasSuffix("y") { candidates.append(String(head.dropLast()) + "ies") }
        return candidates
    }

    /// The singular of a regular plural, or nil when `word` does not look like one.
    static func singular(of word: String) -> String? {
        if word == "spokespeople" { return "spokesperson" }
        if word.hasSuffix("men"), word.count > 4 { return String(word.dropLast(3)) + "man" }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return nil
    }

    /// Words that may stand inside a title before its head ("former", "deputy", "foreign",
    /// "health", "police"), in lower case.
    static let modifiers: Set<String> = [
        "former", "acting", "interim", "outgoing", "incoming", "then", "deputy", "vice", "senior", "junior",
        "chief", "associate", "assistant", "executive", "general", "principal", "managing", "visiting",
        "emeritus", "distinguished", "adjunct", "lead", "top", "head", "co", "prime", "foreign", "state",
        "federal", "provincial", "national", "regional", "local", "city", "county", "municipal",
        "district", "health", "finance", "financial", "defence", "defense", "justice", "interior",
        "home", "education", "environment", "environmental", "immigration", "trade", "energy", "labour",
        "labor", "economy", "economic", "economics", "agriculture", "transport", "transportation",
        "public", "safety", "security", "affairs", "policy", "research", "political", "police", "fire",
        "military", "army", "navy", "party", "opposition", "government", "cabinet", "white", "house",
        "press", "communications", "media", "medical", "science", "technology", "data", "climate",
        "global", "international", "european", "world", "legal", "staff", "program", "programme",
        "campaign", "union", "team", "board", "committee", "council", "city-council", "parliamentary",
        "housing", "culture", "sports", "tourism", "industry", "innovation", "development", "budget",
        "treasury", "revenue", "intelligence", "homeland", "veterans", "natural", "resources",
        "indigenous", "northern", "infrastructure", "digital", "crown", "supreme", "high", "court",
        "longtime", "long-time", "veteran", "prominent", "leading", "well-known", "renowned", "retired",
        "independent", "respected", "current", "newly", "elected", "appointed", "founding", "honorary",
        "minority", "majority", "ranking", "presidential", "vice-presidential", "gubernatorial",
    ]

    /// Words that never belong to a title even when capitalised: honorifics and words that
    /// begin a sentence or a clause.
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "sir", "dame", "madam"]

    /// Verbs that, after "who", describe a role: "who chairs the committee" makes a "chair".
    static let describingVerbs: [String: String] = [
        "chairs": "chair", "chaired": "chair", "heads": "head", "headed": "head", "leads": "leader",
        "led": "leader", "directs": "director", "directed": "director", "runs": "head", "ran": "head",
        "manages": "manager", "managed": "manager", "founded": "founder", "co-founded": "co-founder",
        "represents": "representative", "represented": "representative", "teaches": "teacher",
        "taught": "teacher", "studies": "researcher", "studied": "researcher", "researches": "researcher",
        "edits": "editor", "coaches": "coach", "owns": "owner", "oversees": "head", "oversaw": "head",
    ]

    /// Words in an affiliation that mark research and teaching institutions, where a director
    /// or a chair is an expert.
    static let researchInstitutionWords: Set<String> = [
        "university", "college", "institute", "institution", "school", "centre", "center", "laboratory",
        "lab", "academy", "studies", "research", "foundation", "council", "think", "observatory",
        "hospital", "clinic", "faculty",
    ]

    private static let expertHeads: Set<String> = [
        "professor", "prof", "prof.", "researcher", "analyst", "fellow", "economist", "scientist",
        "doctor", "dr", "dr.", "physician", "epidemiologist", "virologist", "immunologist", "expert",
        "scholar", "historian", "lecturer", "specialist", "strategist", "academic", "sociologist",
        "psychologist", "psychiatrist", "demographer", "statistician", "criminologist", "pollster",
        "meteorologist", "climatologist", "geologist", "biologist", "chemist", "physicist",
        "mathematician", "engineer", "surgeon", "pediatrician", "paediatrician", "dean",
        "theorist", "archaeologist", "anthropologist", "linguist", "philosopher",
        "sinologist", "pharmacologist", "toxicologist",
        "ecologist", "oncologist", "cardiologist", "neurologist", "nutritionist",
    ]

    private static let officialHeads: Set<String> = [
        "minister", "president", "premier", "chancellor", "spokesperson", "spokesman", "spokeswoman",
        "senator", "sen", "sen.", "congressman", "congresswoman", "representative", "rep", "rep.",
        "lawmaker", "legislator", "mp", "mpp", "mla", "mep", "mayor", "governor", "gov", "gov.",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "secretary", "ambassador",
        "diplomat", "envoy", "official", "commissioner", "chief", "sheriff", "judge", "prosecutor",
        "general", "gen", "gen.", "admiral", "commander", "colonel", "officer", "inspector",
        "superintendent", "constable", "sergeant", "detective", "leader", "king", "queen", "prince",
        "princess", "emir", "sultan", "speaker", "undersecretary", "administrator", "regulator",
        "auditor", "ombudsman", "coroner", "premier-designate", "vice-president", "attorney-general",
        "director-general", "secretary-general", "consul", "attaché", "attache", "magistrate",
        "lieutenant", "captain", "marshal", "mayor-elect", "president-elect", "dictator",
        "monarch", "taoiseach", "deputy", "whip",
        "bureaucrat", "policeman", "policewoman", "trooper", "ranger",
    ]

    private static let journalistHeads: Set<String> = [
        "journalist", "reporter", "correspondent", "editor", "columnist", "anchor", "commentator",
        "broadcaster", "blogger", "photographer", "photojournalist", "newscaster", "pundit",
    ]

    private static let otherHeads: Set<String> = [
        "ceo", "cfo", "coo", "cto", "founder", "co-founder", "chairman", "chairwoman", "chair",
        "chairperson", "executive", "owner", "manager", "director", "head", "lawyer", "attorney",
        "counsel", "activist", "advocate", "organizer", "organiser", "coordinator", "coach", "player",
        "author", "writer", "consultant", "adviser", "advisor", "member", "partner", "volunteer",
        "teacher", "nurse", "pastor", "priest", "bishop", "rabbi", "imam", "principal", "student",
        "resident", "entrepreneur", "investor", "trader", "farmer", "worker", "employee",
        "campaigner", "candidate", "nominee",
        "vice-chair", "treasurer", "trustee", "steward", "artist", "actor", "actress", "singer",
        "musician", "filmmaker", "producer", "designer", "architect", "banker", "broker", "landlord",
        "tenant", "mother", "father", "parent", "survivor", "witness", "victim",

    ]
}
