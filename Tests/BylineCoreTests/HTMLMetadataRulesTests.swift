import Testing
@testable import BylineCore

/// Reads a page written for these tests.
private func read(_ html: String, url: String? = nil) -> Article {
    HTMLReader.read(Array(html.utf8), url: url)
}

/// A page with `head` in its head and `body` as its body.
private func page(head: String = "", body: String) -> String {
    "<html><head>\(head)</head><body>\(body)</body></html>"
}

/// A paragraph long enough to be an article's body.
private let prose = "<p>The harbour board met on Tuesday evening and agreed, after a long debate about tides, "
    + "ferries and the cost of dredging, to move the morning sailing forty minutes later from April.</p>"

@Suite("HTML metadata: dates written in text")
struct DateTextTests {
    @Test("days in the main European languages and forms", arguments: [
        ("16. Januar 2023", "2023-01-16"), ("16/01/2023", "2023-01-16"), ("January 16, 2023", "2023-01-16"),
        ("16 de enero de 2023", "2023-01-16"), ("16 janvier 2023", "2023-01-16"), ("1er mars 2026", "2026-03-01"),
        ("Mar. 14th, 2026", "2026-03-14"), ("2026-03-14", "2026-03-14"), ("14 marzo 2026", "2026-03-14"),
        ("14 maart 2026", "2026-03-14"), ("14 marca 2026", "2026-03-14"), ("Montag, 14.3.2026, 09:30 Uhr", "2026-03-14"),
        ("the 14th of March 2026", "2026-03-14"), ("14 de março de 2026", "2026-03-14"), ("2026/03/14", "2026-03-14"),
    ])
    func days(text: String, iso: String) {
        #expect(DateText.firstDay(in: text)?.iso == iso)
    }

    @Test("no day without a day, a year, or a real date", arguments: [
        "März 2026", "14.03.", "31.02.2026", "14 Marzipan 2026", "page 3 of 12", "14.03.26",
    ])
    func noDay(text: String) {
        #expect(DateText.firstDay(in: text) == nil)
    }

    @Test("slashes read month first on American pages, day first elsewhere, and whichever order is real")
    func slashOrder() {
        #expect(DateText.firstDay(in: "03/04/2026")?.iso == "2026-04-03")
        #expect(DateText.firstDay(in: "03/04/2026", monthFirst: true)?.iso == "2026-03-04")
        #expect(DateText.firstDay(in: "03/24/2026")?.iso == "2026-03-24")
    }

    @Test("a two-digit year only in a date written with full stops, when allowed")
    func shortYears() {
        #expect(DateText.firstDay(in: "14.03.26", shortYears: true)?.iso == "2026-03-14")
        #expect(DateText.firstDay(in: "14/03/26", shortYears: true) == nil)
        #expect(DateText.firstDay(in: "Version 1.2.26.4", shortYears: true) == nil)
    }

    @Test("dates in addresses", arguments: [
        ("https://news.example/2026/03/14/ferry-timetable", "2026-03-14"),
        ("https://news.example/archive/2026-03/14/ferry.htm", "2026-03-14"),
        ("https://news.example/notices/14-03-2026", "2026-03-14"),
        ("https://news.example/local/20260314/ferry", "2026-03-14"),
    ])
    func addresses(url: String, iso: String) {
        #expect(AddressDate.day(url)?.iso == iso)
    }

    @Test("numbers in an address that name no day", arguments: [
        "https://news.example/story/123456789/ferry", "https://news.example/2026/03/ferry",
        "https://archive.example/web/20260314093000/https://news.example/ferry", "https://news2026.example/ferry",
    ])
    func noAddressDate(url: String) {
        #expect(AddressDate.day(url) == nil)
    }
}

@Suite("HTML metadata: names in bylines")
struct AuthorNamesTests {
    private let names = AuthorNames(excluding: ["The Lowmoor Gazette"], host: "lowmoorgazette")

    @Test("bylines in the main European languages", arguments: [
        ("By Maren Holt and Dev Okafor", ["Maren Holt", "Dev Okafor"]),
        ("Von Maren Holt und Dev Okafor, 3. März 2026", ["Maren Holt", "Dev Okafor"]),
        ("Par Élise Tremblay et Marc Gagnon", ["Élise Tremblay", "Marc Gagnon"]),
        ("Por Lucía Ferrer y Tomás Ibarra", ["Lucía Ferrer", "Tomás Ibarra"]),
        ("Di Marta Colli e Piero Sanna", ["Marta Colli", "Piero Sanna"]),
        ("Door Joost van Dam en Femke Smit", ["Joost van Dam", "Femke Smit"]),
        ("Autor: Karl Weißhaupt", ["Karl Weißhaupt"]),
        ("Text und Fotos: Karl Weißhaupt", ["Karl Weißhaupt"]),
        ("Posted on 3 March 2026 by Maren Holt", ["Maren Holt"]),
        ("3. März 2026, 09:30 Uhr von Maren Holt", ["Maren Holt"]),
        ("Von Maren Holt | 3. März 2026", ["Maren Holt"]),
        ("By Maren Holt, Dev Okafor and Ines Carrow", ["Maren Holt", "Dev Okafor", "Ines Carrow"]),
    ])
    func bylines(text: String, expected: [String]) {
        #expect(names.names(in: text, source: .byline) == expected)
    }

    @Test("lines that only look like bylines name no one", arguments: [
        "Fotos: Karl Weißhaupt", "Photo by Karl Weißhaupt", "By Midsummer the meadow flowers", "Stand: 3. März 2026",
        "Von der Brücke aus sah man", "Created by Karl Weißhaupt", "Ein Beitrag geteilt",
    ])
    func notBylines(text: String) {
        #expect(names.names(in: text, source: .byline).isEmpty)
    }

    @Test("never a site, a publisher or a newsroom", arguments: [
        "The Lowmoor Gazette", "Lowmoor Gazette Online", "Redaktion", "Online-Redaktion", "Staff", "La rédaction",
        "LowmoorGazette", "Editorial Team",
    ])
    func notPeople(text: String) {
        #expect(names.names(in: text, source: .field).isEmpty)
    }

    @Test("a user name stands alone in a marked field or after a byline's preposition")
    func handles() {
        #expect(names.names(in: "kat_writes", source: .marked) == ["kat_writes"])
        #expect(names.names(in: "Posted by kat_writes on 3 March 2026", source: .marked) == ["kat_writes"])
        #expect(names.names(in: "Veröffentlicht am", source: .marked).isEmpty)
    }

    @Test("particles stay inside names; a lone word among full names is a place; \"Holt, Maren\" is one name")
    func nameShapes() {
        #expect(names.names(in: "Ursula von der Brandt", source: .field) == ["Ursula von der Brandt"])
        #expect(names.names(in: "Maren Holt, Lowmoor, Dev Okafor", source: .marked) == ["Maren Holt", "Dev Okafor"])
        #expect(names.names(in: "Holt, Maren", source: .field) == ["Maren Holt"])
    }

    @Test("a field that turns into a phrase names no one")
    func phraseField() {
        #expect(names.names(in: "Zentrum für Gezeitenkunde und Hafenbau", source: .field).isEmpty)
    }
}

@Suite("HTML metadata: the title")
struct HeadlineChoiceTests {
    @Test("the heading the head's titles repeat, without section and site around it")
    func headingAgreesWithTitle() {
        let article = read(page(
            head: "<title>Ferry fares rise again | Travel | Lowmoor Gazette</title>",
            body: "<h1>Ferry fares rise again</h1>\(prose)"))
        #expect(article.title == "Ferry fares rise again")
    }

    @Test("a blog's name in an <h1> gives way to the post's title in an <h2>")
    func siteNameHeading() {
        let article = read(page(
            head: "<title>Notes from the allotment | Green Fingers</title><meta property=\"og:site_name\" content=\"Green Fingers\">",
            body: "<header><h1>Green Fingers</h1></header><article><h2>Notes from the allotment</h2>\(prose)</article>"))
        #expect(article.title == "Notes from the allotment")
        #expect(article.site == "Green Fingers")
    }

    @Test("a kicker the page marks is not part of the headline; parts in separate elements keep a space")
    func kicker() {
        let article = read(page(
            head: "<title>Tide study: Ferry timetable rewritten - Lowmoor Gazette</title>",
            body: "<h1><span class=\"kicker\">Tide study</span><span class=\"headline\">Ferry timetable rewritten</span></h1>\(prose)"))
        #expect(article.title == "Ferry timetable rewritten")
        let spans = read(page(head: "<title>Harbour News</title>", body: "<h1><span>Harbour</span><span>News</span></h1>\(prose)"))
        #expect(spans.title == "Harbour News")
    }

    @Test("an <h1> marked itemprop=headline is the headline even when the head words it differently")
    func microdataHeadline() {
        let article = read(page(
            head: "<meta property=\"og:title\" content=\"Ferries: later sailings\">",
            body: "<h1 itemprop=\"headline\">The morning ferry will sail forty minutes later</h1>\(prose)"))
        #expect(article.title == "The morning ferry will sail forty minutes later")
    }

    @Test("a heading that is a small part of the head's title gives way to the title")
    func partialHeading() {
        let article = read(page(
            head: "<meta property=\"og:title\" content=\"Ferries: why the morning sailing moves forty minutes later\">",
            body: "<h1>Ferries</h1>\(prose)"))
        #expect(article.title == "Ferries: why the morning sailing moves forty minutes later")
    }

    @Test("without a heading, the site part is stripped by the site's name or its host; references are decoded")
    func strippedTitles() {
        let byHost = read(page(
            head: "<title>Ferry fares rise again - lowmoorgazette.example</title>"
                + "<link rel=\"canonical\" href=\"https://www.lowmoorgazette.example/ferry\">",
            body: prose))
        #expect(byHost.title == "Ferry fares rise again")
        let escaped = read(page(head: "<meta property=\"og:title\" content=\"Fares &amp;#8211; and fees\">", body: prose))
        #expect(escaped.title == "Fares – and fees")
    }
}

@Suite("HTML metadata: authors")
struct PageAuthorTests {
    @Test("JSON-LD people count, organisations in the author field do not")
    func jsonLDPeople() {
        let article = read(page(
            head: """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens",
                "author":[{"@type":"Organization","name":"Dale Times"},{"@type":"Person","name":"Kit Marlow"}]}</script>
                """,
            body: "<h1>Bridge reopens</h1>\(prose)"))
        #expect(article.authors == ["Kit Marlow"])
    }

    @Test("a meta author that is the site, or a profile address, gives way to the visible byline")
    func metaAuthorIsSite() {
        let article = read(page(
            head: "<meta property=\"og:site_name\" content=\"Dale Times\"><meta name=\"author\" content=\"Dale Times\">"
                + "<meta property=\"article:author\" content=\"https://social.example/daletimes\">",
            body: "<article><h1>Bridge reopens</h1><div class=\"byline\">By Kit Marlow and Ines Carrow</div>\(prose)</article>"))
        #expect(article.authors == ["Kit Marlow", "Ines Carrow"])
    }

    @Test("several author meta tags are several authors; a surname-first name is turned round")
    func metaAuthors() {
        let article = read(page(
            head: "<meta name=\"author\" content=\"Kit Marlow\"><meta name=\"author\" content=\"Carrow, Ines\">",
            body: "<h1>Bridge reopens</h1>\(prose)"))
        #expect(article.authors == ["Kit Marlow", "Ines Carrow"])
    }

    @Test("rel=author links and author-marked elements side by side are one byline; comment authors are not")
    func markedElements() {
        let article = read(page(body: """
            <article><h1>Bridge reopens</h1>
            <p class="meta"><a rel="author" href="/a/kit">Kit Marlow</a>, <a rel="author" href="/a/ines">Ines Carrow</a></p>
            \(prose)
            <div class="comments"><div class="comment-author vcard">Reader Bob</div><p>Great news for the town.</p></div>
            </article>
            """))
        #expect(article.authors == ["Kit Marlow", "Ines Carrow"])
    }

    @Test("a byline line under the headline, in the page's language", arguments: [
        "Von Kit Marlow | 3. März 2026", "Par Élise Tremblay, le 3 mars 2026", "Por Lucía Ferrer", "Door Joost van Dam",
        "Texto: Lucía Ferrer", "Autorin: Ines Carrow",
    ])
    func textualByline(line: String) throws {
        let article = read(page(body: "<article><h1>Bridge reopens</h1><p>\(line)</p>\(prose)</article>"))
        let expected = try #require(AuthorNames(excluding: []).names(in: line, source: .byline).first)
        #expect(article.authors == [expected])
    }

    @Test("a byline split by a link and a no-break space")
    func linkedByline() {
        let article = read(page(body: "<article><h1>Bridge reopens</h1><span>Par&nbsp;<a href=\"/a/e\">Élise Tremblay</a></span>\(prose)</article>"))
        #expect(article.authors == ["Élise Tremblay"])
    }

    @Test("texts that open with a number and end at once or in white space are read safely")
    func numbersAtTheEnd() {
        let article = read(page(body: "<article><h1>Bridge reopens</h1><p>2026</p><p>7 </p><p>12 ab</p><p>3 von&nbsp;</p>\(prose)</article>"))
        #expect(article.authors.isEmpty)
    }

    @Test("a comment's author, an embedded post's and the newsroom are never the byline")
    func notBylines() {
        let article = read(page(
            head: "<meta property=\"og:site_name\" content=\"Dale Times\">",
            body: """
                <article><h1>Bridge reopens</h1><p class="author">Redaktion Dale Times</p>\(prose)
                <blockquote><p>By Someone Posting</p></blockquote></article>
                <aside><div class="author">By Sidebar Writer</div></aside>
                """))
        #expect(article.authors.isEmpty)
    }
}

@Suite("HTML metadata: the published date")
struct PublishedDateTests {
    @Test("JSON-LD's datePublished, never its dateModified")
    func jsonLD() {
        let article = read(page(
            head: """
                <script type="application/ld+json">{"@type":"Article","headline":"Bridge reopens",
                "dateModified":"2026-04-02T10:00:00Z","datePublished":"2026-03-14T08:30:00Z"}</script>
                """,
            body: "<h1>Bridge reopens</h1>\(prose)"))
        #expect(article.published == "2026-03-14T08:30:00Z")
    }

    @Test("a page's WebPage object dates it when no article object does")
    func webPageDate() {
        let article = read(page(
            head: "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2026-03-14\"}]}</script>",
            body: prose))
        #expect(article.published == "2026-03-14")
    }

    @Test("the date marked as published by the headline beats the head's date; the same day keeps the stated time")
    func markedNearHeadline() {
        let differs = read(page(
            head: "<meta property=\"article:published_time\" content=\"2026-03-01T09:00:00Z\">",
            body: "<article><h1>Bridge reopens</h1><time itemprop=\"datePublished\" datetime=\"2026-03-14\">14 March</time>\(prose)</article>"))
        #expect(differs.published == "2026-03-14")
        let sameDay = read(page(
            head: "<meta property=\"article:published_time\" content=\"2026-03-14T09:00:00Z\">",
            body: "<article><h1>Bridge reopens</h1><span class=\"published\">14 March 2026</span>\(prose)</article>"))
        #expect(sameDay.published == "2026-03-14T09:00:00Z")
    }

    @Test("a <time> in the article beats one in the sidebar; a modified <time> is not the publication")
    func timeElements() {
        let article = read(page(body: """
            <aside><time datetime="2025-12-01">1 December</time></aside>
            <article><h1>Bridge reopens</h1><time class="updated" datetime="2026-04-02">2 April</time>
            <time datetime="2026-03-14T08:30">14 March</time>\(prose)</article>
            """))
        #expect(article.published == "2026-03-14T08:30")
    }

    @Test("the address's date when the page states none", arguments: [
        "https://news.example/2026/03/14/bridge-reopens", "https://news.example/notices/14-03-2026",
    ])
    func addressDate(url: String) {
        #expect(read(page(head: "<link rel=\"canonical\" href=\"\(url)\">", body: prose)).published == "2026-03-14")
    }

    @Test("a date line under the headline, in the page's language", arguments: [
        "14. März 2026, 09:30 Uhr", "le 14 mars 2026", "14 de marzo de 2026", "March 14, 2026", "14.03.26",
        "Pubblicato il 14 marzo 2026",
    ])
    func dateLine(line: String) {
        let article = read(page(body: "<article><h1>Bridge reopens</h1><p class=\"info\">\(line)</p>\(prose)</article>"))
        #expect(article.published == "2026-03-14")
    }

    @Test("an update line under the headline gives way to the stated publication date")
    func updateLine() {
        let article = read(page(
            head: "<meta name=\"date\" content=\"2026-03-01\">",
            body: "<article><h1>Bridge reopens</h1><p>Aktualisiert am 14.03.2026</p>\(prose)</article>"))
        #expect(article.published == "2026-03-01")
    }

    @Test("American pages read slashed dates month first")
    func americanDates() {
        let article = read("<html lang=\"en-US\"><body><article><h1>Bridge reopens</h1><p>03/04/2026</p>\(prose)</article></body></html>")
        #expect(article.published == "2026-03-04")
    }
}
