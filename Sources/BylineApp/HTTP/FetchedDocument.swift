import Foundation

/// A body fetched with a 2xx status, with the validators to send next time.
public struct FetchedDocument: Sendable, Hashable {
    /// The status code (200–299).
    public var status: Int
    /// The body, decoded from gzip or deflate when it was sent so.
    public var body: [UInt8]
    /// The `Content-Type` header, as sent.
    public var contentType: String?
    /// The `ETag` header, as sent (weak ones keep their `W/`).
    public var etag: String?
    /// The `Last-Modified` header, as sent.
    public var lastModified: String?
    /// The URL the body came from, after any redirects.
    public var finalURL: URL

    /// A document from its parts.
    public init(status: Int, body: [UInt8], contentType: String?, etag: String?, lastModified: String?, finalURL: URL) {
        self.status = status
        self.body = body
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.finalURL = finalURL
    }
}
