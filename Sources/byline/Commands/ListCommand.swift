import ArgumentParser
import BylineApp
import BylineCore
import BylineStore

/// `byline list`: the library's articles, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles in the library."
    )

    @Flag(name: .long, help: "Only articles not yet read.")
    var unread = false

    @Option(name: .long, help: ArgumentHelp("Only articles from this site (case-insensitive).", valueName: "site"))
    var site: String?

    @Option(name: .long, help: ArgumentHelp("The order: added (newest first), published, or title.", valueName: "order"))
    var sort: ArticleOrderChoice = .added

    @Option(name: .long, help: ArgumentHelp("At most this many articles.", valueName: "n"))
    var limit = 50

    @Option(name: .long, help: ArgumentHelp("Skip this many articles first (paging).", valueName: "n"))
    var offset = 0

    @Flag(name: .long, help: "Print the articles as one JSON document.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard limit > 0, offset >= 0 else { throw ValidationError("--limit must be positive and --offset not negative") }
    }

    func run() throws {
        try Failure.exitingOnError {
            let filter = ArticleFilter(unreadOnly: unread, site: site, order: sort.order, limit: limit, offset: offset)
            let articles = try library.openExisting().articles(filter)
            if json {
                try JSONOutput.print(["articles": articles.map { ArticleSummaryDocument($0) }])
                return
            }
            if articles.isEmpty { print("No articles. Add some with `byline add FILE…`."); return }
            for article in articles {
                let state = (article.readAt == nil ? "•" : " ") + (article.isStarred ? "★" : " ")
                let details = [PrintableText.byline(site: article.site, published: article.published),
                               Quantity.phrase(article.quoteCount, "quote")].filter { !$0.isEmpty }
                print("\(state) \(String(article.id).leftPadded(to: 5))  \(PrintableText.title(article.title))")
                print("         \(details.joined(separator: " · "))")
            }
        }
    }
}

/// `--sort`'s choices.
enum ArticleOrderChoice: String, ExpressibleByArgument, CaseIterable {
    case added, published, title

    var order: ArticleOrder {
        switch self {
        case .added: return .added
        case .published: return .published
        case .title: return .title
        }
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
