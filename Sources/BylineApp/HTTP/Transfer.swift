import Foundation
import FoundationNetworking

/// One fetch in flight: what URLSession has reported of it so far, its deadlines, and the
/// single outcome its caller awaits. Whoever decides the outcome first (the session's
/// completion, the size cap, the watchdog, the caller's cancellation) decides it for good.
final class Transfer: @unchecked Sendable {
    private let requestedURL: URL
    private let limits: FetchLimits
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    private var lastActivity: ContinuousClock.Instant
    private var hasResponse = false
    private var body: [UInt8] = []
    private var redirects = RedirectChain()
    private var outcome: FetchOutcome?
    private var waiter: CheckedContinuation<FetchOutcome, Never>?

    /// A transfer of `requestedURL` under `limits`, starting now.
    init(requestedURL: URL, limits: FetchLimits) {
        self.requestedURL = requestedURL
        self.limits = limits
        started = clock.now
        lastActivity = started
    }

    /// The outcome, once it is decided.
    func result() async -> FetchOutcome {
        await withCheckedContinuation { continuation in
            let decided: FetchOutcome? = lock.withLock {
                if outcome == nil { waiter = continuation }
                return outcome
            }
            if let decided { continuation.resume(returning: decided) }
        }
    }

    /// Decides the outcome, unless it is decided already.
    func finish(_ decided: FetchOutcome) {
        let waiting: CheckedContinuation<FetchOutcome, Never>? = lock.withLock {
            guard outcome == nil else { return nil }
            outcome = decided
            defer { waiter = nil }
            return waiter
        }
        waiting?.resume(returning: decided)
    }

    /// Ends the transfer as timed out when it has been quiet too long or has run out of
    /// time; returns once the outcome is decided or the calling task is cancelled.
    func watch() async {
        while let deadline = nextDeadline() {
            if clock.now >= deadline {
                finish(.failed(.timedOut))
                return
            }
            do { try await clock.sleep(until: deadline) } catch { return }
        }
    }

    /// The earlier of the idle and total deadlines; nil once the outcome is decided.
    private func nextDeadline() -> ContinuousClock.Instant? {
        lock.withLock {
            guard outcome == nil else { return nil }
            let quiet = hasResponse ? limits.idleTimeout : limits.firstByteTimeout
            return min(started + limits.totalTimeout, lastActivity + quiet)
        }
    }

    // MARK: What URLSession reports

    /// Records a redirect with `status` to `target`; returns whether to follow it. Only
    /// http and https targets are followed, and no more than `RedirectChain.maximumHops`.
    func redirect(status: Int, to target: URL?) -> Bool {
        let scheme = target?.scheme?.lowercased()
        guard scheme == "http" || scheme == "https" else { return false }
        return lock.withLock {
            lastActivity = clock.now
            return redirects.follow(status: status)
        }
    }

    /// Records that the head of the final response arrived.
    func receivedResponse() {
        lock.withLock {
            hasResponse = true
            lastActivity = clock.now
        }
    }

    /// What became of a part of the body.
    enum Receipt {
        /// Kept.
        case kept
        /// It took the body past the limit: the transfer has ended as too large, and its task
        /// is to be cancelled.
        case overLimit
        /// Dropped: the outcome was decided before it came.
        case dropped
    }

    /// Keeps the next part of the body while it fits the limit and the outcome is open.
    func received(_ data: Data) -> Receipt {
        let receipt: Receipt = lock.withLock {
            guard outcome == nil else { return .dropped }
            hasResponse = true
            lastActivity = clock.now
            guard body.count + data.count <= limits.maxBodyBytes else { return .overLimit }
            body.append(contentsOf: data)
            return .kept
        }
        if receipt == .overLimit { finish(.failed(.tooLarge(limit: limits.maxBodyBytes))) }
        return receipt
    }

    /// Decides the outcome from how the task completed: its last `response` from `finalURL`,
    /// or its `error`.
    func completed(response: URLResponse?, finalURL: URL?, error: (any Error)?) {
        let decided: FetchOutcome = lock.withLock {
            if redirects.isLoop { return .failed(.redirectLoop) }
            let response = response as? HTTPURLResponse
            if let error {
                return .failed(FetchFailure(error, contentEncoding: response?.value(forHTTPHeaderField: "Content-Encoding")))
            }
            guard let response else { return .failed(.network("no HTTP response")) }
            let final = finalURL ?? response.url ?? requestedURL
            return FetchOutcome(response: response, body: body, finalURL: final,
                                movedTo: redirects.movedTo(from: requestedURL, to: final), now: Date())
        }
        finish(decided)
    }
}
