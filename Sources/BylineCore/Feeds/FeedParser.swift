/// Reads the bytes of a fetched feed (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed 1.0/1.1) into a
/// `Feed`. Does no I/O: the caller fetches, this reads.
///
/// Hostile and broken documents are read as far as they go, with warnings: the encoding is
/// found per RFC 3023 (see `FeedCharset`), bytes are repaired before libxml2 sees them (see
/// `XMLRepair`: no DTD ever reaches it, so external entities and entity bombs cannot work),
/// and libxml2 recovers from malformed markup without printing anything.
public enum FeedParser {
    /// Parses a fetched document. `url` is the feed's address (the base of relative links);
    /// `contentType` is the HTTP Content-Type header, whose charset wins over the XML
    /// declaration.
    public static func parse(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedParseError) -> Feed {
        let input = try FeedInput(bytes, contentType: contentType)
        var feed: Feed
        if input.isJSON {
            feed = try JSONFeedReader.read(input.bytes, url: url)
        } else {
            let (document, warnings) = try input.xml(url: url)
            feed = try read(document, url: url)
            feed.warnings = warnings + feed.warnings
        }
        feed.warnings = input.warnings + feed.warnings
        return feed
    }

    /// The feed in a parsed document, which stays alive while it is read.
    private static func read(_ document: LibXMLDocument, url: String?) throws(FeedParseError) -> Feed {
        guard let root = document.root else { throw .unreadable("no XML element could be read") }
        switch root.key {
        case "rss": return RSSReader.read(root, format: .rss, url: url)
        case "rdf:rdf": return RSSReader.read(root, format: .rdf, url: url)
        case "atom:feed", "feed": return AtomReader.read(root, url: url)
        default: throw .notAFeed(FeedInput.description(ofRoot: root))
        }
    }
}
