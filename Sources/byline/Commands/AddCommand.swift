import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline add`: reads, analyses and stores articles in the library.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles (files, folders, or - for standard input) to the library.",
        discussion: """
            Folders are searched recursively (hidden files are skipped). An article already in \
            the library (same URL, same file, or same text) is updated in place: it is \
            re-analysed and keeps its annotations, re-anchored in the new text. A file that \
            cannot be read is reported and skipped; the exit status is 1 only when nothing \
            could be added.
            """
    )

    @Argument(help: ArgumentHelp("Article files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Print a JSON summary instead of a readable one.")
    var json = false

    @OptionGroup var input: InputOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            let files = try ArticleFiles.expand(paths)
            let database = try library.open()
            var importer = LibraryImport(database: database, input: input, total: files.count)
            for file in files { try importer.add(file) }
            let report = try importer.finish()
            if json {
                try JSONOutput.print(report)
            } else {
                print(report.summary(libraryPath: library.path))
            }
            if report.added + report.updated == 0, report.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// Expands command-line paths into the article files to read, in a stable order.
enum ArticleFiles {
    /// Every regular, non-hidden file under each path (folders recursively); `-` stays as is.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw InputFile.LoadError.unreadable(path, reason: "cannot list it") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }
}

/// One import run: reads and analyses files, stores them in batches (one transaction each),
/// shows progress and collects the report.
struct LibraryImport {
    let database: AppDatabase
    let input: InputOptions
    private var pending: [(path: String, article: LibraryArticle)] = []
    private var progress: ProgressBar
    private var report = ImportReport()
    private var done = 0
    private let started = Date()

    /// Articles are committed in batches of this many (or sooner, every second).
    static let batchSize = 200
    private var lastCommit = Date()

    init(database: AppDatabase, input: InputOptions, total: Int) {
        self.database = database
        self.input = input
        progress = ProgressBar(total: total, label: "adding")
    }

    /// Reads, analyses and queues one file; commits when the batch is full.
    mutating func add(_ path: String) throws {
        do {
            pending.append((path, try read(path)))
        } catch {
            Failure.report(String(describing: error))
            report.errors.append(ImportReport.FileError(path: path, error: String(describing: error)))
        }
        done += 1
        if pending.count >= Self.batchSize || Date().timeIntervalSince(lastCommit) >= 1 { try commit() }
        progress.update(done)
    }

    /// Commits what is left and returns the report.
    mutating func finish() throws -> ImportReport {
        try commit()
        progress.finish()
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    private func read(_ path: String) throws -> LibraryArticle {
        let name = path == "-" ? InputFile.standardInputName : path
        let bytes = try InputFile.load(path, limit: input.maxSize)
        let article: Article
        do {
            article = try ArticleReader.read(bytes, options: input.readerOptions)
        } catch {
            throw ArticleLoading.LoadFailure(name: name, reason: error.description)
        }
        article.warnings.forEach { Failure.warn($0, about: name) }
        let sourcePath = path == "-" ? nil : URL(fileURLWithPath: path).standardizedFileURL.path
        return LibraryArticle(article: article, analysis: ArticleAnalyzer.analyze(article), original: bytes,
                              format: input.format.format ?? ArticleFormat.sniff(bytes), sourcePath: sourcePath)
    }

    private mutating func commit() throws {
        lastCommit = Date()
        guard !pending.isEmpty else { return }
        let outcomes = try database.save(pending.map(\.article))
        for (item, outcome) in zip(pending, outcomes) {
            report.record(path: item.path, outcome: outcome)
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// What an import did, printed as a summary or as JSON.
struct ImportReport: Encodable {
    struct FileResult: Encodable {
        let path: String
        let id: Int64
        let status: String
        let orphaned: Int
    }

    struct FileError: Encodable {
        let path: String
        let error: String
    }

    var added = 0
    var updated = 0
    var failed: Int { errors.count }
    var orphaned = 0
    var articles: [FileResult] = []
    var errors: [FileError] = []
    var seconds: Double = 0

    private enum CodingKeys: String, CodingKey {
        case added, updated, failed, orphaned, articles, errors, seconds
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(failed, forKey: .failed)
        try container.encode(orphaned, forKey: .orphaned)
        try container.encode(articles, forKey: .articles)
        try container.encode(errors, forKey: .errors)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    }

    mutating func record(path: String, outcome: SaveOutcome) {
        switch outcome {
        case .added(let id):
            added += 1
            articles.append(FileResult(path: path, id: id, status: "added", orphaned: 0))
        case .updated(let id, let orphans):
            updated += 1
            orphaned += orphans
            articles.append(FileResult(path: path, id: id, status: "updated", orphaned: orphans))
        }
    }

    /// The readable summary.
    func summary(libraryPath: String) -> String {
        let total = added + updated
        let rate = seconds > 0 ? Double(total) / seconds : 0
        var parts = ["Added \(added)", "updated \(updated)"]
        if failed > 0 { parts.append("skipped \(failed) unreadable") }
        var lines = [parts.joined(separator: ", ") + String(format: " in %.1f s (%.0f articles/s).", seconds, rate)]
        if orphaned > 0 { lines.append("\(orphaned) annotation(s) could not be placed in the new text; `byline notes` lists them as orphans.") }
        if total == 1, let only = articles.first { lines.append("Article id: \(only.id)") }
        lines.append("Library: \(libraryPath)")
        return lines.joined(separator: "\n")
    }
}
