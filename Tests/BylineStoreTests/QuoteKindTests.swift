import BylineCore
import Testing
@testable import BylineStore

/// Quote search and speaker profiles carry each quote's kind, so that whatever shows them can
/// keep reported speech out of quote marks.
@Suite("The kind of a library quote")
struct QuoteKindTests {
    /// An invented story with a quote of every kind by one speaker.
    static func pierStory() -> LibraryArticle {
        let article = Fixtures.article([
            "Ada Okafor told the Harbour Board that the north pier was safe for walkers.",
            "\"The pier reopens on Friday,\" said Okafor, the harbour master. \"The railings are new.\"",
            "She called the repairs \"long overdue\" for the pier.",
        ], title: "The Harbour Board reopens the pier", site: "Harbour Herald", url: "https://example.test/pier", published: "2026-11-30")
        let okafor = Source(name: "Ada Okafor", kind: .person, sourceClass: .official, role: "harbour master")
        return Fixtures.stored(article, Analysis(quotes: [
            Fixtures.quote("the north pier was safe for walkers", in: article, source: 0, kind: .indirect),
            Fixtures.quote("The pier reopens on Friday,", in: article, source: 0, kind: .direct),
            Fixtures.quote("The railings are new.", in: article, source: 0, kind: .continuation),
            Fixtures.quote("long overdue", in: article, source: 0, kind: .partial),
        ], sources: [okafor]))
    }

    private func library() throws -> AppDatabase {
        let library = try AppDatabase.inMemory()
        try library.save([Self.pierStory()])
        return library
    }

    @Test("quote search gives each quote its kind; reported speech is shown without quote marks")
    func searchCarriesTheKind() throws {
        let hits = try library().searchQuotes(QuoteQuery(text: "pier"))
        let kinds = Dictionary(uniqueKeysWithValues: hits.map { ($0.text, $0.kind) })
        #expect(kinds == ["the north pier was safe for walkers": .indirect, "The pier reopens on Friday,": .direct])
        let shown = Dictionary(uniqueKeysWithValues: hits.map { ($0.text, QuotePresentation.text($0.text, kind: $0.kind)) })
        #expect(shown["the north pier was safe for walkers"] == "reported: the north pier was safe for walkers")
        #expect(shown["The pier reopens on Friday,"] == "“The pier reopens on Friday,”")
    }

    @Test("a speaker profile gives each quote its kind")
    func profileCarriesTheKind() throws {
        let profile = try #require(try library().speaker(named: "Okafor"))
        #expect(profile.quotes.map(\.kind) == [.indirect, .direct, .continuation, .partial])
        #expect(profile.quotes.map { QuotePresentation.text($0.text, kind: $0.kind) } == [
            "reported: the north pier was safe for walkers",
            "“The pier reopens on Friday,”",
            "“The railings are new.”",
            "“long overdue”",
        ])
    }

    @Test("every kind survives a round trip through the library")
    func storedArticleKeepsTheKinds() throws {
        let library = try library()
        let id = try #require(try library.articlePage(ArticleFilter()).articles.first?.id)
        let stored = try #require(try library.article(id: id))
        #expect(stored.analysis.quotes.map(\.kind) == [.indirect, .direct, .continuation, .partial])
    }
}
