import Dispatch
import Foundation
import FoundationNetworking

/// The calls into URLSession that wait on its work queue. corelibs-foundation creates,
/// starts, cancels and invalidates on the session's one serial queue, synchronously, and
/// that queue can stay busy while a fast body floods in. Made from Swift's cooperative
/// threads, those waits let a gzip bomb decode in full before its cancellation landed (a
/// 512 MB bomb raised the peak memory by about 500 MB); made from a queue of their own, in
/// order, the cancellation lands at once and neither the cooperative threads nor the
/// delegate queue ever wait. Each session has its own control queue, so that a session kept
/// busy by a flood never holds up another's.
final class SessionControl: Sendable {
    private let queue = DispatchQueue(label: "Byline URLSession control")

    /// Creates a data task for `request` on `session`, hands it to `prepare` (to be tracked
    /// before anything can be reported of it) and starts it.
    func start(_ request: URLRequest, on session: URLSession,
                      prepare: @escaping @Sendable (URLSessionDataTask) -> Void) async -> URLSessionDataTask {
        await withCheckedContinuation { continuation in
            queue.async {
                let task = session.dataTask(with: request)
                prepare(task)
                task.resume()
                continuation.resume(returning: task)
            }
        }
    }

    /// Stops `task`; nothing happens to one that has completed.
    func cancel(_ task: URLSessionTask) {
        queue.async { task.cancel() }
    }

    /// Cancels every task of `session` and lets it go.
    func invalidate(_ session: URLSession) {
        queue.async { session.invalidateAndCancel() }
    }
}
