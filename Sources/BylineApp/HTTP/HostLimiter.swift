/// Lets at most `limit` fetches talk to one host at a time; the others wait their turn in the
/// order they came. A host that let a fetch time out is left alone for a while: the fetches
/// waiting for it, and new ones, are turned away at once instead of each waiting out its own
/// timeout (ten feeds on one dead host would otherwise take five timeouts in a row).
///
/// URLSession's own `httpMaximumConnectionsPerHost` is not used for this: on Linux a
/// redirect that waits behind it can crash corelibs-foundation (swift-corelibs-foundation
/// #5445).
actor HostLimiter {
    private let limit: Int
    private var running: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var silentUntil: [String: ContinuousClock.Instant] = [:]
    private let clock = ContinuousClock()

    /// A limiter of `limit` (at least 1) fetches per host.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits until a fetch to `host` may start and returns `true`, to be paired with
    /// `release(_:)`; returns `false` at once when the host is being left alone.
    func acquire(_ host: String) async -> Bool {
        guard !isSilent(host) else { return false }
        if running[host, default: 0] < limit {
            running[host, default: 0] += 1
            return true
        }
        await withCheckedContinuation { waiting[host, default: []].append($0) }
        guard !isSilent(host) else {
            release(host)
            return false
        }
        return true
    }

    /// Leaves `host` alone for `duration`: it did not answer.
    func markSilent(_ host: String, for duration: Duration) {
        silentUntil[host] = clock.now + duration
    }

    private func isSilent(_ host: String) -> Bool {
        guard let until = silentUntil[host] else { return false }
        if clock.now < until { return true }
        silentUntil[host] = nil
        return false
    }

    /// Ends a fetch to `host`, handing its place to the next waiting one.
    func release(_ host: String) {
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            let count = running[host, default: 1] - 1
            running[host] = count > 0 ? count : nil
        }
    }
}
