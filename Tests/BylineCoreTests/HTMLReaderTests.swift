import Foundation
import Testing
@testable import BylineCore

/// Loads the HTML pages written for these tests (Fixtures/html).
enum HTMLFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures/html"))
        return try [UInt8](Data(contentsOf: url))
    }

    static func article(_ name: String, url: String? = nil, encodingHint: String? = nil) throws -> Article {
        HTMLReader.read(try bytes(name), encodingHint: encodingHint, url: url)
    }
}

extension Article {
    /// The text of each paragraph.
    var paragraphTexts: [String] {
        let scalars = Array(text.unicodeScalars)
        return paragraphs.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    }

    /// The text a range covers.
    func substring(_ range: TextRange) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range.start..<range.end]))
    }
}

@Suite("HTML reader: metadata")
struct HTMLMetadataTests {
    @Test("JSON-LD inside @graph gives headline, authors, date, publisher and language")
    func jsonLD() throws {
        let article = try HTMLFixture.article("jsonld-graph-article")
        #expect(article.title == "Ferry timetable rewritten after tide study")
        #expect(article.site == "The Lowmoor Gazette")
        #expect(article.authors == ["Maren Holt", "Dev Okafor"])
        #expect(article.published == "2026-03-14T08:30:00Z")
        #expect(article.url == "https://gazette.example/harbour/ferry-timetable")
        #expect(article.language == "en-GB")
    }

    @Test("OpenGraph site name splits the title suffix; meta author, published time and lang")
    func openGraph() throws {
        let article = try HTMLFixture.article("opengraph-meta")
        #expect(article.title == "Bibliothèque municipale : les heures d'ouverture prolongées")
        #expect(article.site == "Le Courrier de Pierreval")
        #expect(article.authors == ["Élise Tremblay", "Marc Gagnon"])
        #expect(article.published == "2026-05-02T10:00:00-04:00")
        #expect(article.language == "fr-CA")
    }

    @Test("without a site name, a short title suffix is taken as the site")
    func guessedSuffix() {
        let page = "<html><head><title>Council approves the new cycle lanes on Mill Road - Fenwick Post</title></head><body><p>Text.</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.title == "Council approves the new cycle lanes on Mill Road")
        #expect(article.site == "Fenwick Post")
    }

    @Test("a <time datetime> gives the date when the head has none")
    func timeElement() {
        let page = "<html><body><article><time datetime=\"2026-01-09T07:00\">9 Jan</time><p>Snow closed the pass overnight, and the ploughs were out by five.</p></article></body></html>"
        #expect(HTMLReader.read(Array(page.utf8)).published == "2026-01-09T07:00")
    }

    @Test("a stated date is made ISO 8601: a space before the time becomes T, written dates become days", arguments: [
        ("2019-11-19 02:24:00", "2019-11-19T02:24:00"), ("2026-03-14T08:30:00Z", "2026-03-14T08:30:00Z"),
        ("14 March 2026", "2026-03-14"), ("2019-11-19", "2019-11-19"), ("01-11-2023 10:29", "2023-11-01"),
        ("10.12.2022, 07:00:03", "2022-12-10"),
    ])
    func isoDates(stated: String, expected: String) {
        #expect(DateValue.normalized(stated, monthFirst: false) == expected)
    }

    @Test("JSON-LD as a top-level array with a plain-string author")
    func jsonLDArray() {
        let page = """
            <html><head><script type="application/ld+json">[{"@type":"Organization","name":"X"},
            {"@type":"ReportageNewsArticle","headline":"Bridge reopens","author":"Kit Marlow","publisher":"Dale Times"}]</script>
            </head><body><p>Body.</p></body></html>
            """
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.title == "Bridge reopens")
        #expect(article.authors == ["Kit Marlow"])
        #expect(article.site == "Dale Times")
    }
}

@Suite("HTML reader: main content")
struct HTMLContentTests {
    @Test("the body keeps the article and drops menus, share tools, newsletters, related, comments, sidebars, footers, scripts, hidden text, date lines")
    func chromeRemoved() throws {
        let article = try HTMLFixture.article("jsonld-graph-article")
        let text = article.text
        #expect(text.hasPrefix("The morning ferry between Lowmoor and Sallow Point"))
        #expect(text.contains("Season tickets stay valid"))
        for chrome in ["Sport", "cookies", "Share on Chirper", "inbox", "Harbour wall repairs", "First!",
                       "sidebar story", "All rights reserved", "tracking", "hidden note", "By Maren Holt",
                       "Saturday 14 March", "Updated 14 March"] {
            #expect(!text.contains(chrome), "\(chrome) should have been dropped")
        }
    }

    @Test("paragraph kinds: headings, list items, block quotes; the title heading is not repeated")
    func kinds() throws {
        let article = try HTMLFixture.article("jsonld-graph-article")
        let pairs = zip(article.paragraphTexts, article.paragraphs.map(\.kind)).map { ($0, $1) }
        #expect(pairs.contains { $0 == "What changes for passengers" && $1 == .heading })
        #expect(pairs.contains { $0 == "The 07:10 sailing moves to 07:50." && $1 == .listItem })
        #expect(pairs.contains { $0.hasPrefix("Nobody should have to choose") && $1 == .blockquote })
        #expect(!article.paragraphTexts.contains("Ferry timetable rewritten after tide study"))
        #expect(article.paragraphs.first?.kind == .body)
    }

    @Test("one <br> is a space, two end the paragraph")
    func lineBreaks() throws {
        let texts = try HTMLFixture.article("jsonld-graph-article").paragraphTexts
        #expect(texts.contains("Line one line two"))
        #expect(texts.contains { $0.hasPrefix("A new paragraph after two breaks") })
    }

    @Test("paragraph ranges index the text and paragraphs are separated by one blank line")
    func ranges() throws {
        let article = try HTMLFixture.article("jsonld-graph-article")
        #expect(article.paragraphTexts.joined(separator: "\n\n") == article.text)
    }

    @Test("a page of bare divs and <br>s: the notice is found, the links row and address are not")
    func unusualPage() throws {
        let article = try HTMLFixture.article("plain-divs")
        #expect(article.text.contains("Crews from the county water board"))
        #expect(article.text.contains("had burst four times since January."))
        #expect(!article.text.contains("Older notices"))
        #expect(!article.text.contains("Contact"))
        #expect(article.paragraphs.count >= 3)
    }

    @Test("a standalone <time> line is not body text; a <time> inside a sentence is")
    func timeLines() throws {
        let article = try HTMLFixture.article("opengraph-meta")
        #expect(!article.text.contains("3 mai 2026"))
        #expect(article.text.hasPrefix("La bibliothèque municipale"))
        let page = "<html><body><article><p>The vote is on <time datetime=\"2026-06-01\">1 June</time>, the clerk said.</p></article></body></html>"
        #expect(HTMLReader.read(Array(page.utf8)).text == "The vote is on 1 June, the clerk said.")
    }

    @Test("inline white space collapses and entities decode")
    func whitespace() {
        let page = "<html><body><article><p>  Tea\n\t  and&nbsp;<em>toast</em> ,&amp; jam  </p></article></body></html>"
        #expect(HTMLReader.read(Array(page.utf8)).text == "Tea and toast ,& jam")
    }
}

@Suite("HTML reader: links")
struct HTMLLinkTests {
    @Test("links are resolved against the page URL and their ranges cover the anchor text")
    func resolvedAgainstPageURL() throws {
        let article = try HTMLFixture.article("jsonld-graph-article", url: "https://gazette.example/harbour/ferry-timetable")
        let links = article.paragraphs.flatMap(\.links)
        let byText = Dictionary(links.map { (article.substring($0.range), $0.url) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["Ines Carrow"] == "https://gazette.example/people/ines-carrow")
        #expect(byText["full tide study"] == "https://gazette.example/reports/tide-study.pdf")
    }

    @Test("without a given URL the canonical link is the base")
    func canonicalBase() throws {
        let article = try HTMLFixture.article("jsonld-graph-article")
        let urls = article.paragraphs.flatMap(\.links).map(\.url)
        #expect(urls.contains("https://gazette.example/people/ines-carrow"))
    }

    @Test("<base href> wins over the page URL")
    func baseElement() throws {
        let article = try HTMLFixture.article("opengraph-meta", url: "https://elsewhere.example/x")
        let link = try #require(article.paragraphs.flatMap(\.links).first)
        #expect(article.substring(link.range) == "nouvel horaire")
        #expect(link.url == "https://courrier.example/culture/horaires.html")
    }

    @Test("a link split by inline markup is one link; javascript: links are dropped")
    func inlineMarkupInsideLink() throws {
        let page = "<html><body><article><p>See <a href=\"https://x.example/a\">the <b>whole</b> report</a> and <a href=\"javascript:void(0)\">this</a>.</p></article></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        let links = try #require(article.paragraphs.first?.links)
        #expect(links.count == 1)
        let link = try #require(links.first)
        #expect(article.substring(link.range) == "the whole report")
        #expect(link.url == "https://x.example/a")
    }
}
