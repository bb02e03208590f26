import BylineCore
import Testing
@testable import BylineStore

@Suite("Speakers across articles")
struct SpeakerTests {
    private func library() throws -> AppDatabase {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.harbourStory(), Fixtures.ferryStory()])
        return library
    }

    @Test("one source across articles is one row, with per-article roles")
    func oneSourceAcrossArticles() throws {
        let speakers = try library().speakers()
        #expect(speakers.map(\.speaker.name) == ["Ines Calloway", "Tomas Reyné"])
        #expect(speakers[0].quoteCount == 4)
        #expect(speakers[0].articleCount == 2)
        #expect(speakers[0].speaker.role == "professor of marine engineering")
        #expect(speakers[0].speaker.affiliation == "Dunmore University")
    }

    @Test("speakers can be limited to a class")
    func byClass() throws {
        #expect(try library().speakers(class: .official).map(\.speaker.name) == ["Tomas Reyné"])
        #expect(try library().speakers(class: .journalist).isEmpty)
    }

    @Test("a speaker's quotations across articles, newest first, with the role each article gives")
    func profile() throws {
        let profile = try #require(try library().speaker(named: "ines calloway"))
        #expect(profile.summary.quoteCount == 4)
        #expect(profile.quotes.map(\.text) == [
            "The hull work was overdue,",
            "The timbers are rotten through,", "Nobody should fish from it,", "It could fall at any tide.",
        ])
        #expect(profile.quotes[0].article.title == "Keel Island ferry returns")
        #expect(profile.quotes[1].speaker?.role == "professor of marine engineering")
    }

    @Test("three quotes by one source with a role, from one article")
    func threeQuotesWithRole() throws {
        let library = try AppDatabase.inMemory()
        try library.save([Fixtures.harbourStory()])
        let profile = try #require(try library.speaker(named: "Ines Calloway"))
        #expect(profile.quotes.count == 3)
        #expect(profile.quotes.allSatisfy { $0.speaker?.role == "professor of marine engineering" })
    }

    @Test("a speaker is found by part of the name, accents aside", arguments: ["Calloway", "CALLOWAY", "reyne", "Tomas"])
    func partialNames(name: String) throws {
        #expect(try library().speaker(named: name) != nil)
    }

    @Test("unknown or hostile names find nobody", arguments: ["Nobody Here", "%", "_", "'; DROP TABLE source; --", ""])
    func unknown(name: String) throws {
        #expect(try library().speaker(named: name) == nil)
    }
}
