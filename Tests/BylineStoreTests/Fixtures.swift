import BylineCore
@testable import BylineStore

/// Invented articles with hand-built analyses, for the store's tests.
enum Fixtures {
    /// An article built from paragraphs, with scalar offsets computed by `ArticleBuilder`.
    static func article(_ paragraphs: [String], title: String? = nil, site: String? = nil, url: String? = nil, published: String? = nil) -> Article {
        var builder = ArticleBuilder()
        paragraphs.forEach { builder.append($0) }
        return Article(title: title, site: site, published: published, url: url, text: builder.text, paragraphs: builder.paragraphs)
    }

    /// The range of the first occurrence of `words` in `text`.
    static func range(of words: String, in text: String) -> TextRange {
        let start = ScalarSearch.occurrences(of: Array(words.unicodeScalars), in: Array(text.unicodeScalars)).first!
        return TextRange(start: start, end: start + words.unicodeScalars.count)
    }

    /// A quote of `words` attributed to source `index`.
    static func quote(_ words: String, in article: Article, source index: Int?, kind: Quote.Kind = .direct) -> Quote {
        let range = range(of: words, in: article.text)
        return Quote(range: range, kind: kind, cue: nil, sourceIndex: index)
    }

    /// A library article from an article and an analysis, as if read from `path`.
    static func stored(_ article: Article, _ analysis: Analysis = Analysis(), path: String? = nil) -> LibraryArticle {
        LibraryArticle(article: article, analysis: analysis, original: Array(article.text.utf8), format: .text, sourcePath: path)
    }

    /// A harbour story quoting one expert three times and one official once.
    static func harbourStory(url: String? = "https://example.test/harbour", published: String? = "2026-03-02") -> LibraryArticle {
        let article = article([
            "The harbour board in Port Aldren voted on Tuesday to close the old pier.",
            "\"The timbers are rotten through,\" said Ines Calloway, a professor of marine engineering at Dunmore University.",
            "\"Nobody should fish from it,\" Calloway added. \"It could fall at any tide.\"",
            "Mayor Tomas Reyné said the city would \"look at every option\" before winter.",
        ], title: "Port Aldren closes its old pier", site: "Aldren Gazette", url: url, published: published)
        let calloway = Source(name: "Ines Calloway", kind: .person, sourceClass: .expert,
                              role: "professor of marine engineering", affiliation: "Dunmore University",
                              mentions: [Mention(text: "Ines Calloway", range: range(of: "Ines Calloway", in: article.text))])
        let mayor = Source(name: "Tomas Reyné", kind: .person, sourceClass: .official, role: "Mayor")
        let analysis = Analysis(quotes: [
            quote("The timbers are rotten through,", in: article, source: 0),
            quote("Nobody should fish from it,", in: article, source: 0),
            quote("It could fall at any tide.", in: article, source: 0, kind: .continuation),
            quote("look at every option", in: article, source: 1, kind: .partial),
        ], sources: [calloway, mayor], claims: [
            Claim(range: range(of: "the city would", in: article.text), sourceIndex: 1, isVague: false, links: ["https://example.test/council"]),
        ])
        return stored(article, analysis)
    }

    /// A later story quoting the same expert once, under a differently spaced name.
    static func ferryStory() -> LibraryArticle {
        let article = article([
            "Ferry crossings to Keel Island resume next week after repairs.",
            "\"The hull work was overdue,\" said Ines  Calloway of Dunmore University.",
        ], title: "Keel Island ferry returns", site: "Island Post", url: "https://example.test/ferry", published: "2026-05-10")
        let calloway = Source(name: "Ines  Calloway", kind: .person, sourceClass: .expert, affiliation: "Dunmore University")
        return stored(article, Analysis(quotes: [quote("The hull work was overdue,", in: article, source: 0)], sources: [calloway]))
    }
}
