import BylineApp
import BylineCore
import BylineStore
import BylineTerminal
import BylineUI
import Testing

/// The reader over a SQLite library held in memory: what the UI shows comes from the
/// library, and what the user changes is saved there.
@Suite("The reader on the SQLite library")
struct StoreLibraryExecutorTests {
    private static let paragraphs = [
        "The harbour board voted on Tuesday to close the old pier.",
        "\"The timbers are rotten through,\" said Ines Calloway, a professor of marine engineering.",
    ]

    /// A library with one analysed article; returns it with the article's id and text.
    private func library() throws -> (database: AppDatabase, id: Int64, text: String) {
        var builder = ArticleBuilder()
        Self.paragraphs.forEach { builder.append($0) }
        let article = Article(title: "Port closes its old pier", site: "Aldren Gazette", published: "2026-03-02",
                              text: builder.text, paragraphs: builder.paragraphs)
        let words = "The timbers are rotten through,"
        let quoteStart = article.text.unicodeScalars.distance(from: article.text.unicodeScalars.startIndex,
                                                             to: article.text.range(of: words)!.lowerBound.samePosition(in: article.text.unicodeScalars)!)
        let quote = Quote(range: TextRange(start: quoteStart, end: quoteStart + words.unicodeScalars.count), kind: .direct, cue: nil, sourceIndex: 0)
        let source = Source(name: "Ines Calloway", kind: .person, sourceClass: .expert, role: "professor of marine engineering")
        let database = try AppDatabase.inMemory()
        let stored = LibraryArticle(article: article, analysis: Analysis(quotes: [quote], sources: [source]),
                                    original: Array(article.text.utf8), format: .text)
        let id = try database.save([stored]).first!.id
        return (database, id, article.text)
    }

    @Test("the library list shows titles, counts and the total of the filter")
    func libraryPage() throws {
        let (database, id, _) = try library()
        let executor = StoreLibraryExecutor(database: database)
        guard case .libraryLoaded(let page) = executor.perform(.loadLibrary(LibraryQuery(filter: "gazette"))).first else {
            Issue.record("no page"); return
        }
        #expect(page.total == 1)
        #expect(page.items == [BylineUI.ArticleSummary(id: id, title: "Port closes its old pier", site: "Aldren Gazette",
                                                       published: "2026-03-02", quoteCount: 1, expertCount: 1)])
        guard case .libraryLoaded(let none) = executor.perform(.loadLibrary(LibraryQuery(filter: "ferry"))).first else {
            Issue.record("no page"); return
        }
        #expect(none.total == 0 && none.items.isEmpty)
    }

    @Test("quote search and the speaker screen come from the library")
    func quotesAndSpeaker() throws {
        let (database, id, _) = try library()
        let executor = StoreLibraryExecutor(database: database)
        guard case .quotesFound(_, let hits) = executor.perform(.searchQuotes("timbers")).first else { Issue.record("no hits"); return }
        #expect(hits.map(\.articleID) == [id])
        #expect(hits.first?.text == "The timbers are rotten through,")
        #expect(hits.first?.speaker == "Ines Calloway")
        #expect(hits.first?.kind == .direct)
        guard case .speakerLoaded(let profile) = executor.perform(.loadSpeaker(name: "Ines Calloway")).first else { Issue.record("no profile"); return }
        #expect(profile.sourceClass == .expert)
        #expect(profile.role == "professor of marine engineering")
        #expect(profile.quotes.map(\.kind) == [.direct])
    }

    @Test("quote hits from the library keep an indirect quote's kind")
    func indirectHits() throws {
        var builder = ArticleBuilder()
        builder.append("Ada Okafor told the Harbour Board the north pier was safe.")
        let article = Article(title: "The pier is safe", text: builder.text, paragraphs: builder.paragraphs)
        let words = "the north pier was safe"
        let start = Array(article.text.unicodeScalars).count - words.unicodeScalars.count - 1
        let quote = Quote(range: TextRange(start: start, end: start + words.unicodeScalars.count), kind: .indirect, cue: nil, sourceIndex: 0)
        let source = Source(name: "Ada Okafor", kind: .person, sourceClass: .official)
        let database = try AppDatabase.inMemory()
        _ = try database.save([LibraryArticle(article: article, analysis: Analysis(quotes: [quote], sources: [source]),
                                              original: Array(article.text.utf8), format: .text)])
        let executor = StoreLibraryExecutor(database: database)
        guard case .quotesFound(_, let hits) = executor.perform(.searchQuotes("pier")).first else { Issue.record("no hits"); return }
        #expect(hits.map(\.text) == [words])
        #expect(hits.map(\.kind) == [.indirect])
        guard case .speakerLoaded(let profile) = executor.perform(.loadSpeaker(name: "Ada Okafor")).first else { Issue.record("no profile"); return }
        #expect(profile.quotes.map(\.kind) == [.indirect])
    }

    @Test("an annotation made with v and a in the reader is saved in the library, edited and deleted")
    func annotateThroughTheProgram() throws {
        let (database, id, text) = try library()
        let backend = TestBackend(size: Size(width: 80, height: 20))
        let program = Program(state: AppState(size: backend.size), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                              library: StoreLibraryExecutor(database: database), external: NoActions())
        program.start()
        for notation in ["<Enter>", "v", "a"] {
            for key in KeyPress.sequence(notation) ?? [] { program.handle(.key(key)) }
        }
        for character in "first note" { program.handle(.key(.character(character))) }
        program.handle(.key(KeyPress(.enter)))
        let saved = try database.annotations(articleId: id)
        #expect(saved.count == 1)
        #expect(saved.first?.note == "first note")
        let range = try #require(saved.first?.anchor.position)
        let scalars = Array(text.unicodeScalars)
        #expect(saved.first?.anchor.quote.exact == String(String.UnicodeScalarView(scalars[range.start..<range.end])))
        #expect(try database.article(id: id)?.summary.readAt != nil, "opening an article marks it read")

        let executor = StoreLibraryExecutor(database: database)
        let annotation = try #require(saved.first)
        let draft = AnnotationDraft(id: annotation.id, articleID: id, range: TextRange(start: range.start, end: range.end),
                                    excerpt: annotation.anchor.quote.exact, note: "second note")
        #expect(executor.perform(.saveAnnotation(draft)).count == 1)
        #expect(try database.annotations().map(\.note) == ["second note"])
        #expect(executor.perform(.deleteAnnotation(id: annotation.id)) == [.annotationDeleted(id: annotation.id)])
        #expect(try database.annotations().isEmpty)
    }

    @Test("a failing request is reported on the status line, not thrown")
    func failures() throws {
        let (database, _, _) = try library()
        let executor = StoreLibraryExecutor(database: database)
        let answer = executor.perform(.saveAnnotation(AnnotationDraft(articleID: 99, range: TextRange(start: 0, end: 3), excerpt: "The", note: "")))
        guard case .failed(let message) = answer.first else { Issue.record("expected a failure"); return }
        #expect(message.contains("99"))
        #expect(try database.annotations().isEmpty)
    }

    @Test("an article without a title is named after its file")
    func titleOfFile() throws {
        let database = try AppDatabase.inMemory()
        let paths = ["/saved/harbour-bridge.html", "night_market.txt", nil]
        for (number, path) in paths.enumerated() {
            var builder = ArticleBuilder()
            builder.append("Untitled story number \(number).")
            let article = Article(text: builder.text, paragraphs: builder.paragraphs)
            try database.save([LibraryArticle(article: article, analysis: Analysis(), original: Array(article.text.utf8), format: .text, sourcePath: path)])
        }
        let executor = StoreLibraryExecutor(database: database)
        guard case .libraryLoaded(let page) = executor.perform(.loadLibrary(LibraryQuery(sort: .title))).first else {
            Issue.record("no page"); return
        }
        #expect(page.items.map(\.title).sorted() == ["Harbour bridge", "Night market", "Untitled"])
    }
}

/// Nothing opens a browser or an editor in these tests.
private final class NoActions: ExternalActions {
    func open(url: String) -> String? { nil }
    func editNote(_ initial: String) -> String? { nil }
}
