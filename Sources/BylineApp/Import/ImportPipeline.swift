import BylineStore

/// The import pipeline: inputs are read and analysed on every core, a batch at a time, and
/// each batch is stored in one transaction (where the library prepares it on every core
/// too). `byline add` adds files with it; `byline reanalyze` reads the library's articles
/// again from their original bytes. Progress, repaired input and skipped input are told to an
/// `ImportObserver` batch by batch, in input order.
public struct ImportPipeline: Sendable {
    private let database: AppDatabase
    private let options: ReadingOptions

    /// A pipeline into `database`, reading files as `options` say.
    public init(database: AppDatabase, options: ReadingOptions = ReadingOptions()) {
        self.database = database
        self.options = options
    }

    /// Adds the files at `paths` (`-` for standard input) to the library, in their order. An
    /// article already there (same URL, same file or same text) is updated in place: it is
    /// re-analysed and keeps its id and annotations, re-anchored in the new text. An input
    /// that cannot be read is told to `observer` and skipped.
    /// - Throws: only when the library cannot be written.
    public func add(_ paths: [String], observer: some ImportObserver) throws -> ImportReport {
        try run(FileImport(paths: paths, database: database, options: options), observer: observer)
    }

    /// Reads and analyses every article of the library again from its original bytes (after
    /// the rules improved), keeping ids, read and starred state, and annotations (re-anchored).
    /// An article whose bytes cannot be read is told to `observer` and keeps its old analysis.
    /// - Throws: only when the library cannot be read or written.
    public func reanalyze(observer: some ImportObserver) throws -> ReanalysisReport {
        try run(LibraryReanalysis(database: database), observer: observer)
    }

    private func run<Job: ImportJob>(_ job: Job, observer: some ImportObserver) throws -> Job.Report {
        var job = job
        let clock = ContinuousClock()
        let started = clock.now
        var size = BatchSize()
        var done = 0
        observer.started(total: job.total)
        while true {
            let inputs = try job.next(size.next)
            guard !inputs.isEmpty else { break }
            let batchStarted = clock.now
            try process(inputs, of: &job, observer: observer)
            size.record(inputs.count, took: clock.now - batchStarted)
            done += inputs.count
            observer.progressed(done: done)
        }
        job.finish(after: clock.now - started)
        return job.report
    }

    /// Reads and analyses one batch on every core, tells `observer` about it in input order,
    /// and stores what could be read.
    private func process<Job: ImportJob>(_ inputs: [Job.Input], of job: inout Job, observer: some ImportObserver) throws {
        let reader = job
        let results = Concurrent.map(inputs) { reader.read($0) }
        var batch: [(input: Job.Input, article: LibraryArticle)] = []
        for (input, result) in zip(inputs, results) {
            switch result {
            case .success(let article):
                article.article.warnings.forEach { observer.warned($0, about: job.name(of: input)) }
                batch.append((input, article))
            case .failure(let failure):
                observer.skipped(failure)
                job.skip(failure)
            }
        }
        if !batch.isEmpty { try job.store(batch) }
    }
}
