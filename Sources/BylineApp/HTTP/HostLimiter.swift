/// Lets at most `limit` fetches talk to one host at a time; the others wait their turn in the
/// order they came.
///
/// URLSession's own `httpMaximumConnectionsPerHost` is not used for this: on Linux a
/// redirect that waits behind it can crash corelibs-foundation (swift-corelibs-foundation
/// #5445).
actor HostLimiter {
    private let limit: Int
    private var running: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// A limiter of `limit` (at least 1) fetches per host.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits until a fetch to `host` may start; pair with `release(_:)`.
    func acquire(_ host: String) async {
        if running[host, default: 0] < limit {
            running[host, default: 0] += 1
            return
        }
        await withCheckedContinuation { waiting[host, default: []].append($0) }
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
