import Testing
@testable import BylineCore

/// The statements an article attributes: verbs of attribution with their subjects,
/// "according to", impersonal passives, hedges, hyperlinks, and the quotes themselves.
@Suite("Claims")
struct ClaimTests {
    /// An article, a claim in it (some of its words) and what the claim should rest on.
    struct Case: CustomTestStringConvertible, Sendable {
        let paragraphs: [String]
        let words: String
        let source: String?
        let kind: Source.Kind?
        let cue: String?

        init(_ paragraphs: [String], _ words: String, source: String?, _ kind: Source.Kind?, cue: String?) {
            self.paragraphs = paragraphs
            self.words = words
            self.source = source
            self.kind = kind
            self.cue = cue
        }

        init(_ paragraph: String, _ words: String, source: String?, _ kind: Source.Kind?, cue: String?) {
            self.init([paragraph], words, source: source, kind, cue: cue)
        }

        var testDescription: String { paragraphs.joined(separator: " ¶ ") }
    }

    /// Checks that exactly one claim holds the words, resting on the expected source with the
    /// expected cue.
    private func check(_ example: Case) throws {
        let reading = Fixture.analyze(example.paragraphs)
        let found = reading.claims(containing: example.words)
        #expect(found.count == 1, "claims \(reading.claims.map(\.description))")
        let claim = try #require(found.first)
        #expect(claim.source?.name == example.source)
        #expect(claim.source?.kind == example.kind)
        #expect(claim.cue == example.cue)
    }

    @Test("a verb of attribution makes a claim of the source its subject names", arguments: [
        Case("Leaked memos obtained by the union in May accuse the company of hiding losses.", "accuse the company of hiding losses",
             source: "Leaked memos", .document, cue: "accuse"),
        Case("Many economists fear the currency will fall before winter.", "the currency will fall", source: "Many economists", .group, cue: "fear"),
        Case("Local media reports in Ruritania have repeated the rumour for weeks.", "repeated the rumour",
             source: "Local media reports in Ruritania", .media, cue: "repeated"),
        Case("Both mayors also condemned the closure of the ferry.", "condemned the closure", source: "Both mayors", .group, cue: "condemned"),
        Case("The union accused the board of lying about the pier.", "accused the board of lying", source: "The union", .organization, cue: "accused"),
        Case("Ada Okafor discussed the cost of repairs with the board.", "the cost of repairs", source: "Ada Okafor", .person, cue: "discussed"),
        Case("Ada Okafor pointed out that the pier was old.", "the pier was old", source: "Ada Okafor", .person, cue: "pointed out"),
        Case("The data show that the pier is unsafe.", "the pier is unsafe", source: "The data", .document, cue: "show"),
        Case("Ada Okafor believes the pier is rotten.", "the pier is rotten", source: "Ada Okafor", .person, cue: "believes"),
        // A relative pronoun points back at the source.
        Case("The board issued a statement which discussed the cost of repairs.", "the cost of repairs", source: "a statement", .document, cue: "discussed"),
        Case("The union sent a letter which accused the board of lying.", "accused the board of lying", source: "a letter", .document, cue: "accused"),
        Case("The board released a survey on Monday that showed fares were too high.", "fares were too high", source: "a survey", .document, cue: "showed"),
        // Family names and pronouns resolve to the full name.
        Case(["Lars Eklund, an economist at Marlow University, studies housing.", "Eklund points out that prices doubled."], "prices doubled",
             source: "Lars Eklund", .person, cue: "points out"),
        Case(["Lars Eklund, an economist at Marlow University, studies housing.", "She disagreed, but he argued that supply lagged."], "supply lagged",
             source: "Lars Eklund", .person, cue: "argued"),
    ])
    func attributed(_ example: Case) throws {
        try check(example)
    }

    @Test("\"according to X\", before or after the statement", arguments: [
        Case("According to the Harbour Board, repairs will cost millions.", "repairs will cost millions", source: "Harbour Board", .organization, cue: "According to"),
        Case("Repairs will cost millions, according to the Harbour Board.", "epairs will cost millions", source: "Harbour Board", .organization, cue: "according to"),
        Case("According to the ministry, exports fell by a third.", "xports fell by a third", source: "the ministry", .organization, cue: "According to"),
        Case("According to experts, the pier is rotten.", "the pier is rotten", source: "experts", .group, cue: "According to"),
        Case("The pier is rotten, according to engineers.", "The pier is rotten", source: "engineers", .group, cue: "according to"),
        Case("The pier is rotten, according to Ada Okafor, the harbour engineer.", "The pier is rotten", source: "Ada Okafor", .person, cue: "according to"),
        Case("According to the Millbrook Courier, the pier is rotten.", "the pier is rotten", source: "Millbrook Courier", .media, cue: "According to"),
    ])
    func accordingTo(_ example: Case) throws {
        try check(example)
    }

    @Test("impersonal passives and hedging adverbs: claims on no source, vague", arguments: [
        ("It is expected that the pier will reopen in June.", "the pier will reopen in June", "It is expected"),
        ("It was widely believed that the vote would fail.", "the vote would fail", "It was widely believed"),
        ("It is understood that the board will meet again.", "the board will meet again", "It is understood"),
        ("It has been suggested that the ferry could be sold.", "the ferry could be sold", "It has been suggested"),
        ("It is thought that the ferry will be sold.", "the ferry will be sold", "It is thought"),
        ("It was reported that the pier had closed.", "the pier had closed", "It was reported"),
        ("The mayor reportedly offered to resign.", "The mayor reportedly offered to resign", "reportedly"),
        ("The pier was reportedly closed on Friday.", "The pier was reportedly closed on Friday", "reportedly"),
        ("The ferry company allegedly ignored the warnings.", "The ferry company allegedly ignored the warnings", "allegedly"),
        ("The pier is apparently unsafe.", "The pier is apparently unsafe", "apparently"),
    ])
    func unsourced(sentence: String, words: String, cue: String) throws {
        let reading = Fixture.analyze([sentence])
        let claim = try #require(reading.claims(containing: words).first, "claims \(reading.claims.map(\.description))")
        #expect(claim.text == words)
        #expect(claim.source == nil)
        #expect(claim.isVague)
        #expect(claim.cue == cue)
        #expect(reading.analysis.sources.isEmpty)
    }

    @Test("nouns that look like verbs, infinitives and plain assertions are no claims", arguments: [
        "Recent media reports in the capital have been wrong before.",
        "The false claims about the ferry spread quickly.",
        "His reports on the harbour won prizes.",
        "Both towns will continue to share the ferry.",
        "Officials are expected to blame the weather.",
        "The mayor's critics are expected to blame the tide.",
        "It is clear that the pier is unsafe.",
        "The mill closed in 1998 and never reopened.",
    ])
    func noClaims(sentence: String) {
        let reading = Fixture.analyze([sentence])
        #expect(reading.claims.isEmpty, "claims \(reading.claims.map(\.description))")
    }

    @Test("a sentence whose only attribution is a hyperlink is a claim of the linked host", arguments: [
        ("Fares rose by a third last year.", "rose by a third", "https://www.example.org/fares", "example.org"),
        ("Rents rose by a fifth last year.", "Rents rose", "https://www.example.org/rents", "example.org"),
        ("The pier has been closed since May.", "closed since May", "https://news.example.com/pier?id=3", "news.example.com"),
        ("A study published last week found rents rose by a fifth.", "A study", "https://journal.example.edu/rents", "journal.example.edu"),
    ])
    func links(sentence: String, anchor: String, url: String, host: String) throws {
        let reading = Fixture.analyze([sentence], links: [Fixture.LinkSpec(anchor, url)])
        let claim = try #require(reading.claims.first, "\(reading.summary)")
        #expect(reading.claims.count == 1)
        #expect(claim.text == sentence)
        #expect(claim.source?.name == host)
        #expect(claim.source?.kind == .document)
        #expect(claim.sourceMention == anchor)
        #expect(claim.links == [url])
        #expect(!claim.isVague)
    }

    @Test("a link in a sentence with its own attribution goes with that claim", arguments: [
        (["The pier has been closed since May, the board said."], "closed since May", "https://example.net/pier", "the board"),
        (["Rents rose by a fifth last year. The council said budgets were tight, as its audit shows."], "budgets were tight", "https://example.net/audit",
         "The council"),
    ])
    func linkedAttribution(paragraphs: [String], anchor: String, url: String, source: String) throws {
        let reading = Fixture.analyze(paragraphs, links: [Fixture.LinkSpec(anchor, url)])
        let claim = try #require(reading.claims(containing: anchor).first, "\(reading.summary)")
        #expect(claim.source?.name == source)
        #expect(claim.links == [url])
        #expect(!reading.sourceNames.contains("example.net"))
    }

    @Test("every quote is a claim of its speaker; words inside quote marks cue nothing", arguments: [
        ["“The pier is safe,” Ada Okafor said."],
        ["Ada Okafor said that the ferry would stop running."],
        ["Ada Okafor called the fare rise “a tax on the poor.”"],
        ["“We lost the harvest,” said farmer Ada Okafor.", "“The rain never came. The wells are low.”"],
        ["“Experts believe the dam will hold,” Lena Sauer said."],
        ["“Critics say the pier is rotten, and sources agree,” Kofi Mensah said."],
        ["The roof is safe, Kofi Mensah said, but the walls need work."],
    ])
    func quotesAreClaims(paragraphs: [String]) {
        let reading = Fixture.analyze(paragraphs)
        #expect(!reading.quotes.isEmpty)
        #expect(reading.claims.count == reading.quotes.count, "claims \(reading.claims.map(\.description))")
        for quote in reading.analysis.quotes {
            #expect(reading.analysis.claims.contains { $0.range == quote.range && $0.sourceIndex == quote.sourceIndex && !$0.isVague },
                    "no claim for “\(reading.text(quote.range))”")
        }
    }
}
