import BylineCore
import BylineStore
import Foundation

/// The pipeline's job for `byline add`: files (or standard input) read and analysed, then
/// stored as new articles or as updates of the articles they duplicate.
struct FileImport: ImportJob {
    let total: Int
    private let database: AppDatabase
    private let options: ReadingOptions
    private var remaining: ArraySlice<String>
    private(set) var report = ImportReport()

    /// A job adding the files at `paths` (`-` for standard input) to `database`.
    init(paths: [String], database: AppDatabase, options: ReadingOptions) {
        total = paths.count
        remaining = paths[...]
        self.database = database
        self.options = options
    }

    mutating func next(_ limit: Int) -> [String] {
        defer { remaining = remaining.dropFirst(limit) }
        return Array(remaining.prefix(limit))
    }

    func name(of path: String) -> String {
        InputFile.name(of: path)
    }

    func read(_ path: String) -> Result<LibraryArticle, ImportFailure> {
        do {
            let loaded = try LoadedArticle.load(path, options: options)
            let sourcePath = path == "-" ? nil : URL(fileURLWithPath: path).standardizedFileURL.path
            return .success(LibraryArticle(analysing: loaded.article, original: loaded.bytes,
                                           format: options.reader.format ?? ArticleFormat.sniff(loaded.bytes), sourcePath: sourcePath))
        } catch {
            return .failure(ImportFailure(input: path, description: String(describing: error)))
        }
    }

    mutating func store(_ batch: [(input: String, article: LibraryArticle)]) throws {
        let outcomes = try database.save(batch.map(\.article))
        for (item, outcome) in zip(batch, outcomes) {
            report.record(path: item.input, outcome: outcome)
        }
    }

    mutating func skip(_ failure: ImportFailure) {
        report.errors.append(failure)
    }

    mutating func finish(after duration: Duration) {
        report.seconds = duration / .seconds(1)
    }
}
