/// Reads Atom 1.0 (and the elements Atom 0.3 shares with it): text constructs of type text,
/// html and xhtml, links chosen by `rel`, authors inherited from the feed.
enum AtomReader {
    /// The feed whose root element is `root`; `url` is the feed's address.
    static func read(_ root: LibXMLElement, url: String?) -> Feed {
        var text = FeedText()
        var links = FeedLinks(feedURL: url)
        var feed = Feed(format: .atom)
        var feedAuthors = UniqueNames()
        var entries: [LibXMLElement] = []
        for child in root.children {
            switch name(of: child) {
            case "title": feed.title = feed.title ?? text.plain(child, markup: TextMarkup(atomType: child.attribute("type")) ?? .text)
            case "subtitle", "tagline": feed.summary = feed.summary ?? text.plain(child, markup: TextMarkup(atomType: child.attribute("type")) ?? .text)
            case "link" where isAlternate(child): feed.siteURL = feed.siteURL ?? links.resolve(child.attribute("href"), in: child)
            case "author": feedAuthors.add(author(child, text: &text))
            case "entry": entries.append(child)
            default: break
            }
        }
        links.siteURL = feed.siteURL
        var collector = FeedItemCollector()
        for entry in entries {
            collector.add(item(entry, feedAuthors: feedAuthors.values, text: &text, links: links))
        }
        feed.items = collector.items
        feed.warnings = [text.warning].compactMap { $0 } + collector.warnings
        return feed
    }

    private static func item(_ entry: LibXMLElement, feedAuthors: [String], text: inout FeedText, links: FeedLinks) -> FeedItem {
        var item = FeedItem(guid: "")
        var authors = UniqueNames()
        var categories = UniqueNames()
        var enclosures: [LibXMLElement] = []
        for child in entry.children {
            let markup = TextMarkup(atomType: child.attribute("type"))
            switch name(of: child) {
            case "id":
                item.guid = item.guid.isEmpty ? child.text : item.guid
            case "title":
                item.title = item.title ?? text.plain(child, markup: markup ?? .text)
            case "link" where isAlternate(child):
                item.link = item.link ?? links.resolve(child.attribute("href"), in: child)
            case "link" where child.attribute("rel")?.lowercased() == "enclosure":
                enclosures.append(child)
            case "author", "dc:creator":
                authors.add(author(child, text: &text))
            case "published", "issued":
                item.published = item.published ?? FeedDate.parse(child.text)
            case "updated", "modified":
                item.updated = item.updated ?? FeedDate.parse(child.text)
            case "content" where child.attribute("src") == nil:
                item.contentHTML = item.contentHTML ?? markup.flatMap { text.html(child, markup: $0) }
            case "summary":
                item.summaryHTML = item.summaryHTML ?? text.html(child, markup: markup ?? .text)
            case "category":
                categories.add(text.plain(child.attribute("label") ?? child.attribute("term")))
            default:
                break
            }
        }
        item.authors = authors.values.isEmpty ? feedAuthors : authors.values
        item.categories = categories.values
        item.enclosures = enclosures.compactMap { link in
            links.resolve(link.attribute("href"), in: link, itemURL: item.link).map {
                FeedEnclosure(url: $0, type: link.attribute("type")?.nonEmpty, length: link.attribute("length").flatMap { Int($0) })
            }
        }
        return item
    }

    /// The element's name without the Atom prefix, so that a feed that forgot its namespace
    /// reads the same.
    private static func name(of element: LibXMLElement) -> String {
        let key = element.key
        return key.hasPrefix("atom:") ? String(key.dropFirst(5)) : key
    }

    /// Whether a `<link>` points at the page itself: `rel="alternate"`, or no `rel` at all.
    private static func isAlternate(_ link: LibXMLElement) -> Bool {
        (link.attribute("rel")?.trimmingASCIIWhitespace().lowercased() ?? "alternate") == "alternate"
    }

    /// The name of an `<author>` (or the text of a `dc:creator`).
    private static func author(_ element: LibXMLElement, text: inout FeedText) -> String? {
        let nameElement = element.children.first { name(of: $0) == "name" }
        let raw = nameElement.map { text.plain($0, markup: .text) } ?? text.plain(element, markup: .text)
        return raw.map(AuthorName.name(in:))
    }
}
