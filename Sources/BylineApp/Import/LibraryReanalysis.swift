import BylineCore
import BylineStore

/// The pipeline's job for `byline reanalyze`: every article of the library read and analysed
/// again from its original bytes, replacing its stored contents while keeping its id, state
/// and annotations (re-anchored).
struct LibraryReanalysis: ImportJob {
    let total: Int
    private let database: AppDatabase
    /// The id of the last article handed out: the library is walked in id order.
    private var lastId: Int64 = 0
    private(set) var report = ReanalysisReport()

    /// A job re-analysing every article of `database`.
    init(database: AppDatabase) throws {
        total = try database.articleCount()
        self.database = database
    }

    mutating func next(_ limit: Int) throws -> [StoredOriginal] {
        let originals = try database.originals(after: lastId, limit: limit)
        lastId = originals.last?.id ?? lastId
        return originals
    }

    func name(of original: StoredOriginal) -> String {
        "article \(original.id)"
    }

    func read(_ original: StoredOriginal) -> Result<LibraryArticle, ImportFailure> {
        do {
            let article = try ArticleReader.read(original.bytes, options: ArticleReader.Options(format: original.format, url: original.url))
            return .success(LibraryArticle(analysing: article, original: original.bytes, format: original.format, sourcePath: original.sourcePath))
        } catch {
            return .failure(ImportFailure(input: name(of: original), description: "\(name(of: original)): \(error)"))
        }
    }

    mutating func store(_ batch: [(input: StoredOriginal, article: LibraryArticle)]) throws {
        for outcome in try database.replace(batch.map { ($0.input.id, $0.article) }) {
            report.reanalysed += 1
            if case .updated(_, let orphaned) = outcome { report.orphaned += orphaned }
        }
    }

    mutating func skip(_ failure: ImportFailure) {
        report.failed += 1
    }

    /// Keeps the run's time to the millisecond.
    mutating func finish(after duration: Duration) {
        report.seconds = (duration / .milliseconds(1)).rounded() / 1000
    }
}
