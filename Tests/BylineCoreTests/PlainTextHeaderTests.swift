import Testing
@testable import BylineCore

@Suite("Plain-text reader: title header, byline and dateline")
struct PlainTextHeaderTests {
    @Test("`Title - Site | tagline` followed by the title again")
    func titleSiteTagline() {
        let article = PlainTextReader.read("""
            Tide mill reopens after restoration - The Wexmoor Advertiser | Since 1881
            Tide mill reopens after restoration

            The tide mill at Wexmoor ground its first flour in sixty years on Saturday.
            """)
        #expect(article.title == "Tide mill reopens after restoration")
        #expect(article.site == "The Wexmoor Advertiser")
        #expect(article.paragraphs.count == 1)
        #expect(!article.text.contains("Since 1881"))
    }

    @Test("the site first: `Site | Title` followed by the title again")
    func siteFirst() {
        let article = PlainTextReader.read("""
            The Wexmoor Advertiser | Tide mill reopens after restoration
            Tide mill reopens after restoration

            The mill ground its first flour in sixty years.
            """)
        #expect(article.title == "Tide mill reopens after restoration")
        #expect(article.site == "The Wexmoor Advertiser")
    }

    @Test("a title whose own words hold a separator keeps them")
    func separatorInsideTitle() {
        let article = PlainTextReader.read("""
            Budget 2027 - what changes for renters - Harbour Weekly
            Budget 2027 - what changes for renters

            Renters will see three changes next year.
            """)
        #expect(article.title == "Budget 2027 - what changes for renters")
        #expect(article.site == "Harbour Weekly")
    }

    @Test("`Title | Site` on its own line, the site reading as a name")
    func titleBarSite() {
        let article = PlainTextReader.read("Flood barrier tested ahead of winter | Lowfield Gazette\n\nEngineers raised the barrier on Tuesday.")
        #expect(article.title == "Flood barrier tested ahead of winter")
        #expect(article.site == "Lowfield Gazette")
    }

    @Test("a short first line followed by a blank line is the title, with no site")
    func bareTitle() {
        let article = PlainTextReader.read("Flood barrier tested ahead of winter\n\nEngineers raised the barrier on Tuesday.")
        #expect(article.title == "Flood barrier tested ahead of winter")
        #expect(article.site == nil)
        #expect(article.text == "Engineers raised the barrier on Tuesday.")
    }

    @Test("no title when the first paragraph is prose", arguments: [
        "Engineers raised the flood barrier on Tuesday, a month ahead of the storm season.\n\nIt worked.",
        "Engineers raised the barrier.\n\nIt worked.",
        "Only one paragraph without a header",
    ])
    func noTitle(text: String) {
        let article = PlainTextReader.read(text)
        #expect(article.title == nil)
        #expect(article.text.hasPrefix(text.prefix(10)))
    }

    @Test("page furniture above a repeated title is skipped")
    func furnitureAboveTitle() {
        let article = PlainTextReader.read("""
            Skip to main content

            Home › News › Environment

            Lowfield Gazette | Flood barrier tested ahead of winter
            Flood barrier tested ahead of winter

            Engineers raised the barrier on Tuesday.

            The test lasted four hours.
            """)
        #expect(article.title == "Flood barrier tested ahead of winter")
        #expect(article.site == "Lowfield Gazette")
        #expect(article.paragraphs.count == 2)
    }

    @Test("a repeated title below more furniture than the first six blocks is found after the furniture")
    func repeatedTitleBelowLongFurniture() {
        let furniture = ["Skip to content", "Home | News | Sport | Weather", "Sign up for our newsletter!", "Follow us on Facebook and Instagram",
                         "Subscribe now", "Log in", "Share this article"]
        let article = PlainTextReader.read(furniture.joined(separator: "\n\n") + "\n\n" + """

            Tide mill reopens after restoration - The Wexmoor Advertiser
            Tide mill reopens after restoration

            The tide mill at Wexmoor ground its first flour in sixty years on Saturday.
            """)
        #expect(article.title == "Tide mill reopens after restoration")
        #expect(article.site == "The Wexmoor Advertiser")
        #expect(article.text == "The tide mill at Wexmoor ground its first flour in sixty years on Saturday.")
    }

    @Test("the header and the furniture at both ends are found in a long text")
    func longText() {
        let body = (1...2_000).map { "Paragraph \($0) of the report, the clerk said, runs on as reports do." }
        let text = """
            Home | News | Politics | World

            Lowfield Gazette | Flood barrier tested ahead of winter
            Flood barrier tested ahead of winter

            By Nadia Quist

            """ + body.joined(separator: "\n\n") + """


            Share this article on Facebook, Twitter or WhatsApp

            Privacy policy | Terms of use | Cookie settings
            """
        for article in [PlainTextReader.read(text), PlainTextReader.verbatim(text)] {
            #expect(article.title == "Flood barrier tested ahead of winter")
            #expect(article.site == "Lowfield Gazette")
            #expect(article.authors == ["Nadia Quist"])
        }
        let article = PlainTextReader.read(text)
        #expect(article.paragraphs.count == body.count)
        #expect(article.text.hasPrefix("Paragraph 1 of the report"))
        #expect(article.text.hasSuffix("Paragraph 2000 of the report, the clerk said, runs on as reports do."))
    }

    @Test("a byline holds at most sixteen words, counted alike in ASCII and beyond")
    func bylineLength() {
        let names = ["Ana Ruiz", "Tom Okafor", "Jo Lamb", "Li Wei", "Ed Moss", "Al Pine", "Bo Ek"]
        let sixteen = "By " + names.joined(separator: ", ") + ", Cy"
        #expect(CreditLineParser.authors(in: sixteen) == names + ["Cy"])
        #expect(CreditLineParser.authors(in: sixteen + " Oz") == nil)
        let accented = names.map { $0.replacingOccurrences(of: "o", with: "ö") }
        #expect(CreditLineParser.authors(in: "By " + accented.joined(separator: ", ") + ", Cy") == accented + ["Cy"])
        #expect(CreditLineParser.authors(in: "By " + accented.joined(separator: ", ") + ", Cy Öz") == nil)
    }

    @Test("a cookie notice above a bare title is skipped")
    func cookieNoticeAboveTitle() {
        let article = PlainTextReader.read("""
            We use cookies to improve your experience. By continuing you consent to our cookie policy.

            Flood barrier tested ahead of winter

            Engineers raised the barrier on Tuesday.
            """)
        #expect(article.title == "Flood barrier tested ahead of winter")
        #expect(article.text == "Engineers raised the barrier on Tuesday.")
    }

    @Test("byline and dateline under the title fill authors and published", arguments: [
        ("By Nadia Quist and Paul Ferrier\n\nPublished 3 March 2026", ["Nadia Quist", "Paul Ferrier"], "2026-03-03"),
        ("By Nadia Quist, Paul Ferrier & Jo Lamb | March 3, 2026", ["Nadia Quist", "Paul Ferrier", "Jo Lamb"], "2026-03-03"),
        ("Updated 2026-11-29 08:15\nBy Nadia Quist", ["Nadia Quist"], "2026-11-29"),
        ("Sept. 9th, 2025", [], "2025-09-09"),
    ])
    func credits(lines: String, authors: [String], published: String) {
        let article = PlainTextReader.read("Flood barrier tested ahead of winter\n\n\(lines)\n\nEngineers raised the barrier on Tuesday.")
        #expect(article.authors == authors)
        #expect(article.published == published)
        #expect(article.text == "Engineers raised the barrier on Tuesday.")
    }

    @Test("a prose paragraph opening with \"By\" is not a byline")
    func byInProse() {
        let article = PlainTextReader.read("Flood barrier tested\n\nBy the time the tide turned, the water had fallen by a metre.\n\nIt held.")
        #expect(article.authors.isEmpty)
        #expect(article.paragraphs.count == 2)
    }

    @Test("dates in the forms pages use", arguments: [
        ("3 March 2026", "2026-03-03"), ("March 3, 2026", "2026-03-03"), ("Mar. 3, 2026", "2026-03-03"),
        ("2026-03-03T10:00:00Z", "2026-03-03"), ("Posted on 21st December 2025, 9:14", "2025-12-21"),
    ])
    func dates(line: String, iso: String) {
        #expect(CreditLineParser.date(in: line) == iso)
    }

    @Test("no date where there is none", arguments: ["May we ask a question?", "2026-13-40", "In March 2026 alone", "Flat 3, Mayfield Road"])
    func noDate(line: String) {
        #expect(CreditLineParser.date(in: line) == nil)
    }
}

@Suite("Plain-text reader: headlines that sound like furniture")
struct PlainTextHeadlineWordsTests {
    @Test("news words in a headline do not make it boilerplate", arguments: [
        "Strike ends today as talks resume now",
        "Free school meals extended to all pupils",
        "Latest figures show rents rising again",
    ])
    func headline(title: String) {
        let article = PlainTextReader.read("\(title)\n\nThe council confirmed the change on Monday.")
        #expect(article.title == title)
        #expect(article.text == "The council confirmed the change on Monday.")
    }
}

@Suite("Plain-text reader: lines that are not titles")
struct PlainTextNotTitleTests {
    @Test("a wire credit at the top fills the authors and is no title", arguments: [
        ("Ines Hallam, The Meridian Press", "Ines Hallam"),
        ("Tomas de Wit, staff reporter", "Tomas de Wit"),
    ])
    func wireCredit(line: String, author: String) {
        let article = PlainTextReader.read("\(line)\n\nHARWICK -- The council met on Monday.\n\nIt voted on Tuesday.")
        #expect(article.title == nil)
        #expect(article.authors == [author])
        #expect(article.text.hasPrefix("HARWICK -- The council"))
    }

    @Test("a one-sentence lede ending in a quotation is no title")
    func ledeEndingInQuote() {
        let article = PlainTextReader.read("The mayor finally said “enough.”\n\nShe will not stand again.")
        #expect(article.title == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test("a headline in headline case keeps a closing full stop")
    func headlineCaseWithFullStop() {
        let article = PlainTextReader.read("Harbour Council Approves Lifting Bridge After Long Debate.\n\nThe vote was seven to five.")
        #expect(article.title == "Harbour Council Approves Lifting Bridge After Long Debate.")
        #expect(article.text == "The vote was seven to five.")
    }
}

@Suite("Plain-text reader: folded text for comparing titles")
struct FoldedTextTests {
    @Test("a comparison on the first scalars answers as comparing the whole folded text does", arguments: [
        ("Café owners protest", "caféownersprotest", true),
        ("Cafe\u{301} owners", "caféowners", true),
        ("CAFÉ", "cafe\u{301}", true),
        ("İstanbul talks", "i\u{307}stanbultalks", true),
        ("‘Quoted’ “Title”", "'quoted'\"title\"", true),
        ("ae\u{301}x", "aéx", true),
        ("aé", "ae", false),
        ("Ab", "a", false),
        ("A", "ab", false),
        ("\u{1100}\u{1161}", "\u{AC00}", true),
        ("A long line of prose that goes on and on, as prose does", "alonglineofprosethat", false),
        ("   ", "", true),
    ])
    func comparison(text: String, other: String, isEqual: Bool) {
        var folded = FoldedText(text)
        #expect(folded.equals(other) == isEqual)
        #expect((FoldedText.folding(text) == other) == isEqual)
    }

    @Test("a repeated title is found whatever its case, quotes and composition")
    func repeatedTitleInOtherForms() {
        let article = PlainTextReader.read("CAFE\u{301} OWNERS PROTEST - The Ledger\nCafé owners protest\n\nThe owners met on Monday.")
        #expect(article.title == "Café owners protest")
        #expect(article.site == "The Ledger")
    }
}

