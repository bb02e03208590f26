/// Nouns and phrases that attribute words to a source without a verb ("according to", "in a
/// statement", "a spokesperson"), and the nouns that tell what sort of thing a speaker is.
public enum AttributionNouns {
    /// Nouns naming a vehicle of attributed words ("statement", "report", "claim", "interview").
    public static let vehicles: Set<String> = [
        "statement", "statements", "report", "reports", "claim", "claims", "announcement", "release",
        "interview", "interviews", "email", "e-mail", "emails", "tweet", "tweets", "post", "letter",
        "memo", "speech", "remarks", "comments", "testimony", "briefing", "conference", "op-ed",
        "column", "editorial", "blog", "video", "message", "note", "filing", "affidavit", "ruling",
        "decision", "press", "news", "allegation", "allegations", "assertion", "warning", "view",
    ]

    /// Nouns of people who speak for others ("spokesperson", "spokesman").
    public static let spokespeople: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
        "representative", "representatives", "press secretary", "mouthpiece",
    ]

    /// Head nouns of documents that can "find" or "show" things ("the report found").
    public static let documents: Set<String> = [
        "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "statement",
        "analysis", "document", "documents", "memo", "letter", "ruling", "audit", "review", "data",
        "research", "paper", "filing", "complaint", "lawsuit", "indictment", "assessment",
        "investigation", "census", "records", "figures", "findings", "release", "decision",
        "judgment", "verdict", "report's", "estimates", "projections", "bill", "order",
    ]

    /// Head nouns of media ("the newspaper reported", "State-run media").
    public static let media: Set<String> = [
        "media", "newspaper", "newspapers", "broadcaster", "outlet", "outlets", "agency", "tabloid",
        "magazine", "channel", "television", "radio", "network", "press", "daily", "wire",
    ]

    /// Words that mark a capitalised name as a medium ("The Globe and Mail", "Reuters", "TASS").
    public static let mediaNameWords: Set<String> = [
        "Times", "Post", "News", "Press", "Journal", "Herald", "Tribune", "Gazette", "Globe", "Star",
        "Mail", "Telegraph", "Guardian", "Reuters", "Bloomberg", "Xinhua", "TASS", "CNN", "BBC", "CBC",
        "CTV", "NPR", "AP", "AFP", "Radio", "Television", "TV", "Broadcasting", "Magazine", "Daily",
        "Spectator", "Economist", "Politico", "Axios", "Sun", "Chronicle", "Observer", "Independent",
        "Wire", "Today", "Network", "Channel", "Interfax", "Yonhap", "Kyodo", "RIA", "Jazeera", "Sputnik",
    ]

    /// Head nouns of organisations ("the ministry said", "the union").
    public static let organizations: Set<String> = [
        "ministry", "department", "agency", "government", "company", "firm", "union", "council",
        "committee", "commission", "board", "court", "office", "party", "campaign", "police",
        "military", "army", "embassy", "administration", "university", "school", "hospital", "bank",
        "group", "organization", "organisation", "association", "federation", "coalition", "authority",
        "city", "province", "state", "county", "district", "service", "institute", "center", "centre",
        "foundation", "corporation", "team", "club", "league", "network", "regulator", "watchdog",
        "kremlin", "pentagon", "parliament", "congress", "senate", "cabinet", "secretariat", "ngo",
        "charity", "society", "church", "house", "council's", "band", "nation", "firm's", "employer",
    ]

    /// Words that mark a capitalised name as an organisation ("Health Canada", "Acme Inc").
    public static let organizationNameWords: Set<String> = [
        "Inc", "Corp", "Corporation", "Company", "Co", "Ltd", "LLC", "Group", "Ministry", "Department",
        "Agency", "Association", "Council", "Committee", "Commission", "Board", "Party", "University",
        "College", "Institute", "Foundation", "Bank", "Service", "Services", "Police", "Union",
        "Federation", "Coalition", "Authority", "Office", "Court", "Government", "Administration",
        "Centre", "Center", "Society", "Church", "Assembly", "Parliament", "Congress", "Senate",
        "Kremlin", "Pentagon", "Canada", "Department's", "Organization", "Organisation", "Nations",
        "Force", "Forces", "Army", "Navy", "Hospital", "School", "Network", "League", "Club", "Team",
        "Industries", "Holdings", "Partners", "Secretariat", "Bureau", "Fund", "Trust", "Airlines",
        "Motors", "Systems", "Technologies", "Labs", "Cabinet", "Embassy", "Local", "NATO", "UN", "EU",
        "FBI", "CIA", "RCMP", "WHO", "IMF", "OPEC", "NDP", "GOP", "Hamas", "Hezbollah", "Taliban",
    ]

    /// Plural nouns naming a group of speakers ("officials said", "critics say").
    public static let groups: Set<String> = [
        "officials", "experts", "critics", "residents", "analysts", "scientists", "researchers",
        "sources", "people", "authorities", "protesters", "protestors", "activists", "observers",
        "economists", "lawmakers", "legislators", "workers", "members", "voters", "witnesses",
        "doctors", "parents", "students", "teachers", "advocates", "supporters", "opponents", "leaders",
        "scholars", "investigators", "prosecutors", "lawyers", "diplomats", "organizers", "organisers",
        "families", "neighbours", "neighbors", "employees", "staff", "users", "customers", "fans",
        "others", "some", "many", "both", "they", "insiders", "aides", "allies", "democrats",
        "republicans", "conservatives", "liberals", "environmentalists", "farmers", "owners", "victims",
        "survivors", "nurses", "physicians", "patients", "citizens", "americans", "canadians", "polls",
    ]

    /// Whether the lowercase `word`, whose `WordHash` is `hash`, is a noun that names speakers:
    /// a group, an organisation, a document, a medium or a spokesperson.
    static func isSpeakerNoun(_ word: String, hash: UInt64) -> Bool {
        speakerNouns.contains(word, hash: hash)
    }

    /// The five lists of speaker nouns as one table.
    private static let speakerNouns = WordTable(words: [groups, organizations, documents, media, spokespeople].joined())
}
