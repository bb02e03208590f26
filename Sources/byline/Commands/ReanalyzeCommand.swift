import ArgumentParser
import BylineApp

/// `byline reanalyze`: runs the current reading and analysis rules again on every article.
struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Re-read and re-analyse every article of the library from its original bytes.",
        discussion: "Run it after upgrading Byline. Articles keep their ids, state and annotations (re-anchored)."
    )

    @Flag(name: .long, help: "Print a JSON summary.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let messages = ImportMessages(label: "reanalysing", showsWarnings: false)
            let report = try ImportPipeline(database: try library.openExisting()).reanalyze(observer: messages)
            messages.finish()
            if json {
                try JSONOutput.print(report)
            } else {
                print(report.summary)
            }
        }
    }
}
