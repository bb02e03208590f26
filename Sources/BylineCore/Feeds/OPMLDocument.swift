import Foundation

/// A feed someone subscribes to.
public struct FeedSubscription: Sendable, Hashable {
    /// The feed's address.
    public var url: String
    /// The title the subscriber gave it, if any (else the feed's own title is shown).
    public var title: String?
    /// The subscriber's tags for it.
    public var tags: [String]

    /// A subscription with the given details.
    public init(url: String, title: String? = nil, tags: [String] = []) {
        self.url = url
        self.title = title
        self.tags = tags
    }
}

/// Subscription lists in OPML, the format feed readers exchange them in.
public enum OPMLDocument {
    /// The subscriptions in an OPML document: every `<outline>` with an http(s) `xmlUrl`, at
    /// any depth. The titles of the outlines it is nested in (folders) and its `category`
    /// attribute (split on `,` and `/`) become its tags; a feed listed twice is one
    /// subscription with the tags of both. A title that only repeats the address is no title.
    public static func parse(_ bytes: [UInt8]) throws(FeedParseError) -> [FeedSubscription] {
        let input = try FeedInput(bytes, contentType: nil)
        guard !input.isJSON else { throw .notAFeed("JSON, not OPML") }
        let (document, _) = try input.xml(url: nil)
        return try subscriptions(in: document)
    }

    /// An OPML 2.0 document listing `subscriptions`, their tags in `category` attributes.
    public static func render(_ subscriptions: [FeedSubscription], title: String, dateCreated: Date) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escaped(title))</title>",
            "    <dateCreated>\(FeedDate.rfc822(dateCreated))</dateCreated>",
            "  </head>",
            "  <body>",
        ]
        for subscription in subscriptions {
            let text = escaped(subscription.title ?? subscription.url)
            var outline = "    <outline type=\"rss\" text=\"\(text)\""
            if subscription.title != nil { outline += " title=\"\(text)\"" }
            outline += " xmlUrl=\"\(escaped(subscription.url))\""
            if !subscription.tags.isEmpty { outline += " category=\"\(escaped(subscription.tags.joined(separator: ",")))\"" }
            lines.append(outline + "/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    private static func subscriptions(in document: LibXMLDocument) throws(FeedParseError) -> [FeedSubscription] {
        guard let root = document.root else { throw .unreadable("no XML element could be read") }
        guard root.key == "opml" else { throw .notAFeed(FeedInput.description(ofRoot: root)) }
        var collected = SubscriptionList()
        var text = FeedText()
        var pending = (root.child("body")?.children ?? []).reversed().map { ($0, [String]()) }
        while let (outline, folders) = pending.popLast() {
            guard outline.key == "outline" else { continue }
            let title = text.plain(outline.attribute("title")) ?? text.plain(outline.attribute("text"))
            let url = outline.attribute("xmlurl")?.trimmingASCIIWhitespace()
            if let url, FeedLinks.isWeb(url) {
                let categories = (outline.attribute("category") ?? "").split(whereSeparator: { $0 == "," || $0 == "/" })
                let tags = folders + categories.compactMap { text.plain(String($0)) }
                collected.add(FeedSubscription(url: url, title: title == url ? nil : title, tags: tags))
            }
            let inner = url == nil ? folders + [title].compactMap { $0 } : folders
            pending += outline.children.reversed().map { ($0, inner) }
        }
        return collected.subscriptions
    }

    /// `text` escaped for an attribute value or element content, without characters XML forbids.
    private static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            case _ where XMLRepair.isXMLCharacter(scalar.value): result.unicodeScalars.append(scalar)
            default: continue
            }
        }
        return result
    }
}

/// Subscriptions in the order first listed, each address once, tags merged.
struct SubscriptionList {
    private(set) var subscriptions: [FeedSubscription] = []
    private var positions: [String: Int] = [:]

    /// Adds `subscription`, or merges its tags (and title, when the first had none) into the
    /// one already listed at its address.
    mutating func add(_ subscription: FeedSubscription) {
        var unique = UniqueNames()
        guard let position = positions[subscription.url] else {
            subscription.tags.forEach { unique.add($0) }
            positions[subscription.url] = subscriptions.count
            subscriptions.append(FeedSubscription(url: subscription.url, title: subscription.title, tags: unique.values))
            return
        }
        (subscriptions[position].tags + subscription.tags).forEach { unique.add($0) }
        subscriptions[position].tags = unique.values
        subscriptions[position].title = subscriptions[position].title ?? subscription.title
    }
}
