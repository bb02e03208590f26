import BylineCore
import Foundation
import Testing
@testable import BylineStore

@Suite("Annotations")
struct AnnotationStoreTests {
    @Test("an annotation keeps both selectors, its note, tags and colour")
    func annotate() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let note = try library.annotate(AnnotationRequest(articleId: id, quote: "rotten through", note: "*Check* the survey",
                                                          tags: ["safety", "pier", "safety"], color: "yellow"))
        #expect(note.anchor.quote.exact == "rotten through")
        #expect(note.anchor.quote.prefix.hasSuffix("The timbers are "))
        #expect(note.anchor.quote.suffix.hasPrefix(",\" said Ines"))
        let text = try #require(try library.article(id: id)).article.text
        #expect(note.anchor.position.range == Fixtures.range(of: "rotten through", in: text))
        #expect(note.tags == ["pier", "safety"])
        #expect(note.color == "yellow")
        #expect(try library.annotations() == [note])
        #expect(try library.annotations(articleId: id + 1).isEmpty)
    }

    @Test("annotating words that are not there, or a missing article, is an error")
    func errors() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        #expect(throws: AnnotationError.quoteNotFound("a sentence that was never written")) {
            try library.annotate(AnnotationRequest(articleId: id, quote: "a sentence that was never written"))
        }
        #expect(throws: AnnotationError.noArticle(99)) { try library.annotate(AnnotationRequest(articleId: 99, quote: "pier")) }
    }

    private func reimport(_ library: AppDatabase, paragraphs: [String]) throws -> SaveOutcome {
        var input = Fixtures.harbourStory()
        input.article = Fixtures.article(paragraphs, title: input.article.title, site: input.article.site, url: input.article.url)
        input.analysis = Analysis()
        return try library.save([input]).first!
    }

    private let paragraphs = [
        "The harbour board in Port Aldren voted on Tuesday to close the old pier.",
        "\"The timbers are rotten through,\" said Ines Calloway, a professor of marine engineering at Dunmore University.",
        "\"Nobody should fish from it,\" Calloway added. \"It could fall at any tide.\"",
        "Mayor Tomas Reyné said the city would \"look at every option\" before winter.",
    ]

    @Test("a re-import with text added before, inside and after highlights keeps them all, re-anchored")
    func reanchorsOnReimport() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let first = try library.annotate(AnnotationRequest(articleId: id, quote: "voted on Tuesday to close the old pier"))
        let second = try library.annotate(AnnotationRequest(articleId: id, quote: "Nobody should fish from it"))
        var changed = paragraphs
        changed[0] = "Updated: " + changed[0].replacingOccurrences(of: "the old pier", with: "the old wooden pier")
        changed.append("The board meets again in June.")
        #expect(try reimport(library, paragraphs: changed) == .updated(id, orphaned: 0))
        let text = try #require(try library.article(id: id)).article.text
        let notes = try library.annotations(articleId: id)
        #expect(notes.map(\.id) == [first.id, second.id])
        #expect(notes[0].anchor.quote.exact == "voted on Tuesday to close the old wooden pier")
        #expect(notes[1].anchor.position.range == Fixtures.range(of: "Nobody should fish from it", in: text))
        #expect(notes.allSatisfy { !$0.isOrphan })
    }

    @Test("when a highlight's paragraph is deleted it becomes an orphan, listed and never deleted")
    func orphans() throws {
        let library = try AppDatabase.inMemory()
        let id = try library.save([Fixtures.harbourStory()]).first!.id
        let doomed = try library.annotate(AnnotationRequest(articleId: id, quote: "Nobody should fish from it", note: "keep me"))
        #expect(try reimport(library, paragraphs: [paragraphs[0], paragraphs[1], paragraphs[3]]) == .updated(id, orphaned: 1))
        let orphan = try #require(try library.annotations().first)
        #expect(orphan.isOrphan)
        #expect(orphan.note == "keep me")
        #expect(orphan.anchor == doomed.anchor)

        // When the paragraph comes back, so does the highlight.
        #expect(try reimport(library, paragraphs: paragraphs) == .updated(id, orphaned: 0))
        #expect(try library.annotations().first?.isOrphan == false)
    }
}
