import Foundation

/// One conditional GET: the URL and the validators of the copy the caller already has.
public struct FetchRequest: Sendable, Hashable {
    /// The URL to fetch (http or https).
    public var url: URL
    /// The `ETag` of the caller's copy, sent back verbatim (weak ones too) as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the caller's copy, sent back verbatim as `If-Modified-Since`.
    public var lastModified: String?

    /// A request for `url`, conditional on `etag` and `lastModified` when given.
    public init(url: URL, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}
