import BylineApp

/// What an import shows on standard error while it runs: a progress bar, the inputs it
/// skipped and, unless asked not to, what it had to repair.
final class ImportMessages: ImportObserver {
    private let label: String
    private let showsWarnings: Bool
    private var bar: ProgressBar?

    /// Messages for a run whose progress bar reads `label` ("adding"). Re-analysis leaves the
    /// warnings out (`showsWarnings: false`): they were shown when the articles were added.
    init(label: String, showsWarnings: Bool = true) {
        self.label = label
        self.showsWarnings = showsWarnings
    }

    func started(total: Int) {
        bar = ProgressBar(total: total, label: label)
    }

    func warned(_ warning: String, about name: String) {
        if showsWarnings { Failure.warn(warning, about: name) }
    }

    func skipped(_ failure: ImportFailure) {
        Failure.report(failure.description)
    }

    func progressed(done: Int) {
        bar?.update(done)
    }

    /// Clears the progress bar, before the summary is printed.
    func finish() {
        bar?.finish()
    }
}
