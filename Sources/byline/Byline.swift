import ArgumentParser
import BylineCore
import Foundation

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

    /// Parses the command line and runs the command, as ArgumentParser's own `main` does, but
    /// prints its messages through `TerminalText.escaped`: a usage error quotes the arguments,
    /// and an argument may hold control characters that must not reach the terminal.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let message = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
            let status = exitCode(for: error)
            if !message.isEmpty {
                let stream = status == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(status.rawValue)
        }
    }
}
