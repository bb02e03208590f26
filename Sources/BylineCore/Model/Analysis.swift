/// What Byline found in one article: its quotations, the sources behind them and the claims
/// it attributes. Quotes and claims point at sources by index into `sources`.
public struct Analysis: Hashable, Sendable, Codable {
    /// Every quotation and reported statement, in text order.
    public var quotes: [Quote]
    /// Every distinct source (person, organisation, medium, document, group), one entry per
    /// real-world source however many ways the article names it.
    public var sources: [Source]
    /// Every statement the article attributes, or presents on vague or missing authority.
    public var claims: [Claim]

    /// Creates an analysis.
    public init(quotes: [Quote] = [], sources: [Source] = [], claims: [Claim] = []) {
        self.quotes = quotes
        self.sources = sources
        self.claims = claims
    }

    /// The source a quote or claim points at, if the index is valid.
    public func source(at index: Int?) -> Source? {
        guard let index, sources.indices.contains(index) else { return nil }
        return sources[index]
    }
}

/// Words of the text, identified by where they are.
public struct Mention: Hashable, Sendable, Codable {
    /// The words as written ("she", "Okafor", "Deputy Harbour Commissioner Ada Okafor").
    public var text: String
    /// Where they are in the article's text.
    public var range: TextRange

    /// Creates a mention.
    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}

/// A quotation or reported statement.
public struct Quote: Hashable, Sendable, Codable {
    /// How the words are presented.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A whole quotation inside quote marks.
        case direct
        /// Quoted words inside the writer's own sentence.
        case partial
        /// Reported speech without quote marks.
        case indirect
        /// A quotation that inherits the speaker of the one before it.
        case continuation
    }

    /// The quoted words, without their surrounding quote marks.
    public var range: TextRange
    /// How the words are presented.
    public var kind: Kind
    /// The reporting word that introduces the quote ("said", "told", "according to").
    public var cue: Mention?
    /// The source who said it, as an index into `Analysis.sources`.
    public var sourceIndex: Int?
    /// The words nearest the quote that name its speaker ("he", "Okafor").
    public var speakerMention: Mention?

    /// Creates a quote.
    public init(range: TextRange, kind: Kind, cue: Mention? = nil, sourceIndex: Int? = nil, speakerMention: Mention? = nil) {
        self.range = range
        self.kind = kind
        self.cue = cue
        self.sourceIndex = sourceIndex
        self.speakerMention = speakerMention
    }
}

/// Someone or something an article cites.
public struct Source: Hashable, Sendable, Codable {
    /// What sort of thing the source is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person, organization, media, document, group
    }

    /// The source's standing as a witness.
    public enum Class: String, Hashable, Sendable, Codable, CaseIterable {
        case expert, official, journalist, media, organization, document, anonymous, other
    }

    /// The canonical name: the fullest form the article gives ("Ada Okafor").
    public var name: String
    /// What sort of thing the source is.
    public var kind: Kind
    /// The source's standing.
    public var sourceClass: Class
    /// The role or title ("professor of political science"), when the article gives one.
    public var role: String?
    /// The institution or country the role belongs to ("Lakeside University"), when given.
    public var affiliation: String?
    /// Every place the article names the source, in text order.
    public var mentions: [Mention]

    /// Creates a source.
    public init(
        name: String,
        kind: Kind,
        sourceClass: Class,
        role: String? = nil,
        affiliation: String? = nil,
        mentions: [Mention] = []
    ) {
        self.name = name
        self.kind = kind
        self.sourceClass = sourceClass
        self.role = role
        self.affiliation = affiliation
        self.mentions = mentions
    }
}

/// A statement the article attributes to a source, or presents on vague or missing authority.
public struct Claim: Hashable, Sendable, Codable {
    /// The statement's words in the article's text.
    public var range: TextRange
    /// The word that attributes it ("said", "accuse", "according to"), when there is one.
    public var cue: Mention?
    /// The source it rests on, as an index into `Analysis.sources`.
    public var sourceIndex: Int?
    /// The words that name the source where the claim is made ("intelligence reports").
    public var sourceMention: Mention?
    /// Whether the claim rests on a vague source ("experts believe") or on none at all.
    public var isVague: Bool
    /// The URLs of the hyperlinks inside the claim's sentence.
    public var links: [String]

    /// Creates a claim.
    public init(
        range: TextRange,
        cue: Mention? = nil,
        sourceIndex: Int? = nil,
        sourceMention: Mention? = nil,
        isVague: Bool = false,
        links: [String] = []
    ) {
        self.range = range
        self.cue = cue
        self.sourceIndex = sourceIndex
        self.sourceMention = sourceMention
        self.isVague = isVague
        self.links = links
    }
}
