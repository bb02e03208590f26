import BylineCore
import BylineStore
import FuzzSupport

/// A library of two invented articles, made once.
private let library: AppDatabase = {
    let database = try! AppDatabase.inMemory()
    var articles: [LibraryArticle] = []
    for (title, body) in [("Harbour pier closes", "The harbour board voted to close the old pier, said Ines Calloway."),
                          ("Zürich café reopens", "\u{201C}We are open again,\u{201D} said the owner of the café on Tuesday.")] {
        var builder = ArticleBuilder()
        builder.append(body)
        let article = Article(title: title, site: "Fuzz Gazette", text: builder.text, paragraphs: builder.paragraphs)
        articles.append(LibraryArticle(article: article, analysis: ArticleAnalyzer.analyze(article), original: Array(body.utf8), format: .text))
    }
    try! database.save(articles)
    return database
}()

/// The search-query builders (full-text search of articles and quotes, the list's filter) on
/// any query: the query is built and run; SQLite must never reject it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try library.searchArticles(query)
        _ = try library.searchQuotes(QuoteQuery(text: query, speaker: size % 2 == 0 ? query : nil))
        _ = try library.articles(ArticleFilter(words: query))
    } catch {
        preconditionFailure("a query failed: \(error)")
    }
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzSearch_main")
public func fuzzSearchMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzSearch)
}
