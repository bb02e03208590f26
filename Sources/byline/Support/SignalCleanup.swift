import Dispatch
import Foundation

/// Runs clean-up work when the process is told to end by a signal — the terminal closed
/// (SIGHUP), `kill` (SIGTERM), Ctrl-C before the reader has the terminal (SIGINT) — then ends
/// the process as the signal would have. `byline demo` removes its temporary library this way.
final class SignalCleanup: @unchecked Sendable {
    /// The signals handled.
    static let signals: [Int32] = [SIGHUP, SIGTERM, SIGINT]

    private let lock = NSLock()
    private var actions: [() -> Void] = []
    private var sources: [DispatchSourceSignal] = []

    /// Starts handling the signals, with no work yet.
    init() {
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in self.end(by: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Adds work to run before the earlier actions (giving the terminal back, say).
    func add(_ action: @escaping () -> Void) {
        lock.withLock { actions.insert(action, at: 0) }
    }

    /// Stops handling the signals: they act as before again.
    func cancel() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }

    private func end(by number: Int32) {
        let pending = lock.withLock { actions }
        for action in pending { action() }
        signal(number, SIG_DFL)
        // To the process, not this thread: dispatch's threads block signals.
        kill(getpid(), number)
    }
}
