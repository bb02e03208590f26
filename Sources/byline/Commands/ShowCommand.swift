import ArgumentParser
import BylineApp
import BylineCore
import BylineStore
import Foundation

/// `byline show ID`: one article from the library with its stored analysis.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an article from the library with its stored analysis and notes."
    )

    @Argument(help: ArgumentHelp("The article's id (from `byline list`).", valueName: "id"))
    var id: Int64

    @Flag(name: .long, help: "Print the article and its analysis as one JSON document.")
    var json = false

    @Flag(name: .long, help: "Mark the article read.")
    var markRead = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let database = try library.openExisting()
            guard let stored = try database.article(id: id) else { throw ArticleNotFound(id: id) }
            if markRead { try database.markRead(id) }
            if json {
                try JSONOutput.print(StoredArticleDocument(stored))
                return
            }
            var output = ReadableArticle(article: stored.article, width: OutputWidth.current).rendered
            output += AnalysisListing(article: stored.article, analysis: stored.analysis).rendered
            let notes = try database.annotations(articleId: id)
            if !notes.isEmpty {
                output += "\nNOTES\n" + notes.map { "  [\($0.id)] “\(TerminalText.line($0.anchor.quote.exact))”"
                    + ($0.isOrphan ? " (orphan)" : "") + ($0.note.isEmpty ? "" : "\n       \(TerminalText.line($0.note))") }
                    .joined(separator: "\n") + "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}

/// No article has this id.
struct ArticleNotFound: Error, CustomStringConvertible {
    let id: Int64
    var description: String { "no article with id \(id) in the library (see `byline list`)" }
}

/// The quotations and sources of an analysis as readable lines.
struct AnalysisListing {
    let article: Article
    let analysis: Analysis

    var rendered: String {
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        func words(_ range: TextRange) -> String { TerminalText.line(scalars.string(in: range)) }
        var lines: [String] = []
        if !analysis.quotes.isEmpty {
            lines.append("\nQUOTES")
            for quote in analysis.quotes {
                let speaker = analysis.source(at: quote.sourceIndex)?.name ?? "unattributed"
                lines.append("  \(QuotePresentation.text(words(quote.range), kind: quote.kind)) — \(TerminalText.line(speaker)) (\(quote.kind.rawValue))")
            }
        }
        if !analysis.sources.isEmpty {
            lines.append("\nSOURCES")
            for source in analysis.sources {
                let profile = [source.role, source.affiliation].compactMap { $0.map(TerminalText.line) }.joined(separator: ", ")
                lines.append("  \(TerminalText.line(source.name)) · \(source.sourceClass.rawValue)" + (profile.isEmpty ? "" : " · \(profile)"))
            }
        }
        if !analysis.claims.isEmpty {
            let vague = analysis.claims.filter(\.isVague).count
            lines.append("\nCLAIMS: \(analysis.claims.count) attributed statements, \(vague) on vague or missing sources")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// `byline show --json`: the article as `byline read --json` prints it, with its id, state
/// and stored analysis (quotes, sources and claims in CONTRACT.md's shapes).
struct StoredArticleDocument: Encodable {
    let stored: StoredArticle

    init(_ stored: StoredArticle) { self.stored = stored }

    private enum CodingKeys: String, CodingKey { case id, added, read, starred, format, article, quotes, sources, claims }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let analysis = stored.analysis
        let scalars = [Unicode.Scalar](scalarsOf: stored.article.text)
        try container.encode(stored.summary.id, forKey: .id)
        try container.encode(Timestamp.iso(stored.summary.addedAt), forKey: .added)
        try container.encode(stored.summary.readAt != nil, forKey: .read)
        try container.encode(stored.summary.isStarred, forKey: .starred)
        try container.encode(stored.format.rawValue, forKey: .format)
        try container.encode(ArticleDocument(article: stored.article), forKey: .article)
        try container.encode(analysis.quotes.map { QuoteDocument($0, analysis: analysis, scalars: scalars) }, forKey: .quotes)
        try container.encode(SourceDocument.documents(for: analysis), forKey: .sources)
        try container.encode(analysis.claims.map { ClaimDocument(claim: $0, analysis: analysis, scalars: scalars) }, forKey: .claims)
    }
}
