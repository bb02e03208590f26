import ArgumentParser
import BylineStore
import Foundation

/// `byline bench library`: measures the library on a synthetic collection (import rate, quote
/// search latency, first page of the list, size on disk). Figures for the notes, never pass/fail.
struct BenchLibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Benchmark the library on synthetic articles (about 5 KB and 5 quotes each).",
        discussion: """
            Builds a fresh library of N invented, already analysed articles in a temporary folder \
            (or at --library PATH), then times quote searches and the first page of the list. With \
            --export DIR it only writes N synthetic articles as text files (for import tests).
            """
    )

    @Option(name: .long, help: ArgumentHelp("How many articles.", valueName: "n"))
    var articles = 10_000

    @Option(name: .long, help: ArgumentHelp("How many quote searches to time.", valueName: "n"))
    var searches = 1_000

    /// `--library PATH`: where to build the library (default: a temporary file, deleted
    /// afterwards). The root command's group, whose value ArgumentParser hands to a group of
    /// the same type (an option of the benchmark's own was left unset); hidden from the help,
    /// whose text for it is the reader's, and described in the discussion.
    @OptionGroup(visibility: .hidden) var libraryOption: LibraryOptions
    private var library: String? { libraryOption.library }

    @Option(name: .long, help: ArgumentHelp("Only write the synthetic articles as text files into this folder.", valueName: "dir"))
    var export: String?

    @Flag(name: .long, help: "Time only the searches, the list and the size of an existing --library.")
    var queriesOnly = false

    @Flag(name: .long, help: "Print the figures as one JSON document.")
    var json = false

    func validate() throws {
        guard articles > 0, searches > 0 else { throw ValidationError("--articles and --searches must be positive") }
        if queriesOnly, library == nil { throw ValidationError("--queries-only needs --library") }
    }

    func run() throws {
        try Failure.exitingOnError {
            if let export { return try exportFiles(to: export) }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(ProcessInfo.processInfo.processIdentifier)")
            let path = library ?? folder.appendingPathComponent("library.sqlite").path
            if library == nil { try? FileManager.default.removeItem(at: folder) }
            defer { if library == nil { try? FileManager.default.removeItem(at: folder) } }
            let figures = try measure(path: path)
            if json { try JSONOutput.print(figures) } else { print(figures.readable) }
        }
    }

    private func exportFiles(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var generator = SyntheticLibrary()
        for number in 0..<articles {
            try Data(generator.article(number: number).original).write(to: URL(fileURLWithPath: folder).appendingPathComponent(String(format: "article-%06d.txt", number)))
        }
        print("Wrote \(articles) articles to \(folder)")
    }

    private func measure(path: String) throws -> BenchFigures {
        let database = try AppDatabase.open(path: path)
        var generator = SyntheticLibrary()
        var progress = ProgressBar(total: articles, label: "importing")
        var figures = BenchFigures(articles: articles)
        var importSeconds = 0.0
        var importCPUSeconds = 0.0
        var number = queriesOnly ? articles : 0
        if queriesOnly {
            figures.rawTextBytes = try database.bodyBytes()
        }
        while number < articles {
            let batch = (number..<min(articles, number + 500)).map { generator.article(number: $0) }
            figures.rawTextBytes += batch.reduce(0) { $0 + $1.article.text.utf8.count }
            let started = Date()
            let startedCPU = ProcessorTime.seconds
            try database.save(batch)
            importSeconds += Date().timeIntervalSince(started)
            importCPUSeconds += ProcessorTime.seconds - startedCPU
            number += batch.count
            progress.update(number)
        }
        progress.finish()
        figures.importRate = importSeconds > 0 ? Double(articles) / importSeconds : 0
        figures.importCPURate = importCPUSeconds > 0 ? Double(articles) / importCPUSeconds : 0

        var latencies: [Double] = []
        var processorTimes: [Double] = []
        for _ in 0..<searches {
            let query = (0..<(1 + Int.random(in: 0...1))).map { _ in generator.vocabulary.randomElement()! }.joined(separator: " ")
            let started = Date()
            let startedCPU = ProcessorTime.seconds
            _ = try database.searchQuotes(QuoteQuery(text: query))
            latencies.append(Date().timeIntervalSince(started) * 1000)
            processorTimes.append((ProcessorTime.seconds - startedCPU) * 1000)
        }
        latencies.sort()
        processorTimes.sort()
        figures.quoteSearchP50 = latencies[latencies.count / 2]
        figures.quoteSearchP99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        figures.quoteSearchCPUP50 = processorTimes[processorTimes.count / 2]
        figures.quoteSearchCPUP99 = processorTimes[min(processorTimes.count - 1, processorTimes.count * 99 / 100)]
        let commonStarted = Date()
        _ = try database.searchQuotes(QuoteQuery(text: generator.vocabulary[0]))
        figures.commonWordSearch = Date().timeIntervalSince(commonStarted) * 1000

        let listStarted = Date()
        let reopened = try AppDatabase.open(path: path)
        _ = try reopened.articles(ArticleFilter(limit: 50))
        figures.firstPage = Date().timeIntervalSince(listStarted) * 1000

        try database.checkpoint()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        figures.databaseBytes = (attributes[.size] as? Int) ?? 0
        return figures
    }
}

/// The benchmark's figures.
private struct BenchFigures: Encodable {
    let articles: Int
    var rawTextBytes = 0
    var databaseBytes = 0
    var importRate = 0.0
    var importCPURate = 0.0
    var quoteSearchP50 = 0.0
    var quoteSearchP99 = 0.0
    var quoteSearchCPUP50 = 0.0
    var quoteSearchCPUP99 = 0.0
    var commonWordSearch = 0.0
    var firstPage = 0.0

    private enum CodingKeys: String, CodingKey {
        case articles
        case rawTextBytes = "raw_text_bytes"
        case databaseBytes = "database_bytes"
        case sizeRatio = "size_ratio"
        case importRate = "import_articles_per_second"
        case importCPURate = "import_articles_per_cpu_second"
        case quoteSearchP50 = "quote_search_p50_ms"
        case quoteSearchP99 = "quote_search_p99_ms"
        case quoteSearchCPUP50 = "quote_search_cpu_p50_ms"
        case quoteSearchCPUP99 = "quote_search_cpu_p99_ms"
        case commonWordSearch = "quote_search_most_common_word_ms"
        case firstPage = "list_first_page_ms"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articles, forKey: .articles)
        try container.encode(rawTextBytes, forKey: .rawTextBytes)
        try container.encode(databaseBytes, forKey: .databaseBytes)
        try container.encode(rounded(sizeRatio), forKey: .sizeRatio)
        try container.encode(rounded(importRate), forKey: .importRate)
        try container.encode(rounded(importCPURate), forKey: .importCPURate)
        try container.encode(rounded(quoteSearchP50), forKey: .quoteSearchP50)
        try container.encode(rounded(quoteSearchP99), forKey: .quoteSearchP99)
        try container.encode(rounded(quoteSearchCPUP50), forKey: .quoteSearchCPUP50)
        try container.encode(rounded(quoteSearchCPUP99), forKey: .quoteSearchCPUP99)
        try container.encode(rounded(commonWordSearch), forKey: .commonWordSearch)
        try container.encode(rounded(firstPage), forKey: .firstPage)
    }

    private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    var sizeRatio: Double { rawTextBytes > 0 ? Double(databaseBytes) / Double(rawTextBytes) : 0 }

    var readable: String {
        """
        articles                     \(articles)
        import                       \(String(format: "%.0f", importRate)) articles/s (\(String(format: "%.0f", importCPURate)) per CPU second)
        quote search p50 / p99       \(String(format: "%.2f", quoteSearchP50)) ms / \(String(format: "%.2f", quoteSearchP99)) ms \
        (CPU \(String(format: "%.2f", quoteSearchCPUP50)) / \(String(format: "%.2f", quoteSearchCPUP99)) ms)
        quote search, commonest word \(String(format: "%.2f", commonWordSearch)) ms
        list, first page (cold open) \(String(format: "%.2f", firstPage)) ms
        size                         \(databaseBytes / 1_000_000) MB for \(rawTextBytes / 1_000_000) MB of text (\(String(format: "%.2f", sizeRatio))×)
        """
    }
}

/// The processor time this process has used (user and system), in seconds: the import rate
/// per CPU second does not depend on how busy the machine is.
enum ProcessorTime {
    static var seconds: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
        return user + system
    }
}
