import BylineApp
import BylineCore
import BylineStore
import Foundation
import Testing

/// `byline notes`: the listing and the exports, rendered from the library's annotations.
@Suite("Notes listing and exports")
struct NotesExportTests {
    private static let created = Date(timeIntervalSince1970: 1_772_701_200) // 2026-03-05T09:00:00Z

    /// A library article with two highlights (one with a note, tags and a colour) and a second
    /// article whose only highlight became an orphan when its text changed.
    private func notes() throws -> [StoredAnnotation] {
        let database = try AppDatabase.inMemory()
        let pier = article(["The harbour board voted to close the old pier.", "\"The timbers are rotten through,\" said Ines Calloway."],
                           title: "Port closes its old pier", site: "Aldren Gazette", published: "2026-03-02", url: "https://gazette.example/pier")
        let ferry = article(["The ferry will run every hour from May."], title: "Hourly ferry", url: "https://gazette.example/ferry")
        let ids = try database.save([pier, ferry]).map(\.id)
        try database.annotate(AnnotationRequest(articleId: ids[0], quote: "The timbers are rotten through", note: "Ask the *engineer*.",
                                                tags: ["pier", "safety"], color: "yellow"), now: Self.created)
        try database.annotate(AnnotationRequest(articleId: ids[0], quote: "close the old pier"), now: Self.created)
        try database.annotate(AnnotationRequest(articleId: ids[1], quote: "every hour"), now: Self.created)
        try database.save([article(["The ferry is cancelled."], title: "Hourly ferry", url: "https://gazette.example/ferry")])
        return try database.annotations()
    }

    private func article(_ paragraphs: [String], title: String, site: String? = nil, published: String? = nil, url: String) -> LibraryArticle {
        var builder = ArticleBuilder()
        paragraphs.forEach { builder.append($0) }
        let article = Article(title: title, site: site, published: published, url: url, text: builder.text, paragraphs: builder.paragraphs)
        return LibraryArticle(article: article, analysis: Analysis(), original: Array(article.text.utf8), format: .text)
    }

    @Test("the listing shows each article's highlights, notes, tags and orphans")
    func listing() throws {
        #expect(NotesListing(notes: try notes()).rendered == """
            Port closes its old pier [1]
              [2] “close the old pier”
              [1] “The timbers are rotten through”  #pier #safety
                   Ask the *engineer*.

            Hourly ferry [2]
              [3] “every hour”  (orphan: no longer found in the article)

            """)
        #expect(NotesListing(notes: []).rendered == "No annotations. Add one with `byline annotate ID --quote \"words\"`.\n")
    }

    @Test("the Markdown export groups highlights by article with their details")
    func markdown() throws {
        #expect(try NotesExport(notes: try notes()).rendered(as: .markdown) == """
            # Byline notes

            ## Port closes its old pier

            *Aldren Gazette · 2026-03-02 · <https://gazette.example/pier> · article 1*

            > close the old pier

            Created 2026-03-05T09:00:00Z

            > The timbers are rotten through

            Ask the *engineer*.

            Tags: #pier #safety · Colour: yellow · Created 2026-03-05T09:00:00Z

            ## Hourly ferry

            *<https://gazette.example/ferry> · article 2*

            > every hour
            >
            > *(orphan: these words are no longer in the article)*

            Created 2026-03-05T09:00:00Z


            """)
        #expect(try NotesExport(notes: []).rendered(as: .markdown) == "# Byline notes\n\nNo annotations yet.\n")
    }

    @Test("the Markdown export removes escape sequences whole from the URL, the note, the tags and the colour")
    func markdownEscapes() throws {
        let database = try AppDatabase.inMemory()
        let hostile = article(["The harbour board voted to close the old pier."], title: "Pier \u{1B}[2Jvote",
                              url: "https://gazette.example/a\u{1B}]0;retitled\u{07}b\u{9B}2Jc")
        let id = try #require(try database.save([hostile]).first?.id)
        try database.annotate(AnnotationRequest(articleId: id, quote: "close the old pier",
                                                note: "First \u{1B}]52;c;Y2xpcA==\u{1B}\\line\nsecond \u{1B}[31mline",
                                                tags: ["pi\u{1B}[1mer"], color: "yel\u{1B}]0;x\u{07}low"), now: Self.created)
        let markdown = try NotesExport(notes: try database.annotations()).rendered(as: .markdown)
        #expect(!markdown.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        for leftover in ["]0;", "]52;", "[2J", "[31m", "[1m", "retitled"] { #expect(!markdown.contains(leftover), "\(leftover)") }
        #expect(markdown.contains("<https://gazette.example/abc>"))
        #expect(markdown.contains("First line\nsecond line"))
        #expect(markdown.contains("Tags: #pier · Colour: yellow"))
    }

    @Test("the JSON-LD export is a W3C annotation collection with quote and position selectors")
    func jsonld() throws {
        let text = try NotesExport(notes: try notes()).rendered(as: .jsonld)
        #expect(text.hasSuffix("}\n"))
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(collection["total"] as? Int == 3)
        let page = try #require(collection["first"] as? [String: Any])
        #expect(page["type"] as? String == "AnnotationPage")
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["urn:byline:annotation:2", "urn:byline:annotation:1", "urn:byline:annotation:3"])
        #expect(items.map { $0["motivation"] as? String } == ["highlighting", "commenting", "highlighting"])
        #expect(items.map { $0["orphan"] as? Bool } == [false, false, true])

        let noted = items[1]
        #expect(noted["created"] as? String == "2026-03-05T09:00:00Z")
        #expect(noted["color"] as? String == "yellow")
        let bodies = try #require(noted["body"] as? [[String: String]])
        #expect(bodies == [["type": "TextualBody", "value": "Ask the *engineer*.", "format": "text/markdown", "purpose": "commenting"],
                           ["type": "TextualBody", "value": "pier", "purpose": "tagging"],
                           ["type": "TextualBody", "value": "safety", "purpose": "tagging"]])
        let target = try #require(noted["target"] as? [String: Any])
        #expect(target["source"] as? String == "https://gazette.example/pier")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(selectors[0]["exact"] as? String == "The timbers are rotten through")
        let start = try #require(selectors[1]["start"] as? Int)
        #expect(selectors[1]["end"] as? Int == start + "The timbers are rotten through".unicodeScalars.count)

        let empty = try #require(try JSONSerialization.jsonObject(with: Data(try NotesExport(notes: []).rendered(as: .jsonld).utf8)) as? [String: Any])
        #expect(empty["total"] as? Int == 0)
    }

    @Test("one annotation as a Web Annotation")
    func oneAnnotation() throws {
        let note = try #require(try notes().last)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(WebAnnotation(note))) as? [String: Any])
        #expect(object["id"] as? String == "urn:byline:annotation:3")
        #expect(object["type"] as? String == "Annotation")
        #expect((object["body"] as? [Any])?.isEmpty == true)
    }
}
