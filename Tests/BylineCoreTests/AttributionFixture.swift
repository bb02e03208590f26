import Testing
@testable import BylineCore

// Shared helpers of the attribution tests. Every test reaches the engine through
// `ArticleAnalyzer.analyze` by way of `Fixture`, so that a change to the engine's API is
// adapted here, once.

/// Builds and analyses articles made of invented paragraphs.
enum Fixture {
    /// A hyperlink to place in an article: the first occurrence of `anchor` links to `url`.
    struct LinkSpec: Sendable {
        let anchor: String
        let url: String

        init(_ anchor: String, _ url: String) {
            self.anchor = anchor
            self.url = url
        }
    }

    /// The article whose body is `paragraphs`, each link anchored to the first paragraph
    /// that holds its anchor text.
    static func article(_ paragraphs: [String], links: [LinkSpec] = []) -> Article {
        var builder = ArticleBuilder()
        var placed = Set<Int>()
        for paragraph in paragraphs {
            var paragraphLinks: [Link] = []
            for (index, link) in links.enumerated() where !placed.contains(index) {
                guard let range = scalarRange(of: link.anchor, in: paragraph) else { continue }
                paragraphLinks.append(Link(range: range, url: link.url))
                placed.insert(index)
            }
            builder.append(paragraph, links: paragraphLinks)
        }
        return Article(text: builder.text, paragraphs: builder.paragraphs)
    }

    /// The analysis of the article made of `paragraphs`.
    static func analyze(_ paragraphs: [String], links: [LinkSpec] = []) -> Reading {
        let article = article(paragraphs, links: links)
        return Reading(article: article, analysis: ArticleAnalyzer.analyze(article))
    }

    /// The analysis of a plain-text article (paragraphs separated by blank lines), read as
    /// the app reads a text file.
    static func analyze(plainText text: String) -> Reading {
        let article = PlainTextReader.read(text)
        return Reading(article: article, analysis: ArticleAnalyzer.analyze(article))
    }

    /// The range of the first occurrence of `needle` in `text`, in Unicode scalars.
    static func scalarRange(of needle: String, in text: String) -> TextRange? {
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(needle.unicodeScalars)
        guard !wanted.isEmpty, wanted.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - wanted.count) where scalars[start..<(start + wanted.count)].elementsEqual(wanted) {
            return TextRange(start: start, end: start + wanted.count)
        }
        return nil
    }
}

/// An analysed article, read by words rather than by offsets.
struct Reading {
    let article: Article
    let analysis: Analysis
    private let scalars: [Unicode.Scalar]

    init(article: Article, analysis: Analysis) {
        self.article = article
        self.analysis = analysis
        scalars = Array(article.text.unicodeScalars)
    }

    /// The words of the article at `range`.
    func text(_ range: TextRange) -> String {
        String(String.UnicodeScalarView(scalars[range.start..<range.end]))
    }

    /// A quote as a test reads it.
    struct FoundQuote: CustomStringConvertible {
        let text: String
        let kind: Quote.Kind
        let speaker: Source?
        let cue: String?
        let quote: Quote

        var description: String { "\(kind) “\(text)” by \(speaker?.name ?? "nobody")" }
    }

    /// Every quote, in text order.
    var quotes: [FoundQuote] {
        analysis.quotes.map { quote in
            FoundQuote(text: text(quote.range), kind: quote.kind, speaker: analysis.source(at: quote.sourceIndex), cue: quote.cue?.text, quote: quote)
        }
    }

    /// The first quote whose words begin with `words` (or that `words` begin with).
    func quote(startingWith words: String) -> FoundQuote? {
        quotes.first { !$0.text.isEmpty && ($0.text.hasPrefix(words) || words.hasPrefix($0.text)) }
    }

    /// The source named exactly `name`.
    func source(named name: String) -> Source? {
        analysis.sources.first { $0.name == name }
    }

    /// The names of all sources, in order.
    var sourceNames: [String] { analysis.sources.map(\.name) }

    /// A claim as a test reads it.
    struct FoundClaim: CustomStringConvertible {
        let text: String
        let cue: String?
        let source: Source?
        let sourceMention: String?
        let isVague: Bool
        let links: [String]
        let claim: Claim

        var description: String { "“\(text)” on \(source?.name ?? "no source")\(isVague ? " (vague)" : "")" }
    }

    /// Every claim, in text order.
    var claims: [FoundClaim] {
        analysis.claims.map { claim in
            FoundClaim(text: text(claim.range), cue: claim.cue?.text, source: analysis.source(at: claim.sourceIndex),
                       sourceMention: claim.sourceMention?.text, isVague: claim.isVague, links: claim.links, claim: claim)
        }
    }

    /// The claims whose words contain `words`.
    func claims(containing words: String) -> [FoundClaim] {
        claims.filter { $0.text.contains(words) }
    }

    /// A one-line summary of the analysis for failure messages.
    var summary: String {
        "quotes \(quotes.map(\.description)); sources \(sourceNames); claims \(claims.map(\.description))"
    }
}

/// What a test expects of one quote: its words (without marks, a prefix is enough), kind,
/// speaker and, when given, cue.
struct ExpectedQuote: CustomStringConvertible, Sendable {
    let text: String
    let kind: Quote.Kind
    let speaker: String?
    let cue: String?

    init(_ text: String, _ kind: Quote.Kind, _ speaker: String?, cue: String? = nil) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
    }

    var description: String { "\(kind) “\(text)” by \(speaker ?? "nobody")" }
}

/// One row of a quote table: an article and the quotes it should give.
struct QuoteCase: CustomTestStringConvertible, Sendable {
    let paragraphs: [String]
    let expected: [ExpectedQuote]
    /// Whether the article gives these quotes and no others.
    let exactly: Bool

    init(_ paragraphs: [String], _ expected: [ExpectedQuote], exactly: Bool = true) {
        self.paragraphs = paragraphs
        self.expected = expected
        self.exactly = exactly
    }

    init(_ paragraph: String, _ expected: ExpectedQuote...) {
        self.init([paragraph], expected)
    }

    var testDescription: String { paragraphs.joined(separator: " ¶ ") }
}

/// The quotes found in an article made of `paragraphs`, as (text, kind, speaker, cue).
func analyzeQuotes(_ paragraphs: [String]) -> (analysis: Analysis, found: [(text: String, kind: Quote.Kind, speaker: String?, cue: String?)]) {
    let reading = Fixture.analyze(paragraphs)
    return (reading.analysis, reading.quotes.map { (text: $0.text, kind: $0.kind, speaker: $0.speaker?.name, cue: $0.cue) })
}

/// Checks that every expected quote is found with its kind, speaker and (if given) cue, and
/// when `exactly`, that there are no others.
func expectQuotes(_ paragraphs: [String], _ expected: [ExpectedQuote], exactly: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
    let reading = Fixture.analyze(paragraphs)
    let found = reading.quotes
    if exactly {
        #expect(found.count == expected.count, "found \(found.map(\.description))", sourceLocation: sourceLocation)
    }
    for quote in expected {
        let match = reading.quote(startingWith: quote.text)
        #expect(match != nil, "missing \(quote); found \(found.map(\.description))", sourceLocation: sourceLocation)
        guard let match else { continue }
        #expect(match.kind == quote.kind, "kind of \(quote): got \(match.kind)", sourceLocation: sourceLocation)
        #expect(match.speaker?.name == quote.speaker, "speaker of \(quote): got \(match.speaker?.name ?? "nobody")", sourceLocation: sourceLocation)
        if let cue = quote.cue { #expect(match.cue == cue, "cue of \(quote): got \(match.cue ?? "none")", sourceLocation: sourceLocation) }
    }
}

/// Checks a row of a quote table.
func expectQuotes(_ example: QuoteCase, sourceLocation: SourceLocation = #_sourceLocation) {
    expectQuotes(example.paragraphs, example.expected, exactly: example.exactly, sourceLocation: sourceLocation)
}
