import Foundation
import FoundationNetworking

/// How a fetch ended.
public enum FetchOutcome: Sendable, Hashable {
    /// A 2xx body. `movedTo` is the URL to save in place of the one asked for: set only when
    /// every redirect on the way was permanent (301 or 308), nil after any 302, 303 or 307.
    case fetched(FetchedDocument, movedTo: URL?)
    /// 304: the caller's copy is current. `movedTo` as for `fetched`.
    case notModified(movedTo: URL?)
    /// 410: the document is gone for good; stop polling it.
    case gone
    /// 429 or 503: try again later, not before `after` when the server said (`Retry-After`).
    case retryLater(after: Date?, status: Int)
    /// The fetch failed.
    case failed(FetchFailure)
}

extension FetchOutcome {
    /// The outcome of an exchange that ended with `response` and `body`, read at `finalURL`
    /// at the time `now`.
    init(response: HTTPURLResponse, body: [UInt8], finalURL: URL, movedTo: URL?, now: Date) {
        let status = response.statusCode
        switch status {
        case 200..<300:
            let document = FetchedDocument(
                status: status,
                body: body,
                contentType: response.value(forHTTPHeaderField: "Content-Type"),
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                finalURL: finalURL
            )
            self = .fetched(document, movedTo: movedTo)
        case 304:
            self = .notModified(movedTo: movedTo)
        case 410:
            self = .gone
        case 429, 503:
            let after = response.value(forHTTPHeaderField: "Retry-After").flatMap { RetryAfter.date(from: $0, now: now) }
            self = .retryLater(after: after, status: status)
        default:
            self = .failed(.badStatus(status))
        }
    }
}
