import BylineStore
import Foundation

/// The feed bundled with the samples (`Samples/feed/`): an RSS file whose items point at
/// article pages beside it, so the demo's feeds screen has a feed to reload without a network.
enum SampleFeed {
    /// The feed file, relative to the samples folder.
    static let path = "feed/harbour-wire.xml"

    /// Subscribes `database` to the sample feed of `samplesFolder`; `false` when the folder
    /// has none.
    static func subscribe(_ database: AppDatabase, samplesFolder: String) throws -> Bool {
        let file = (samplesFolder as NSString).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: file) else { return false }
        let url = URL(fileURLWithPath: file).standardizedFileURL.absoluteString
        _ = try database.subscribe([FeedSubscriptionRequest(url: url, tags: ["sample"], fullText: true)])
        return true
    }
}
