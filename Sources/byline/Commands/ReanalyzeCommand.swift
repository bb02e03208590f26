import ArgumentParser
import BylineCore
import BylineStore
import Foundation

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
            let database = try library.open()
            var progress = ProgressBar(total: try database.articleCount(), label: "reanalysing")
            let started = Date()
            var summary = ReanalysisSummary()
            var lastId: Int64 = 0
            while true {
                let originals = try database.originals(after: lastId, limit: 200)
                guard let last = originals.last else { break }
                lastId = last.id
                var batch: [(id: Int64, article: LibraryArticle)] = []
                for original in originals {
                    do {
                        let article = try ArticleReader.read(original.bytes, options: ArticleReader.Options(format: original.format, url: original.url))
                        batch.append((original.id, LibraryArticle(article: article, analysis: ArticleAnalyzer.analyze(article),
                                                                   original: original.bytes, format: original.format,
                                                                   sourcePath: original.sourcePath)))
                    } catch {
                        summary.failed += 1
                        Failure.report("article \(original.id): \(error)")
                    }
                }
                for outcome in try database.replace(batch) {
                    summary.reanalysed += 1
                    if case .updated(_, let orphaned) = outcome { summary.orphaned += orphaned }
                }
                progress.update(summary.reanalysed + summary.failed)
            }
            progress.finish()
            summary.seconds = (Date().timeIntervalSince(started) * 1000).rounded() / 1000
            if json {
                try JSONOutput.print(summary)
            } else {
                print("Re-analysed \(summary.reanalysed) articles in \(String(format: "%.1f", summary.seconds)) s"
                      + (summary.failed > 0 ? ", \(summary.failed) could not be read" : "")
                      + (summary.orphaned > 0 ? "; \(summary.orphaned) annotation(s) are now orphans" : "") + ".")
            }
        }
    }
}

/// What a re-analysis did.
private struct ReanalysisSummary: Encodable {
    var reanalysed = 0
    var failed = 0
    var orphaned = 0
    var seconds = 0.0
}
