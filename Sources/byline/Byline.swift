import ArgumentParser

/// The `byline` command: a terminal news reader that knows who said what.
@main
struct Byline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal news reader that knows who said what.",
        discussion: """
            Byline subscribes to feeds and reads saved news articles (plain text or HTML pages), \
            fetches the whole article behind every item, and shows who is quoted, what the \
            article attributes to whom, and which claims rest on vague sources.
            """,
        version: "0.1.0",
        subcommands: [
            TUICommand.self, DemoCommand.self, ReadCommand.self, QuotesCommand.self, SourcesCommand.self,
            FeedCommand.self, ReloadCommand.self, AddCommand.self, ReanalyzeCommand.self, ListCommand.self, SearchCommand.self,
            SpeakersCommand.self, SpeakerCommand.self, ShowCommand.self, AnnotateCommand.self, NotesCommand.self,
            BenchCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )
}
