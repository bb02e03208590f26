import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

/// Reported speech is never drawn in quote marks: a quote search hit or a speaker's quote that
/// is indirect shows `reported: ` and no “ ”, a direct one its “ ”.
@Suite struct QuotePresentationRenderTests {
    /// An invented article: one sentence of reported speech and one direct quotation, both by
    /// Ada Okafor.
    static func library() -> InMemoryLibrary {
        var builder = ArticleBuilder()
        let text = "Ada Okafor told the Harbour Board the north pier was safe. \"The pier will open on Friday,\" Okafor said."
        builder.append(text)
        let article = Article(title: "The Harbour Board reopens the pier", site: "Harbour Herald", published: "2026-11-30",
                              text: builder.text, paragraphs: builder.paragraphs)
        func range(_ needle: String) -> TextRange { Fixture.range(of: needle, in: builder.text)! }
        let analysis = Analysis(
            quotes: [
                Quote(range: range("the north pier was safe"), kind: .indirect, cue: Mention(text: "told", range: range("told")), sourceIndex: 0),
                Quote(range: range("The pier will open on Friday,"), kind: .direct, cue: Mention(text: "said", range: range("said")), sourceIndex: 0),
            ],
            sources: [Source(name: "Ada Okafor", kind: .person, sourceClass: .official, role: "harbour master", mentions: [Mention(text: "Ada Okafor", range: range("Ada Okafor"))])]
        )
        return InMemoryLibrary(entries: [InMemoryLibrary.Entry(id: 1, article: article, analysis: analysis)])
    }

    @Test func quoteSearchShowsReportedSpeechWithoutQuoteMarks() {
        var app = Harness(size: Size(width: 70, height: 12), library: Self.library())
        app.type("S")
        app.typeText("pier")
        #expect(app.state.quoteSearch.hits.map(\.kind) == [.indirect, .direct])
        let lines = app.frame.lines
        #expect(lines.contains { $0.hasPrefix("  reported: the north pier was safe ") })
        #expect(lines.contains { $0.hasPrefix("  “The pier will open on Friday,” ") })
        #expect(!app.screenText.contains("“the north pier was safe"))
    }

    @Test func theSpeakerScreenShowsReportedSpeechWithoutQuoteMarks() {
        var app = Harness(size: Size(width: 70, height: 12), library: Self.library())
        app.type("S")
        app.typeText("pier")
        app.type("<Tab>")
        #expect(app.state.screen == .speaker)
        #expect(app.state.speaker.profile?.quotes.map(\.kind) == [.indirect, .direct])
        let lines = app.frame.lines
        #expect(lines.contains { $0.hasPrefix("  reported: the north pier was safe ") })
        #expect(lines.contains { $0.hasPrefix("  “The pier will open on Friday,” ") })
        #expect(!app.screenText.contains("“the north pier was safe"))
    }

    @Test func aHitOfUnknownOriginIsDrawnByItsKind() {
        var app = Harness(size: Size(width: 70, height: 12), library: Self.library())
        app.type("S")
        app.typeText("w")
        let hits = [
            QuoteHit(articleID: 1, articleTitle: "Invented", range: TextRange(start: 0, end: 1), text: "the ferry was late", kind: .indirect),
            QuoteHit(articleID: 1, articleTitle: "Invented", range: TextRange(start: 2, end: 3), text: "we will wait", kind: .partial),
            QuoteHit(articleID: 1, articleTitle: "Invented", range: TextRange(start: 4, end: 5), text: "And so will they.", kind: .continuation),
        ]
        app.send(.quotesFound(query: "w", hits))
        let lines = app.frame.lines
        #expect(lines.contains { $0.hasPrefix("  reported: the ferry was late ") })
        #expect(lines.contains { $0.hasPrefix("  “we will wait” ") })
        #expect(lines.contains { $0.hasPrefix("  “And so will they.” ") })
    }
}
