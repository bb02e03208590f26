import BylineCore
import FuzzSupport

/// The feed parser (RSS, Atom, JSON Feed), OPML and newsboat url lists, on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let feed = try? FeedParser.parse(bytes, url: "https://news.example/feed", contentType: size % 3 == 0 ? "text/xml; charset=iso-8859-1" : nil) {
        for item in feed.items {
            for link in [item.link].compactMap({ $0 }) {
                let scheme = link.prefix { $0 != ":" }.lowercased()
                precondition(scheme == "http" || scheme == "https", "an item link that is not http(s): \(link)")
            }
        }
    }
    _ = try? OPMLDocument.parse(bytes)
    _ = NewsboatURLs.parse(String(decoding: bytes, as: UTF8.self))
    return 0
}

/// The program's entry (see `FuzzerDriver`).
@_cdecl("FuzzFeed_main")
public func fuzzFeedMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerDriver.run(argc, argv, fuzzFeed)
}
