import ArgumentParser
import BylineCore
import Foundation

/// `byline bench read DIR`: the HTML reader's throughput against a bare libxml2 parse of the
/// same pages in the same run.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Time the HTML reader against a bare libxml2 parse of the same pages.",
        discussion: """
            Loads every *.html and *.html.gz page in DIR into memory, then, on one thread, parses \
            them all with libxml2 alone and reads them all with the HTML reader, several rounds, \
            keeping each side's fastest round. Prints pages/s, MB/s and the reader's cost as a \
            multiple of the bare parse.
            """
    )

    @Argument(help: ArgumentHelp("A folder of HTML pages (.html or .html.gz).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: "How many rounds to run; the fastest counts.")
    var rounds = 5

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        try Failure.exitingOnError {
            let pages = try PageCorpus(directory: directory)
            guard !pages.pages.isEmpty else { throw PageCorpus.LoadError.empty(directory) }
            var parseBest = Duration.seconds(Int64.max)
            var readBest = Duration.seconds(Int64.max)
            var paragraphs = 0
            let clock = ContinuousClock()
            for _ in 0..<rounds {
                parseBest = min(parseBest, clock.measure {
                    for page in pages.pages { _ = HTMLReader.parseOnly(page) }
                })
                readBest = min(readBest, clock.measure {
                    paragraphs = 0
                    for page in pages.pages { paragraphs += HTMLReader.read(page).paragraphs.count }
                })
            }
            let report = ThroughputReport(pages: pages.pages.count, bytes: pages.totalBytes)
            print("\(pages.pages.count) pages, \(report.megabytes) MB of HTML, best of \(rounds) rounds, one thread")
            print(report.line("libxml2 parse", parseBest))
            print(report.line("byline reader", readBest) + ", \(paragraphs) paragraphs")
            print(String(format: "reader / parse: %.2f×", readBest.seconds / parseBest.seconds))
        }
    }
}

/// Pages/s and MB/s of one timed pass over a corpus.
struct ThroughputReport {
    let pages: Int
    let bytes: Int

    /// The corpus size in megabytes (10^6 bytes), one decimal.
    var megabytes: String { String(format: "%.1f", Double(bytes) / 1e6) }

    /// One aligned line: label, seconds, pages/s, MB/s.
    func line(_ label: String, _ duration: Duration) -> String {
        let seconds = duration.seconds
        return String(format: "%@  %8.3f s  %8.1f pages/s  %7.1f MB/s",
                      label.padding(toLength: 14, withPad: " ", startingAt: 0), seconds,
                      Double(pages) / seconds, Double(bytes) / 1e6 / seconds)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
