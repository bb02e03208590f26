import ArgumentParser
import BylineCore
import BylineUI
import Foundation

/// `byline demo`: the reader over a library built from the bundled sample articles.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the reader on the bundled sample articles (nothing is saved).",
        discussion: "The samples are found in $BYLINE_SAMPLES, <prefix>/share/byline/samples, or the source checkout's Samples/."
    )

    @OptionGroup var options: ReaderOptions

    func run() throws {
        try Failure.exitingOnError {
            let environment = ProcessInfo.processInfo.environment
            let library = try SampleLibrary.load(environment: environment)
            try ReaderSession(environment: environment, themeOverride: options.theme).run(library: library)
        }
    }
}

/// The demo library: every article file in the samples folder, read and analysed.
enum SampleLibrary {
    /// Why the samples could not be loaded.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "no sample articles found: set BYLINE_SAMPLES to a folder of .txt or .html articles" }
    }

    static func load(environment: [String: String]) throws -> InMemoryLibrary {
        let folders = ResourceLocator(environment: environment).directories(for: "Samples", variable: "BYLINE_SAMPLES")
        guard let folder = folders.first(where: { !articleFiles(in: $0).isEmpty }) else { throw Missing() }
        let options = try InputOptions.parse([])
        var articles: [Article] = []
        for name in articleFiles(in: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                var article = try ArticleLoading.load(path, options: options, plain: false)
                if article.title?.isEmpty ?? true { article.title = title(fromFileName: name) }
                articles.append(article)
            } catch {
                Failure.report("\(error)")
            }
        }
        return InMemoryLibrary(articles: articles, analyze: ArticleAnalyzer.analyze)
    }

    /// "harbour-bridge.txt" → "Harbour bridge", for articles that name no title.
    private static func title(fromFileName name: String) -> String {
        let stem = (name as NSString).deletingPathExtension.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return stem.prefix(1).uppercased() + stem.dropFirst()
    }

    private static func articleFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
            .filter { $0.lowercased() != "readme.txt" }.sorted()
    }
}
