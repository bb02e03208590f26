import Foundation
import FoundationNetworking

/// Fetches over one long-lived URLSession: conditional GET, redirects told apart (permanent
/// or not), a limit of concurrent fetches per host, idle and total timeouts and a cap on
/// the decoded body. Make one for the whole application.
public final class URLSessionFetcher: HTTPFetching {
    private let limits: FetchLimits
    private let session: URLSession
    private let control = SessionControl()
    private let delegate: FetchSessionDelegate
    private let limiter: HostLimiter

    /// A fetcher that keeps to `limits`.
    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
        limiter = HostLimiter(limit: limits.perHostConnections)
        delegate = FetchSessionDelegate(control: control)

        let configuration = URLSessionConfiguration.ephemeral
        // No cache of URLSession's own: a 304 must reach the caller, who keeps the validators.
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        // The per-host limit is the HostLimiter's: URLSession's own must never make a redirect
        // wait (swift-corelibs-foundation #5445).
        configuration.httpMaximumConnectionsPerHost = 1_000
        // The fetcher's own watchdog enforces the timeouts to the millisecond; URLSession's
        // (whole seconds on Linux) only stand behind it.
        let backstop = Self.backstop(for: limits)
        configuration.timeoutIntervalForRequest = backstop
        configuration.timeoutIntervalForResource = backstop

        let callbacks = OperationQueue()
        callbacks.name = "Byline fetches"
        callbacks.maxConcurrentOperationCount = 1
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: callbacks)
    }

    deinit {
        control.invalidate(session)
    }

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        guard let host = Self.hostKey(of: request.url) else {
            return .failed(.invalidURL(request.url.absoluteString))
        }
        guard await limiter.acquire(host) else { return .failed(.hostSilent) }
        let outcome = Task.isCancelled ? .failed(.cancelled) : await transfer(request)
        if outcome == .failed(.timedOut) { await limiter.markSilent(host, for: limits.totalTimeout) }
        await limiter.release(host)
        return outcome
    }

    /// Runs one request to its outcome, with a watchdog beside it for the timeouts.
    private func transfer(_ request: FetchRequest) async -> FetchOutcome {
        let transfer = Transfer(requestedURL: request.url, limits: limits)
        let delegate = delegate
        return await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { watchdog in
                watchdog.addTask { await transfer.watch() }
                let task = await control.start(urlRequest(for: request), on: session) { task in
                    delegate.track(task, as: transfer)
                }
                let outcome = await transfer.result()
                watchdog.cancelAll()
                // Nothing after a completed task; stops one ended early (timed out, too large, cancelled).
                control.cancel(task)
                return outcome
            }
        } onCancel: {
            transfer.finish(.failed(.cancelled))
        }
    }

    private func urlRequest(for request: FetchRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData,
                                    timeoutInterval: Self.backstop(for: limits))
        urlRequest.setValue(limits.userAgent, forHTTPHeaderField: "User-Agent")
        if let etag = request.etag {
            urlRequest.setValue(etag, forHTTPHeaderField: "If-None-Match")
        }
        if let lastModified = request.lastModified {
            urlRequest.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since")
        }
        return urlRequest
    }

    /// `host:port` of an http or https URL with a host; nil for any other URL.
    private static func hostKey(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host?.lowercased(), !host.isEmpty else { return nil }
        return "\(host):\(url.port ?? (scheme == "https" ? 443 : 80))"
    }

    /// URLSession's own timeout, in whole seconds past the longest of the fetcher's.
    private static func backstop(for limits: FetchLimits) -> TimeInterval {
        let longest = max(limits.totalTimeout, limits.firstByteTimeout)
        return TimeInterval(longest.components.seconds + 5)
    }
}
