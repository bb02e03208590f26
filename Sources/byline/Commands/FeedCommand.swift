import ArgumentParser
import BylineApp
import BylineCore
import BylineStore
import Foundation

/// `byline feed`: the subscriptions.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Subscribe to feeds (RSS, Atom, JSON Feed) and manage subscriptions.",
        discussion: "`byline reload` fetches them. A feed may be a web address, a file path or a file:// URL.",
        subcommands: [Add.self, List.self, Remove.self, Rename.self, Import.self, Export.self],
        defaultSubcommand: List.self
    )

    /// `byline feed add URL [--tag T]…`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Subscribe to a feed.")

        @Argument(help: ArgumentHelp("The feed's address: http(s) URL, file path or file:// URL.", valueName: "url"))
        var url: String

        @Option(name: .long, help: ArgumentHelp("A tag for the feed (repeat for several).", valueName: "tag"))
        var tag: [String] = []

        @Option(name: .long, help: ArgumentHelp("The feed's name in Byline (default: the feed's own title).", valueName: "title"))
        var title: String?

        @Flag(inversion: .prefixedNo, help: "Fetch the article behind each item (default: the configuration's full_text).")
        var fullText: Bool?

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                let address = try FeedAddress.normalize(url)
                let request = FeedSubscriptionRequest(url: address, title: title.map(TerminalText.line),
                                                      tags: tag.map(TerminalText.line), fullText: fullText)
                let outcome = try library.openCreating().subscribe([request])
                guard let feed = outcome.added.first else { throw FeedStoreError.alreadySubscribed(address) }
                print("Subscribed to \(TerminalText.line(feed.url)) (feed \(feed.id)). `byline reload` fetches it.")
            }
        }
    }

    /// `byline feed list [--json]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the subscriptions with their unread counts and last reload.")

        @Flag(name: .long, help: "Print JSON.")
        var json = false

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                let listings = try library.openExisting().feedListings()
                if json {
                    try JSONOutput.print(listings.map(FeedListingDocument.init))
                } else if listings.isEmpty {
                    print("No subscriptions. Add one with `byline feed add URL`.")
                } else {
                    listings.forEach { print(ReadableFeeds.line($0)) }
                }
            }
        }
    }

    /// `byline feed remove FEED`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a subscription.",
            discussion: "The articles the feed brought stay in the library.")

        @Argument(help: ArgumentHelp("The feed: its id, URL or title.", valueName: "feed"))
        var feed: String

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                let database = try library.openExisting()
                let found = try database.feed(named: feed)
                try database.unsubscribe(feedId: found.id)
                print("Unsubscribed from \(TerminalText.line(found.displayTitle)); its articles stay in the library.")
            }
        }
    }

    /// `byline feed rename FEED TITLE`
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a feed your own name (an empty name restores the feed's).")

        @Argument(help: ArgumentHelp("The feed: its id, URL or title.", valueName: "feed"))
        var feed: String

        @Argument(help: ArgumentHelp("The new name.", valueName: "title"))
        var title: String

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                let database = try library.openExisting()
                let found = try database.feed(named: feed)
                let name = TerminalText.line(title)
                try database.renameFeed(found.id, to: name.isEmpty ? nil : name)
                print("Feed \(found.id) is now \(name.isEmpty ? "named by the feed" : "“\(name)”").")
            }
        }
    }

    /// `byline feed import FILE`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Subscribe to every feed of an OPML file or a newsboat `urls` file.",
            discussion: "Tags come along. Newsboat query feeds and exec:/filter: entries are skipped with a note.")

        @Argument(help: ArgumentHelp("The OPML or urls file (- for standard input).", valueName: "file"))
        var file: String

        @Flag(name: .long, help: "Print JSON.")
        var json = false

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                let bytes = try InputFile.load(file, limit: ByteSize(bytes: 64 << 20))
                let report = try SubscriptionTransfer.importSubscriptions(bytes, into: library.openCreating())
                if json {
                    try JSONOutput.print(report)
                    return
                }
                report.skipped.forEach { Failure.report("note: \($0)") }
                print("Subscribed to \(Quantity.phrase(report.added.count, "feed"))"
                      + (report.existing.isEmpty ? "" : "; \(report.existing.count) already subscribed")
                      + (report.skipped.isEmpty ? "" : "; \(report.skipped.count) skipped") + ".")
            }
        }
    }

    /// `byline feed export`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the subscriptions as OPML.")

        @OptionGroup var library: LibraryOptions

        func run() throws {
            try Failure.exitingOnError {
                print(SubscriptionTransfer.exportOPML(try library.openExisting().feeds()), terminator: "")
            }
        }
    }
}
