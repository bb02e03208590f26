import BylineCore
import BylineStore

/// What differs between the pipeline's runs: where the inputs come from, how one is read, and
/// how a batch is stored and counted. A copy of the job reads a batch's inputs on every core at
/// once; everything else happens on the thread that runs the pipeline.
protocol ImportJob: Sendable {
    /// One input: a path, or an article's original bytes.
    associatedtype Input: Sendable
    /// What the run did.
    associatedtype Report

    /// How many inputs the run has.
    var total: Int { get }
    /// The next inputs, at most `limit` of them; none when the run is over.
    mutating func next(_ limit: Int) throws -> [Input]
    /// The name that messages about `input` give it.
    func name(of input: Input) -> String
    /// Reads and analyses one input.
    func read(_ input: Input) -> Result<LibraryArticle, ImportFailure>
    /// Stores the articles read from one batch, in input order, in one transaction.
    mutating func store(_ batch: [(input: Input, article: LibraryArticle)]) throws
    /// Counts an input that could not be read.
    mutating func skip(_ failure: ImportFailure)
    /// Notes that the run is over after `duration`.
    mutating func finish(after duration: Duration)
    /// What the run has done so far.
    var report: Report { get }
}

extension LibraryArticle {
    /// `article` with its analysis, ready to store.
    init(analysing article: Article, original: [UInt8], format: ArticleFormat, sourcePath: String?) {
        self.init(article: article, analysis: ArticleAnalyzer.analyze(article), original: original, format: format, sourcePath: sourcePath)
    }
}
