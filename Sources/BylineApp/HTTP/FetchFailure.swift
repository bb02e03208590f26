import Foundation
import FoundationNetworking

/// Why a fetch failed.
public enum FetchFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing listens at the address: the connection was refused.
    case refused
    /// The server went quiet for longer than the idle timeout, or the fetch outlasted the
    /// total timeout.
    case timedOut
    /// The body grew past `limit` bytes (after decoding); the fetch stopped reading.
    case tooLarge(limit: Int)
    /// More redirects than the fetcher follows, in a loop or not.
    case redirectLoop
    /// A status that is neither success, 304, 410, 429 nor 503 (a 3xx left unfollowed too).
    case badStatus(Int)
    /// The body could not be decoded as its `Content-Encoding` claims (a false gzip header).
    case undecodable(String)
    /// The URL is not an http or https URL with a host.
    case invalidURL(String)
    /// Any other transport failure (name resolution, a reset connection, TLS), as described.
    case network(String)
    /// The task that awaited the fetch was cancelled.
    case cancelled
    /// Not tried: another fetch from the same host timed out a moment before.
    case hostSilent
    /// A `file:` feed could not be read, for the reason given.
    case unreadableFile(String)

    public var description: String {
        switch self {
        case .refused: "connection refused"
        case .timedOut: "timed out"
        case .tooLarge(let limit): "body larger than \(limit) bytes"
        case .redirectLoop: "too many redirects"
        case .badStatus(let status): "HTTP status \(status)"
        case .undecodable(let reason): "undecodable body: \(reason)"
        case .invalidURL(let url): "not an http(s) URL: \(url)"
        case .network(let reason): "network error: \(reason)"
        case .cancelled: "cancelled"
        case .hostSilent: "not tried: the host did not answer another request just before"
        case .unreadableFile(let reason): reason
        }
    }
}

extension FetchFailure {
    /// The failure URLSession reported as `error`, for a response whose head (when one came)
    /// declared `contentEncoding`.
    ///
    /// corelibs-foundation reports a body that does not decode as its `Content-Encoding`
    /// claims as an unknown error (-1) with libcurl's message ("Error while processing
    /// content unencoding: incorrect header check"): after an encoded head, that is what an
    /// unknown error is taken to mean.
    init(_ error: any Error, contentEncoding: String?) {
        guard let error = error as? URLError else {
            self = .network(String(describing: error))
            return
        }
        let encoded = contentEncoding.map { $0.lowercased() != "identity" } ?? false
        switch error.code {
        case .cannotConnectToHost: self = .refused
        case .timedOut: self = .timedOut
        case .httpTooManyRedirects: self = .redirectLoop
        case .cannotDecodeContentData, .cannotDecodeRawData: self = .undecodable(error.localizedDescription)
        case .unknown where encoded: self = .undecodable(error.localizedDescription)
        case .badURL, .unsupportedURL: self = .invalidURL(error.failingURL?.absoluteString ?? "")
        case .cancelled: self = .cancelled
        default: self = .network("\(error.localizedDescription) (\(error.code.rawValue))")
        }
    }
}
