/// Words that tell what sort of thing a source is: news media, documents, organisations and
/// government bodies.
enum SourceLexicon {
    /// News agencies and outlets known by a short name, in lower case.
    static let mediaNames: Set<String> = [
        "reuters", "associated press", "ap", "afp", "agence france-presse", "tass", "xinhua", "bloomberg",
        "cnn", "bbc", "cbc", "ctv", "nbc", "abc", "cbs", "fox news", "al jazeera", "ria novosti", "interfax",
        "kyodo", "yonhap", "global times", "people's daily", "pravda", "sputnik", "rt", "npr", "pbs",
        "politico", "axios", "anadolu", "dpa", "ansa", "efe", "the canadian press", "canadian press",
        "cctv", "itv", "sky news", "msnbc", "c-span", "propublica", "vice", "vox", "buzzfeed",
    ]

    /// Words that make a name or a phrase a news medium ("state media", "Daily Telegraph").
    static let mediaWords: Set<String> = [
        "media", "newspaper", "newspapers", "news", "times", "post", "tribune", "journal", "herald",
        "gazette", "daily", "television", "tv", "radio", "broadcaster", "broadcasters", "network",
        "outlet", "outlets", "press", "tabloid", "magazine", "newswire", "wire", "channel", "telegraph",
        "guardian", "observer", "chronicle", "examiner", "inquirer", "globe", "star", "sun", "mirror",
        "express", "independent", "economist", "spectator", "atlantic", "newsweek", "review", "bulletin",
    ]

    /// Words that make a medium the voice of a state ("state-run media", "official news agency").
    static let stateMediaWords: Set<String> = ["state", "state-run", "state-owned", "state-controlled", "state-backed", "official", "government-run", "government-controlled"]

    /// Head nouns of documents and their plurals ("report", "joint statement", "study").
    static let documentHeads: Set<String> = [
        "report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll",
        "polls", "document", "documents", "filing", "filings", "memo", "memos", "memorandum", "letter",
        "letters", "analysis", "analyses", "assessment", "assessments", "review", "audit", "data",
        "figures", "statistics", "records", "transcript", "transcripts", "lawsuit", "complaint",
        "indictment", "ruling", "verdict", "release", "communique", "communiqué", "declaration",
        "resolution", "guidance", "guidelines", "paper", "papers", "estimate", "estimates", "forecast",
        "forecasts", "findings", "research", "investigation", "inquiry", "documentation", "cable",
        "cables", "dossier", "brief", "briefing", "testimony", "affidavit",
    ]

    /// Words of organisations' names ("Ministry", "University", "Inc.").
    static let organizationWords: Set<String> = [
        "ministry", "department", "government", "council", "university", "college", "institute",
        "party", "agency", "commission", "committee", "association", "union", "bank", "court", "office",
        "police", "service", "services", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.",
        "llc", "company", "group", "foundation", "center", "centre", "organization", "organisation",
        "board", "authority", "kremlin", "pentagon", "parliament", "congress", "senate", "administration",
        "army", "military", "navy", "forces", "force", "embassy", "hospital", "school", "society",
        "federation", "league", "fund", "bureau", "secretariat", "cabinet", "assembly", "coalition",
        "alliance", "campaign", "network", "trust", "institution", "laboratory", "club", "church",
        "firm", "tribunal", "house", "legislature", "regime", "junta", "consulate", "mission", "nations",
        "industries", "holdings", "technologies", "airlines", "pharmaceuticals", "co", "co.", "plc",
    ]

    /// Words of government bodies, whose voice is official ("the ministry said").
    static let governmentWords: Set<String> = [
        "ministry", "department", "government", "police", "agency", "commission", "kremlin", "pentagon",
        "parliament", "congress", "senate", "administration", "army", "military", "navy", "forces",
        "embassy", "court", "cabinet", "bureau", "secretariat", "legislature", "regime", "junta",
        "consulate", "tribunal", "authority", "authorities", "prosecutors", "prosecutor's", "council",
    ]
}
