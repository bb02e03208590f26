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

    /// The reader's options, listed by `byline --help`: plain `byline` runs `byline ui`. Every
    /// command that takes one declares the same group, and ArgumentParser hands a value given
    /// before the command's name (`byline --library x.sqlite list`) to it as well.
    @OptionGroup(title: "Global options") var reader: ReaderOptions
    @OptionGroup(title: "Global options") var library: LibraryOptions

    /// Parses the command line and runs the command, as ArgumentParser's own `main` does, but
    /// prints its messages through `TerminalText.escaped`: a usage error quotes the arguments,
    /// and an argument may hold control characters that must not reach the terminal.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command: ParsableCommand
            do {
                command = try await asyncParseAsRoot(arguments)
            } catch where exitCode(for: error) != .success && CommandWord.isMistyped(arguments) {
                // Help, --version, completion scripts and the help dump end parsing with
                // success and print themselves.
                throw CommandWord.UnknownCommand(arguments: arguments)
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let unknown as CommandWord.UnknownCommand {
            report(unknown.message(usage: usageString()), status: ExitCode.validationFailure)
        } catch {
            report(fullMessage(for: error), status: exitCode(for: error))
        }
    }

    /// Prints `message` (each line through `TerminalText.escaped`) on standard error, or on
    /// standard output for help, and exits with `status`.
    private static func report(_ message: String, status: ExitCode) -> Never {
        let text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
        if !text.isEmpty {
            let stream = status == .success ? FileHandle.standardOutput : FileHandle.standardError
            stream.write(Data((text + "\n").utf8))
        }
        Foundation.exit(status.rawValue)
    }
}
