import Testing
@testable import BylineCore

/// What reading one fixture must give.
struct PlainTextExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String?
    var site: String?
    var authors: [String] = []
    var published: String?
    var paragraphs: Int
    var firstStarts: String
    var lastStarts: String
    /// Words of the boilerplate around the article that must not reach the body.
    var absent: [String]

    var testDescription: String { file }
}

@Suite("Plain-text reader: fixtures with different boilerplate")
struct PlainTextReaderFixtureTests {
    static let expectations = [
        PlainTextExpectation(
            file: "ferry-timetable.txt",
            title: "Ferry timetable cut leaves island commuters stranded", site: "The Skerry Echo",
            paragraphs: 5, firstStarts: "Commuters on Hollin Isle", lastStarts: "The change takes effect",
            absent: ["Island news since 1952", "Never miss a story", "By signing up", "Pier Road", "Subscribe now"]
        ),
        PlainTextExpectation(
            file: "orchard-frost.txt",
            title: "Late frost wipes out half of Brennock Valley's apple blossom",
            authors: ["Orla Fennimore"], published: "2026-04-22",
            paragraphs: 4, firstStarts: "A hard frost on Sunday night", lastStarts: "Experts believe late frosts",
            absent: ["cookies", "Accept all", "By Orla", "Published", "Share this story", "WhatsApp", "Tags:"]
        ),
        PlainTextExpectation(
            file: "museum-loan.txt",
            title: "Harrowgate museum agrees to return carved doors",
            paragraphs: 4, firstStarts: "The Harrowgate Civic Museum will return", lastStarts: "Some curators fear",
            absent: ["Donate today", "www.harrowgatepost", "Follow us"]
        ),
        PlainTextExpectation(
            file: "council-audit.txt",
            title: "Audit questions Dunmere council's parking contract",
            paragraphs: 4, firstStarts: "An external audit has questioned", lastStarts: "\"I want every resident",
            absent: []
        ),
    ]

    @Test("title, site, credits, paragraphs and boilerplate", arguments: expectations)
    func fixture(expected: PlainTextExpectation) throws {
        let article = PlainTextReader.read(try PlainTextFixture.text(expected.file))
        #expect(article.title == expected.title)
        #expect(article.site == expected.site)
        #expect(article.authors == expected.authors)
        #expect(article.published == expected.published)
        #expect(article.paragraphs.count == expected.paragraphs)
        let texts = paragraphTexts(article)
        #expect(texts.first?.hasPrefix(expected.firstStarts) == true, "first paragraph: \(texts.first ?? "none")")
        #expect(texts.last?.hasPrefix(expected.lastStarts) == true, "last paragraph: \(texts.last ?? "none")")
        for words in expected.absent {
            #expect(!article.text.contains(words), "\(words) should not be in the body")
        }
        if let title = expected.title { #expect(!article.text.contains(title)) }
    }

    static let samples = [
        PlainTextExpectation(
            file: "harbour-bridge-vote.txt",
            title: "Harbour bridge vote splits Kestrel Bay council", site: "The Portside Ledger",
            paragraphs: 16, firstStarts: "Kestrel Bay's town council voted", lastStarts: "The finance committee will meet",
            absent: ["News for the Estuary Towns", "morning briefing", "By entering your email", "Quay Street", "Subscribe now"]
        ),
        PlainTextExpectation(
            file: "grain-export-levy.txt",
            title: "Orvalia to scrap grain export levy as harvest forecasts improve",
            authors: ["Tomasz Lindqvist", "Mireille Achebe"], published: "2026-03-12",
            paragraphs: 16, firstStarts: "Orvalia will phase out", lastStarts: "The phase-out still needs",
            absent: ["cookies", "Accept all", "Share this article", "LinkedIn", "Tags:"]
        ),
        PlainTextExpectation(
            file: "river-clinic-boats.txt",
            title: "Floating clinics halve missed check-ups along the Varna delta, report finds",
            paragraphs: 15, firstStarts: "Boats that carry nurses", lastStarts: "It is expected that the observatory",
            absent: ["Donate now", "Follow us"]
        ),
        PlainTextExpectation(
            file: "library-evening-hours.txt",
            title: "Evening closures at Millbrook library spark petition", site: "The Vale Gazette",
            paragraphs: 13, firstStarts: "More than 2,300 people", lastStarts: "Quayle said she would meet",
            absent: ["Skip to main content", "Home ›", "Register to comment", "Comments (0)", "Log in"]
        ),
    ]

    @Test("the bundled plain-text samples (BOM and CRLF included)", arguments: samples)
    func sample(expected: PlainTextExpectation) throws {
        let article = try ArticleReader.read(try PlainTextFixture.sample(expected.file))
        #expect(article.title == expected.title)
        #expect(article.site == expected.site)
        #expect(article.authors == expected.authors)
        #expect(article.published == expected.published)
        #expect(article.paragraphs.count == expected.paragraphs)
        #expect(article.warnings.isEmpty)
        let texts = paragraphTexts(article)
        #expect(texts.first?.hasPrefix(expected.firstStarts) == true, "first paragraph: \(texts.first ?? "none")")
        #expect(texts.last?.hasPrefix(expected.lastStarts) == true, "last paragraph: \(texts.last ?? "none")")
        for words in expected.absent {
            #expect(!article.text.contains(words), "\(words) should not be in the body")
        }
    }

    @Test("boilerplate-like sentences in the middle and in quoted speech at the end stay")
    func keepsArticleSentencesThatMentionSigningUp() throws {
        let article = PlainTextReader.read(try PlainTextFixture.text("council-audit.txt"))
        #expect(article.text.contains("Residents can sign up for email alerts"))
        #expect(article.text.contains("should register with the clerk"))
    }

    private func paragraphTexts(_ article: Article) -> [String] {
        let scalars = Array(article.text.unicodeScalars)
        return article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }
}

@Suite("Plain-text reader: layout and offsets")
struct PlainTextReaderLayoutTests {
    @Test("paragraphs split on blank lines; lines inside a paragraph are joined")
    func blankLines() {
        let article = PlainTextReader.read("First line\nstill first.\n\n\nSecond paragraph.\n")
        #expect(article.text == "First line still first.\n\nSecond paragraph.")
        #expect(article.paragraphs.map(\.range) == [TextRange(start: 0, end: 23), TextRange(start: 25, end: 42)])
    }

    @Test("a text without blank lines splits on single line breaks, a final newline notwithstanding")
    func singleNewlines() {
        let article = PlainTextReader.read("One sentence here.\nAnother sentence there.\nA third one.\n")
        #expect(article.paragraphs.count == 3)
        #expect(article.text == "One sentence here.\n\nAnother sentence there.\n\nA third one.")
    }

    @Test("a short line between paragraphs is a heading")
    func headings() {
        let article = PlainTextReader.read("The council met on Monday.\n\nWhat happens next\n\nA vote follows in May.")
        #expect(article.paragraphs.map(\.kind) == [.body, .heading, .body])
    }

    @Test("the text is normalised: NBSP, zero-width, CRLF, controls, NFC")
    func normalises() {
        let article = PlainTextReader.read("Caf\u{65}\u{301}\u{A0}owners\u{200B} met.\r\n\r\nThe \u{1B}[31mred\u{1B}[0m vote\u{9B}2J passed.")
        #expect(article.text == "Caf\u{E9} owners met.\n\nThe red vote passed.")
    }

    @Test("verbatim keeps the text exactly; its paragraphs are the title's line and the body as they lie in it")
    func verbatim() throws {
        let raw = try PlainTextFixture.text("ferry-timetable.txt")
        let article = PlainTextReader.verbatim(raw)
        #expect(article.text == raw)
        #expect(article.title == "Ferry timetable cut leaves island commuters stranded")
        #expect(article.paragraphs.map(\.kind) == [.heading] + Array(repeating: .body, count: 5))
        let scalars = Array(raw.unicodeScalars)
        let texts = article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(texts.first == "Ferry timetable cut leaves island commuters stranded")
        #expect(texts.dropFirst().first?.hasPrefix("Commuters on Hollin Isle") == true)
        #expect(texts.last == "The change takes effect on the first Monday of next month.")
        #expect(!texts.contains { $0.contains("Subscribe") || $0.contains("Skerry Echo") })
    }

    @Test("verbatim offsets count scalars through CRLF and non-ASCII text")
    func verbatimOffsets() {
        let raw = "Überschrift für alle\r\n\r\nZürich voted “yes” on Sunday.\r\n\r\nThe count took two days.\r\n"
        let article = PlainTextReader.verbatim(raw)
        let scalars = Array(raw.unicodeScalars)
        let texts = article.paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(article.title == "Überschrift für alle")
        #expect(texts == ["Überschrift für alle", "Zürich voted “yes” on Sunday.", "The count took two days."])
        #expect(article.paragraphs.map(\.kind) == [.heading, .body, .body])
    }

    @Test("the body is made from the text's bytes as paragraph by paragraph strings make it", arguments: [
        "Zürich \t votes\ttoday.\nStill   the first.\n\nShort heading\n\nA “quoted” 😀 line\u{2028}with a separator.\n\nLast.",
        "One line.\nAnother line.\nA third.",
        "Ωmega\n\n\n\n   \n\n会谈恢复。部长表示。\n\nEnd of text without a full stop",
    ])
    func bodyFromBytes(text: String) {
        let layout = PlainTextLayout(scalars: Array(text.unicodeScalars), isNormalized: true)
        var builder = ArticleBuilder()
        for paragraph in layout.body {
            builder.append(ParagraphSplitter.collapsingWhitespace(in: Array(text.unicodeScalars), range: paragraph.block.range), kind: paragraph.kind)
        }
        let body = PlainTextBody(of: layout.body, in: text)
        #expect(body.text == builder.text)
        #expect(body.paragraphs == builder.paragraphs)
        #expect(!body.paragraphs.isEmpty)
    }

    @Test("empty and blank text give an empty article, never a crash", arguments: ["", "\n\n", "   \t  "])
    func emptyText(text: String) {
        let article = PlainTextReader.read(text)
        #expect(article.paragraphs.isEmpty)
        #expect(article.text.isEmpty)
    }

    @Test("hostile input: one enormous line and thousands of tiny paragraphs")
    func hostileInput() {
        let longLine = String(repeating: "word ", count: 200_000)
        #expect(PlainTextReader.read(longLine).paragraphs.count == 1)
        let tiny = Array(repeating: "Sign up!", count: 5_000).joined(separator: "\n\n")
        #expect(PlainTextReader.read(tiny).paragraphs.count == 5_000 - 2 * BoilerplateTrimmer.longestRun)
    }
}

@Suite("Collapsing white space")
struct WhitespaceCollapsingTests {
    @Test("runs of white space of any kind become one space, none at the ends, whatever the range asks", arguments: [
        ("  a \t\n b\u{00A0}\u{2003}c  ", TextRange(start: 0, end: .max), "a b c"),
        ("  a \t\n b\u{00A0}\u{2003}c  ", TextRange(start: 3, end: 11), "b c"),
        ("déjà\n\nvu — ok", TextRange(start: 0, end: 13), "déjà vu — ok"),
        ("", TextRange(start: 0, end: .max), ""),
    ])
    func collapses(text: String, range: TextRange, expected: String) {
        #expect(ParagraphSplitter.collapsingWhitespace(in: text, range: range) == expected)
    }
}
