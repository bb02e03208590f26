/// Words about sources that the attribution lexicon (`AttributionNouns`) does not hold:
/// multi-word outlet names, state media, more document nouns, government bodies, and the
/// collective nouns that point back at people ("the pair").
enum SourceLexicon {
    /// Outlets whose multi-word names end in no media word, in lower case.
    static let mediaNames: Set<String> = [
        "associated press", "al jazeera", "agence france-presse", "fox news", "ria novosti",
        "global times", "people's daily", "canadian press", "the canadian press", "sky news",
    ]

    /// Media heads of `AttributionNouns.media` that name a medium only after "news"
    /// ("news agency", but "the agency said").
    static let mediaHeadsNeedingNews: Set<String> = ["agency", "network", "press", "wire", "daily"]

    /// Words that make a medium the voice of a state ("state-run media", "official news agency").
    static let stateMediaWords: Set<String> = [
        "state", "state-run", "state-owned", "state-controlled", "state-backed", "official",
        "government-run", "government-controlled",
    ]

    /// Document nouns beyond `AttributionNouns.documents`.
    static let moreDocumentHeads: Set<String> = [
        "statements", "memos", "memorandum", "letters", "analyses", "assessments", "reviews",
        "audits", "statistics", "transcript", "transcripts", "communique", "communiqué", "declaration",
        "resolution", "guidance", "guidelines", "papers", "estimate", "forecast", "forecasts",
        "inquiry", "cable", "cables", "dossier", "testimony", "affidavit", "filings", "documentation",
        "ad", "ads", "advertisement", "clip", "video", "videos", "book", "emails", "tweet", "tweets",
    ]

    /// Whether `word` (lower case) heads a document.
    static func isDocumentHead(_ word: String) -> Bool {
        AttributionNouns.documents.contains(word) || moreDocumentHeads.contains(word)
    }

    /// Words of government bodies, whose voice is official ("the ministry said").
    static let governmentWords: Set<String> = [
        "ministry", "department", "government", "police", "agency", "commission", "kremlin", "pentagon",
        "parliament", "congress", "senate", "administration", "army", "military", "navy", "forces",
        "embassy", "court", "cabinet", "bureau", "secretariat", "legislature", "regime", "junta",
        "consulate", "tribunal", "authority", "authorities", "prosecutors", "council", "office", "service",
        "force", "province", "municipality", "city", "county", "prosecutor",
    ]

    /// Collective nouns and numbers that name a group of people ("the pair", "both sides").
    static let collectives: Set<String> = [
        "pair", "duo", "trio", "two", "three", "four", "sides", "countries", "nations", "governments",
        "men", "women", "public", "community",
    ]
}
