import Testing
@testable import BylineCore

@Suite("Claims")
struct ClaimFinderTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let contains: String
        let source: String?
        let kind: Source.Kind?
        let vague: Bool
        var description: String { contains }
    }

    @Test("reported statements are claims of the source their subject names", arguments: [
        Case(text: "Leaked memos obtained by the union in May accuse the company of hiding losses.",
             contains: "accuse the company of hiding losses", source: "Leaked memos", kind: .document, vague: false),
        Case(text: "Many economists fear the currency will fall before winter.",
             contains: "the currency will fall", source: "Many economists", kind: .group, vague: true),
        Case(text: "Critics say the law goes too far.",
             contains: "the law goes too far", source: "Critics", kind: .group, vague: true),
        Case(text: "The council published a report in June which found that rents rose sharply.",
             contains: "rents rose sharply", source: "report", kind: .document, vague: false),
        Case(text: "Local media reports in Ruritania have repeated the rumour for weeks.",
             contains: "repeated the rumour", source: "Local media reports in Ruritania", kind: .media, vague: true),
        Case(text: "State media in Ruritania reported that the border had closed.",
             contains: "the border had closed", source: "State media in Ruritania", kind: .media, vague: false),
        Case(text: "Both ministers also condemned the attack on the convoy.",
             contains: "condemned the attack", source: "Both ministers", kind: .group, vague: false),
        Case(text: "Sources said the merger would be announced next week.",
             contains: "the merger would be announced", source: "Sources", kind: .group, vague: true),
    ])
    func reported(_ example: Case) throws {
        let analysis = ProfileFixture.claimed(example.text)
        let claim = try #require(analysis.claims(containing: example.contains, in: example.text).first)
        let source = analysis.source(at: claim.sourceIndex)
        #expect(source?.name == example.source)
        #expect(source?.kind == example.kind)
        #expect(claim.isVague == example.vague)
        #expect(claim.cue != nil)
    }

    @Test("statements on no source are vague claims without one", arguments: [
        ("It is widely believed that the talks will fail.", "the talks will fail"),
        ("It was reported that the factory would close.", "the factory would close"),
        ("The mayor reportedly resigned on Friday.", "The mayor reportedly resigned"),
    ])
    func unattributed(text: String, contains: String) throws {
        let analysis = ProfileFixture.claimed(text)
        let claim = try #require(analysis.claims(containing: contains, in: text).first)
        #expect(claim.sourceIndex == nil)
        #expect(claim.isVague)
    }

    @Test("according to X, before or after the statement", arguments: [
        "According to the ministry, exports fell by a third.",
        "Exports fell by a third, according to the ministry.",
    ])
    func accordingTo(text: String) throws {
        let analysis = ProfileFixture.claimed(text)
        let claim = try #require(analysis.claims.first)
        #expect(ProfileFixture.article(text).text.unicodeScalars.count >= claim.range.end)
        #expect(analysis.claims(containing: "xports fell by a third", in: text).count == 1)
        #expect(analysis.source(at: claim.sourceIndex)?.name == "the ministry")
        #expect(analysis.source(at: claim.sourceIndex)?.sourceClass == .official)
        #expect(!claim.isVague)
    }

    @Test("a short name and a pronoun resolve to the full name")
    func namesAndPronouns() throws {
        let text = "Jonas Weber, an economist at Marlow University, studies housing.\n\nWeber points out that prices doubled. She disagreed, but he argued that supply lagged."
        let analysis = ProfileFixture.claimed(text)
        let doubled = try #require(analysis.claims(containing: "prices doubled", in: text).first)
        #expect(analysis.source(at: doubled.sourceIndex)?.name == "Jonas Weber")
        #expect(doubled.cue?.text == "points out")
        let lagged = try #require(analysis.claims(containing: "supply lagged", in: text).first)
        #expect(analysis.source(at: lagged.sourceIndex)?.name == "Jonas Weber")
        #expect(!lagged.isVague)
    }

    @Test("quotes are claims of their speakers, and words inside quote marks cue nothing")
    func quotes() throws {
        let text = "“Experts believe the dam will hold,” Nadia Ferri said."
        let ferri = ProfileFixture.person("Nadia Ferri", in: text)
        let quote = Quote(range: ProfileFixture.range(of: "Experts believe the dam will hold", in: text), kind: .direct,
                          cue: Mention(text: "said", range: ProfileFixture.range(of: "said", in: text)), sourceIndex: 0)
        let analysis = ProfileFixture.claimed(text, sources: [ferri], quotes: [quote])
        #expect(analysis.claims.count == 1)
        #expect(analysis.source(at: analysis.claims.first?.sourceIndex)?.name == "Nadia Ferri")
        #expect(analysis.claims.first?.isVague == false)
    }

    @Test("nouns that look like verbs cue nothing", arguments: [
        "The false claims about the vaccine spread quickly.",
        "Recent media reports in the capital have been wrong before.",
        "The two nations will continue to trade.",
        "Officials are expected to blame the weather.",
    ])
    func noFalseCues(text: String) {
        #expect(ProfileFixture.claimed(text).claims.isEmpty)
    }

    @Test("a sentence with a hyperlink is a claim of the linked document")
    func links() throws {
        let text = "Rents rose by a fifth last year. The council said budgets were tight, as its audit shows."
        var article = ProfileFixture.article(text)
        let anchor = ProfileFixture.range(of: "rose by a fifth", in: article.text)
        let second = ProfileFixture.range(of: "budgets were tight", in: article.text)
        article.paragraphs[0].links = [Link(range: anchor, url: "https://www.example.org/rents"),
                                       Link(range: second, url: "https://example.net/audit")]
        let analysis = ProfileFixture.claimed(article)
        let linked = try #require(analysis.claims(containing: "Rents rose", in: article.text).first)
        #expect(analysis.source(at: linked.sourceIndex)?.name == "example.org")
        #expect(analysis.source(at: linked.sourceIndex)?.kind == .document)
        #expect(linked.links == ["https://www.example.org/rents"])
        let said = try #require(analysis.claims(containing: "budgets were tight", in: article.text).first)
        #expect(said.links == ["https://example.net/audit"])
        #expect(analysis.source(at: said.sourceIndex)?.name == "The council")
    }

    @Test("hostile input finishes and finds nothing absurd", arguments: [
        ("said ", 20_000), ("Experts believe ", 5_000), ("Experts believe. ", 5_000), ("“", 10_000),
        ("Minister ", 20_000), ("Ab Cd, a professor at X, ", 2_000), ("مرحبا بالعالم ", 5_000), ("北京表示 ", 5_000),
    ])
    func hostile(unit: String, count: Int) {
        let text = String(repeating: unit, count: count)
        let analysis = ProfileFixture.claimed(text)
        #expect(analysis.claims.allSatisfy { $0.range.end <= text.unicodeScalars.count })
        #expect(analysis.sources.count <= 2)
        #expect(analysis.claims.count <= count)
    }
}
