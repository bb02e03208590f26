import Foundation

/// Reads RSS 0.91, 0.92 and 2.0 and RSS 1.0 (RDF, whose items stand beside `<channel>`),
/// with the Dublin Core and `content:encoded` extensions.
enum RSSReader {
    /// The feed whose root element is `root`; `url` is the feed's address.
    static func read(_ root: LibXMLElement, format: FeedFormat, url: String?) -> Feed {
        var text = FeedText()
        var links = FeedLinks(feedURL: url)
        let channel = root.child("channel")
        let siteLink = channel?.child("link")
        links.siteURL = links.resolve(siteLink?.text, in: siteLink)
        var feed = Feed(
            format: format, title: text.plain(channel?.child("title")), siteURL: links.siteURL,
            summary: text.plain(channel?.child("description"))
        )
        var collector = FeedItemCollector()
        let elements = (channel?.children ?? []).filter { $0.key == "item" } + root.children.filter { $0.key == "item" }
        for element in elements {
            collector.add(item(element, text: &text, links: links))
        }
        feed.items = collector.items
        feed.warnings = [text.warning].compactMap { $0 } + collector.warnings
        return feed
    }

    private static func item(_ element: LibXMLElement, text: inout FeedText, links: FeedLinks) -> FeedItem {
        var item = FeedItem(guid: "")
        var guid: LibXMLElement?
        var dublinCoreDate: Date?
        var enclosures: [LibXMLElement] = []
        var names = UniqueNames()
        var categories = UniqueNames()
        for child in element.children {
            switch child.key {
            case "title", "dc:title":
                item.title = item.title ?? text.plain(child)
            case "link":
                item.link = item.link ?? links.resolve(child.text, in: child)
            case "guid":
                guid = guid ?? child
            case "author", "dc:creator":
                names.add(text.plain(child).map(AuthorName.name(in:)))
            case "pubdate":
                item.published = item.published ?? FeedDate.parse(child.text)
            case "dc:date", "dcterms:issued", "dcterms:created":
                dublinCoreDate = dublinCoreDate ?? FeedDate.parse(child.text)
            case "dcterms:modified", "atom:updated":
                item.updated = item.updated ?? FeedDate.parse(child.text)
            case "content:encoded":
                item.contentHTML = item.contentHTML ?? text.html(child)
            case "description":
                item.summaryHTML = item.summaryHTML ?? text.html(child)
            case "enclosure":
                enclosures.append(child)
            case "category", "dc:subject":
                categories.add(text.plain(child))
            default:
                break
            }
        }
        item.published = item.published ?? dublinCoreDate
        item.guid = guid?.text.trimmingASCIIWhitespace().nonEmpty ?? element.attribute("about") ?? ""
        // A permalink GUID stands in for a missing link only when it is an absolute address:
        // "12345" without isPermaLink="false" is common and is no page.
        if item.link == nil, let guid, guid.attribute("ispermalink")?.lowercased() != "false",
           case let address = guid.text.trimmingASCIIWhitespace(), FeedLinks.isWeb(address) {
            item.link = links.resolve(address, in: guid)
        }
        item.authors = names.values
        item.categories = categories.values
        item.enclosures = enclosures.compactMap { enclosure in
            links.resolve(enclosure.attribute("url"), in: enclosure, itemURL: item.link).map {
                FeedEnclosure(url: $0, type: enclosure.attribute("type")?.nonEmpty, length: enclosure.attribute("length").flatMap { Int($0) })
            }
        }
        return item
    }
}

/// Names in the order first met, each once (compared without regard to case).
struct UniqueNames {
    private(set) var values: [String] = []
    private var seen: Set<String> = []

    /// Adds `name` unless it is `nil`, empty or already there.
    mutating func add(_ name: String?) {
        guard let name, !name.isEmpty, seen.insert(name.lowercased()).inserted else { return }
        values.append(name)
    }
}
