import BylineCore
import Foundation

/// Fetches `file://` URLs from disk and everything else over the network, so that a feed
/// saved as a file (a test, the demo, an export from another program) reloads like any other.
/// A file answers "not modified" while its modification time is the one last seen.
public struct LocalFileFetcher: HTTPFetching {
    /// The fetcher for every URL that is not a file.
    let network: any HTTPFetching
    /// The largest file read.
    let maxBodyBytes: Int

    /// Creates a fetcher that sends non-file URLs to `network`.
    public init(network: any HTTPFetching, maxBodyBytes: Int) {
        self.network = network
        self.maxBodyBytes = maxBodyBytes
    }

    public func fetch(_ request: FetchRequest) async -> FetchOutcome {
        guard request.url.isFileURL else { return await network.fetch(request) }
        let path = request.url.path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failed(.unreadableFile("no such file: \(path)"))
        }
        if (attributes[.size] as? Int ?? 0) > maxBodyBytes { return .failed(.tooLarge(limit: maxBodyBytes)) }
        let modified = (attributes[.modificationDate] as? Date).map(FeedDate.rfc822)
        if let modified, modified == request.lastModified { return .notModified(movedTo: nil) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failed(.unreadableFile("cannot read \(path)")) }
        return .fetched(FetchedDocument(status: 200, body: [UInt8](data), contentType: nil, etag: nil,
                                        lastModified: modified, finalURL: request.url), movedTo: nil)
    }
}
