import BylineUI
import Foundation

/// The fetcher feeds are reloaded with.
public enum FeedFetching {
    /// One long-lived HTTP client with the limits of `settings`, which also reads `file://`
    /// feeds from disk.
    public static func make(settings: FeedSettings) -> any HTTPFetching {
        let limits = FetchLimits(connectTimeout: .seconds(settings.connectTimeout), idleTimeout: .seconds(settings.idleTimeout),
                                 totalTimeout: .seconds(settings.totalTimeout), maxBodyBytes: settings.maxSize,
                                 perHostConnections: settings.perHost, userAgent: settings.userAgent)
        return LocalFileFetcher(network: URLSessionFetcher(limits: limits), maxBodyBytes: settings.maxSize)
    }
}
