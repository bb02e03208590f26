/// What an import tells whoever runs it while it runs (a command draws a progress bar and
/// prints messages). Every call comes from the thread that started the run, in the order of
/// the inputs.
public protocol ImportObserver {
    /// The run has `total` inputs.
    func started(total: Int)
    /// Input `name` was read after a repair that `warning` describes ("invalid UTF-8: 3
    /// sequence(s) replaced with U+FFFD").
    func warned(_ warning: String, about name: String)
    /// An input could not be read and is skipped; the run goes on with the others.
    func skipped(_ failure: ImportFailure)
    /// `done` of the inputs are finished: stored, or skipped.
    func progressed(done: Int)
}
