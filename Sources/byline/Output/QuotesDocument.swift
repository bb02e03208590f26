import BylineCore

/// The JSON form of an article's quotes, as `byline quotes --json` prints it (see CONTRACT.md).
struct QuotesDocument: Encodable {
    let title: String?
    let text: String
    let quotes: [QuoteDocument]

    init(article: Article, analysis: Analysis) {
        title = article.title
        text = article.text
        let scalars = Array(article.text.unicodeScalars)
        quotes = analysis.quotes.map { QuoteDocument($0, analysis: analysis, scalars: scalars) }
    }

    private enum CodingKeys: String, CodingKey { case title, text, quotes }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(quotes, forKey: .quotes)
    }
}

/// The JSON form of one quote, with explicit nulls.
struct QuoteDocument: Encodable {
    let start: Int
    let end: Int
    let text: String
    let kind: String
    let cue: MentionDocument?
    let speaker: SpeakerDocument?

    init(_ quote: Quote, analysis: Analysis, scalars: [Unicode.Scalar]) {
        start = quote.range.start
        end = quote.range.end
        text = String(String.UnicodeScalarView(scalars[max(0, quote.range.start)..<min(scalars.count, quote.range.end)]))
        kind = quote.kind.rawValue
        cue = quote.cue.map(MentionDocument.init)
        speaker = analysis.source(at: quote.sourceIndex).map { SpeakerDocument($0, mention: quote.speakerMention) }
    }

    private enum CodingKeys: String, CodingKey { case start, end, text, kind, cue, speaker }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(cue, forKey: .cue)
        try container.encode(speaker, forKey: .speaker)
    }
}

/// The JSON form of a quote's speaker: the source's profile and the words naming it there.
struct SpeakerDocument: Encodable {
    let source: Source
    let mention: MentionDocument?

    init(_ source: Source, mention: Mention?) {
        self.source = source
        self.mention = mention.map(MentionDocument.init)
    }

    private enum CodingKeys: String, CodingKey { case name, mention, kind, `class`, role, affiliation }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source.name, forKey: .name)
        try container.encode(mention, forKey: .mention)
        try container.encode(source.kind.rawValue, forKey: .kind)
        try container.encode(source.sourceClass.rawValue, forKey: .class)
        try container.encode(source.role, forKey: .role)
        try container.encode(source.affiliation, forKey: .affiliation)
    }
}

/// The JSON form of words in the text: `{"text", "start", "end"}`.
struct MentionDocument: Encodable {
    let text: String
    let start: Int
    let end: Int

    init(_ mention: Mention) {
        text = mention.text
        start = mention.range.start
        end = mention.range.end
    }
}
