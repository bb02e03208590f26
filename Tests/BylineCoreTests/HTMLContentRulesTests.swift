import Testing
@testable import BylineCore

/// One rule of content location, shown on a small invented page: the text the body must
/// keep and the text it must leave out.
struct ContentRuleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var body: String
    var kept: [String]
    var dropped: [String]

    var testDescription: String { rule }

    /// The article the HTML reader makes of `body` inside a bare page.
    var article: Article {
        HTMLReader.read(Array("<!DOCTYPE html><html><head><title>Test page</title></head><body>\(body)</body></html>".utf8))
    }

    /// Expects the article's text to hold every `kept` phrase and none of the `dropped` ones.
    func expectKeptAndDropped() {
        let text = article.text
        for phrase in kept { #expect(text.contains(phrase), "lost: \(phrase)") }
        for phrase in dropped { #expect(!text.contains(phrase), "kept: \(phrase)") }
    }
}

/// Prose long enough to count as a paragraph of an article.
private func prose(_ topic: String) -> String {
    "The \(topic) was discussed at length by the residents, who met in the old hall on a wet evening, "
        + "and most of them agreed that the plan, for all its faults, deserved a fair hearing before winter."
}

@Suite("HTML reader: names that only may mean furniture")
struct PossibleFurnitureTests {
    static let cases: [ContentRuleCase] = [
        ContentRuleCase(
            rule: "a post whose classes list its tags and categories keeps its text",
            body: """
            <article class="post type-post tag-harbour tag-ferries category-local"><div class="entry-content">\
            <p>\(prose("ferry timetable"))</p><p>\(prose("harbour wall"))</p></div></article>\
            <div class="comments-area"><p>\(prose("comment thread"))</p></div>
            """,
            kept: ["ferry timetable", "harbour wall"], dropped: ["comment thread"]
        ),
        ContentRuleCase(
            rule: "a page builder's widget wrapper around the prose keeps it; a short ad slot goes",
            body: """
            <div class="builder-widget-wrap"><div class="builder-widget-text"><p>\(prose("library extension"))</p>\
            <p>\(prose("reading room"))</p></div></div><div class="ad-slot">Advertisement: buy boots</div>
            """,
            kept: ["library extension", "reading room"], dropped: ["buy boots"]
        ),
        ContentRuleCase(
            rule: "a section named for the ad it holds keeps its prose",
            body: """
            <article><section class="report__section report__section--ads"><p>\(prose("toaster test"))</p><p>\(prose("crumb tray"))</p></section>\
            <section class="report__section report__section--ads"><p>\(prose("grill test"))</p><p>\(prose("price"))</p></section></article>
            """,
            kept: ["toaster test", "grill test"], dropped: []
        ),
        ContentRuleCase(
            rule: "a list of tags, all links, goes",
            body: """
            <div class="post-body-wrap"><p>\(prose("bus depot"))</p><p>\(prose("night service"))</p></div>\
            <div class="tags"><a href="/t/a">Transport</a> <a href="/t/b">Council</a> <a href="/t/c">Depots</a></div>
            """,
            kept: ["bus depot", "night service"], dropped: ["Depots"]
        ),
        ContentRuleCase(
            rule: "a block named as furniture that holds the marked body is not furniture",
            body: """
            <div class="promo-layout"><div itemprop="articleBody"><p>\(prose("school roof"))</p></div></div>
            <div class="sharing-tools"><a href="/s">Share this story</a></div>
            """,
            kept: ["school roof"], dropped: ["Share this story"]
        ),
    ]

    @Test(arguments: cases)
    func rule(_ example: ContentRuleCase) {
        example.expectKeptAndDropped()
    }
}

@Suite("HTML reader: never an empty body")
struct BodyFallbackTests {
    @Test("an article inside a block named as furniture is read again without class names, and the warning says so")
    func classNamesHideTheText() {
        let page = ContentRuleCase(
            rule: "sidebar-named wrapper",
            body: """
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>\
            <div class="sidebar-content"><div class="post"><p>\(prose("tram extension"))</p><p>\(prose("depot noise"))</p></div>\
            <ul class="recent"><li><a href="/a">First older story</a></li><li><a href="/b">Second older story</a></li></ul></div>
            """,
            kept: ["tram extension", "depot noise"], dropped: ["Home"]
        )
        let article = page.article
        for kept in page.kept { #expect(article.text.contains(kept)) }
        for dropped in page.dropped { #expect(!article.text.contains(dropped)) }
        #expect(article.warnings.contains { $0.contains("class names") })
    }

    @Test("a page of nothing but links has an empty body and a warning that says there is no article")
    func indexPage() {
        let links = (1...12).map { "<li><a href=\"/story/\($0)\">Story number \($0) of the week</a></li>" }.joined()
        let article = ContentRuleCase(rule: "index", body: "<nav><ul>\(links)</ul></nav>", kept: [], dropped: []).article
        #expect(article.text.isEmpty)
        #expect(article.warnings == ["the page has no article body: its text is all menus, links and page furniture"])
    }

    @Test("a page whose article is found by its markup has no fallback warning")
    func noWarningWhenFound() {
        let article = ContentRuleCase(
            rule: "plain", body: "<article><p>\(prose("bridge repair"))</p><p>\(prose("toll"))</p></article>", kept: [], dropped: []
        ).article
        #expect(article.warnings.isEmpty)
        #expect(article.text.contains("bridge repair"))
    }
}

@Suite("Stray NUL bytes")
struct StrayNULTests {
    private func page(nulAt offset: Int, count: Int) -> [UInt8] {
        var bytes = Array("<html><body><p>\(String(repeating: prose("canal lock") + " ", count: 12))</p></body></html>".utf8)
        bytes.insert(contentsOf: Array(repeating: 0, count: count), at: offset)
        return bytes
    }

    @Test("a few NUL bytes past the first kilobyte of a page are left out with a warning; the page is read")
    func strayBytesInPage() throws {
        let bytes = page(nulAt: 1_500, count: 10)
        #expect(ArticleReadError.problem(in: bytes) == nil)
        let article = try ArticleReader.read(bytes, options: .init(format: .html))
        #expect(article.text.contains("canal lock"))
        #expect(!article.text.contains("\u{0}"))
        #expect(article.warnings.contains("10 stray NUL bytes were left out"))
    }

    @Test("a NUL byte in the first kilobyte, or NULs in more than one byte in a hundred, mean binary data")
    func binary() {
        #expect(ArticleReadError.problem(in: page(nulAt: 10, count: 1)) == .binary)
        #expect(ArticleReadError.problem(in: page(nulAt: 1_500, count: 100)) == .binary)
    }

    @Test("plain text with a stray NUL is read, with the warning")
    func text() throws {
        var bytes = Array(String(repeating: "A line of plain prose about the canal lock.\n\n", count: 40).utf8)
        bytes.insert(0, at: 1_200)
        let article = try ArticleReader.read(bytes, options: .init(format: .text))
        #expect(article.warnings.contains("1 stray NUL byte was left out"))
    }
}

@Suite("HTML reader: the whole article around its marked body")
struct ArticleAroundBodyTests {
    static let cases: [ContentRuleCase] = [
        ContentRuleCase(
            rule: "the standfirst before the marked body, inside the same article, is part of the text",
            body: """
            <article><h1>Canal reopens</h1><div class="lead"><p>After two years of repairs the old canal is open to boats again, \
            the trust said on Monday.</p></div><div class="entry-content"><p>\(prose("lock gates"))</p><p>\(prose("towpath"))</p></div>\
            <div class="share-row"><a href="/s">Share</a></div></article>
            """,
            kept: ["open to boats again", "lock gates", "towpath"], dropped: ["Share"]
        ),
        ContentRuleCase(
            rule: "a header inside the article holds its standfirst; the page's header is furniture",
            body: """
            <header class="site"><p>The Valley Courier, news for the valley since the year the mill burned</p></header>\
            <article><header><h1>Orchard sale</h1><p class="intro">The parish will sell the orchard to the school, ending a long quarrel \
            over the land.</p></header><p>\(prose("orchard"))</p><p>\(prose("school garden"))</p></article>
            """,
            kept: ["ending a long quarrel", "orchard"], dropped: ["news for the valley"]
        ),
        ContentRuleCase(
            rule: "a teaser's body-named block beside a longer story is not the story",
            body: """
            <article><p>\(prose("reservoir level"))</p><p>\(prose("hosepipe ban"))</p><p>\(prose("rainfall record"))</p>\
            <p>\(prose("water company"))</p><p>\(prose("farmers"))</p>\
            <aside><article><div class="article-content"><h3>Older story</h3><p>\(prose("last summer"))</p></div></article></aside></article>
            """,
            kept: ["reservoir level", "farmers"], dropped: []
        ),
    ]

    @Test(arguments: cases)
    func rule(_ example: ContentRuleCase) {
        example.expectKeptAndDropped()
    }
}

@Suite("HTML reader: boilerplate inside the body's markup")
struct BodyBoilerplateTests {
    @Test("a sign-up pitch and a rights line at the end of the body go; the article's own last paragraph stays")
    func tail() {
        let article = ContentRuleCase(rule: "tail", body: """
            <article><p>\(prose("harbour dredging"))</p><p>\(prose("silt"))</p>\
            <p>"We will finish by spring," the harbour master said.</p>\
            <p>Sign up for our free newsletter and get the latest stories in your inbox!</p>\
            <p>© 2026 The Harbour Times. All rights reserved.</p></article>
            """, kept: [], dropped: []).article
        #expect(article.text.contains("the harbour master said"))
        #expect(!article.text.contains("newsletter"))
        #expect(!article.text.contains("All rights reserved"))
    }
}

@Suite("HTML reader: noscript")
struct NoscriptTests {
    @Test("a page whose text is only in <noscript> shows it, with a warning; elsewhere <noscript> stays out")
    func noscriptOnly() {
        let onlyNoscript = ContentRuleCase(rule: "noscript", body: """
            <div id="app"></div><noscript><p>\(prose("ferry fares"))</p><p>\(prose("winter timetable"))</p></noscript>
            """, kept: [], dropped: []).article
        #expect(onlyNoscript.text.contains("ferry fares"))
        #expect(onlyNoscript.warnings.contains { $0.contains("<noscript>") })

        let withArticle = ContentRuleCase(rule: "both", body: """
            <article><p>\(prose("market hall"))</p><p>\(prose("stall rents"))</p></article>\
            <noscript><p>Please enable scripts to see the comments and the map of the market hall.</p></noscript>
            """, kept: [], dropped: []).article
        #expect(withArticle.text.contains("stall rents"))
        #expect(!withArticle.text.contains("enable scripts"))
        #expect(withArticle.warnings.isEmpty)
    }
}

@Suite("HTML reader: furniture labels in any of the main European languages")
struct FurnitureLabelTests {
    @Test("a label left without its block goes wherever it stands; a short sentence that starts the same way stays")
    func labels() {
        let article = ContentRuleCase(rule: "labels", body: """
            <article><p>\(prose("Stadtbahn"))</p><h3>Mehr zum Thema</h3><p>\(prose("Fahrplan"))</p>\
            <p>Lesen Sie auch:</p><p>Das könnte teuer werden.</p><p>\(prose("Haltestelle"))</p>\
            <p>À lire aussi</p><p>\(prose("quai"))</p></article>
            """, kept: [], dropped: []).article
        #expect(!article.text.contains("Mehr zum Thema"))
        #expect(!article.text.contains("Lesen Sie auch"))
        #expect(!article.text.contains("À lire aussi"))
        #expect(article.text.contains("Das könnte teuer werden."))
        #expect(article.text.contains("Haltestelle"))
    }

    @Test("calls to action and rights lines in German, French and Spanish at the tail of the body go")
    func tails() {
        for tail in ["Jetzt abonnieren und keine Ausgabe verpassen!", "© 2026 Le Courrier du Val. Tous droits réservés.",
                     "Suscríbete a nuestro boletín y recibe las noticias del día."] {
            let article = ContentRuleCase(rule: "tail", body: """
                <article><p>\(prose("bridge"))</p><p>\(prose("ferry"))</p><p>\(tail)</p></article>
                """, kept: [], dropped: []).article
            #expect(article.text.contains("ferry"))
            #expect(!article.text.contains(tail), "kept: \(tail)")
        }
    }
}
