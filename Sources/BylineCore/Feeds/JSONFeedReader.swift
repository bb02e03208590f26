import Foundation

/// Reads JSON Feed 1.0 (`author`) and 1.1 (`authors`).
enum JSONFeedReader {
    /// The feed in `bytes` (UTF-8); `url` is the feed's address.
    static func read(_ bytes: [UInt8], url: String?) throws(FeedParseError) -> Feed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw .unreadable("invalid JSON")
        }
        guard let root = object as? [String: Any],
              (root["version"] as? String)?.contains("jsonfeed.org/version/") == true || root["items"] is [Any]
        else { throw .notAFeed("JSON that is not a JSON Feed") }
        var text = FeedText()
        var links = FeedLinks(feedURL: url)
        links.siteURL = links.resolve(root["home_page_url"] as? String)
        var feed = Feed(
            format: .jsonFeed, title: text.plain(root["title"] as? String), siteURL: links.siteURL,
            summary: text.plain(root["description"] as? String)
        )
        let feedAuthors = authors(in: root, text: &text)
        var collector = FeedItemCollector()
        for case let entry as [String: Any] in root["items"] as? [Any] ?? [] {
            collector.add(item(entry, feedAuthors: feedAuthors, text: &text, links: links))
        }
        feed.items = collector.items
        feed.warnings = [text.warning].compactMap { $0 } + collector.warnings
        return feed
    }

    private static func item(_ entry: [String: Any], feedAuthors: [String], text: inout FeedText, links: FeedLinks) -> FeedItem {
        let link = links.resolve(entry["url"] as? String) ?? links.resolve(entry["external_url"] as? String)
        let own = authors(in: entry, text: &text)
        var categories = UniqueNames()
        for case let tag as String in entry["tags"] as? [Any] ?? [] { categories.add(text.plain(tag)) }
        let summary = (entry["content_text"] as? String ?? entry["summary"] as? String).map(HTMLText.paragraphs(fromText:))
        return FeedItem(
            guid: identifier(entry["id"]) ?? "",
            title: text.plain(entry["title"] as? String),
            link: link,
            authors: own.isEmpty ? feedAuthors : own,
            published: (entry["date_published"] as? String).flatMap(FeedDate.parse),
            updated: (entry["date_modified"] as? String).flatMap(FeedDate.parse),
            contentHTML: text.html(entry["content_html"] as? String),
            summaryHTML: text.html(summary),
            enclosures: (entry["attachments"] as? [Any] ?? []).compactMap { attachment in
                guard let attachment = attachment as? [String: Any],
                      let address = links.resolve(attachment["url"] as? String, itemURL: link) else { return nil }
                return FeedEnclosure(
                    url: address, type: (attachment["mime_type"] as? String)?.nonEmpty,
                    length: (attachment["size_in_bytes"] as? NSNumber)?.intValue
                )
            },
            categories: categories.values
        )
    }

    /// JSON Feed 1.1's `authors`, else 1.0's `author`: their names.
    private static func authors(in object: [String: Any], text: inout FeedText) -> [String] {
        let list = object["authors"] as? [Any] ?? [object["author"]].compactMap { $0 }
        var names = UniqueNames()
        for case let author as [String: Any] in list {
            names.add(text.plain(author["name"] as? String).map(AuthorName.name(in:)))
        }
        return names.values
    }

    /// An item's `id`, which some feeds write as a number.
    private static func identifier(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }
}
