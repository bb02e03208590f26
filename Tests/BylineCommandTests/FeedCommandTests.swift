import Foundation
import Testing

/// `byline feed …` and `byline reload` as a user runs them, on feeds saved as files and on
/// addresses where nothing listens.
@Suite("byline feed and reload")
struct FeedCommandTests {
    private static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Harbour Gazette</title><link>https://gazette.example.test/</link>
        <item><title>Pier to close</title><link>https://gazette.example.test/pier</link><guid>pier-1</guid>
        <pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>
        <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[
        <p>The harbour board in Port Aldren voted on Tuesday to close the old pier.</p>
        <p>“The timbers are rotten through,” said Ines Calloway, a professor of marine engineering at Dunmore University.</p>
        ]]></content:encoded></item>
        </channel></rss>
        """

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("a feed file is subscribed, reloaded once, and its item is searchable with its quote")
    func subscribeReloadAndSearch() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        let path = try runner.file("gazette.xml", Array(Self.feed.utf8))
        let added = try runner.run(["feed", "add", path, "--tag", "local", "--no-full-text", "--library", library])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("Subscribed to file://"))
        #expect(try runner.run(["feed", "add", path, "--library", library]).status == 1)

        let reload = try runner.run(["reload", "--json", "--library", library])
        #expect(reload.status == 0, "\(reload.standardError)")
        let report = try #require(try json(reload.standardOutput) as? [String: Any])
        #expect(report["new"] as? Int == 1)
        #expect(report["failed"] as? Int == 0)

        let again = try runner.run(["reload", "--library", library])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("not modified"))

        let quotes = try runner.run(["quotes", "--search", "timbers", "--library", library])
        #expect(quotes.standardOutput.contains("Ines Calloway"))

        let list = try runner.run(["feed", "list", "--json", "--library", library])
        let feeds = try #require(try json(list.standardOutput) as? [[String: Any]])
        #expect(feeds.first?["title"] as? String == "The Harbour Gazette")
        #expect(feeds.first?["unread"] as? Int == 1)
        #expect(feeds.first?["tags"] as? [String] == ["local"])
        #expect(feeds.first?["status"] as? String == "not-modified")

        #expect(try runner.run(["feed", "rename", "1", "Gazette", "--library", library]).status == 0)
        #expect(try runner.run(["feed", "list", "--library", library]).standardOutput.contains("Gazette"))
        #expect(try runner.run(["feed", "remove", "Gazette", "--library", library]).status == 0)
        #expect(try runner.run(["feed", "list", "--library", library]).standardOutput.contains("No subscriptions"))
        #expect(try runner.run(["list", "--library", library]).standardOutput.contains("Pier to close"))
    }

    @Test("a reload where every feed fails prints one line per feed and exits 1")
    func everyFeedFails() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        // Port 9 (discard) on the loopback: nothing listens, the connection is refused.
        for address in ["http://127.0.0.1:9/one.xml", "http://127.0.0.1:9/two.xml", runner.folder.path + "/missing.xml"] {
            #expect(try runner.run(["feed", "add", address, "--library", library]).status == 0)
        }
        let reload = try runner.run(["reload", "--library", library])
        #expect(reload.status == 1)
        let failures = reload.standardOutput.split(separator: "\n").filter { $0.hasPrefix("!") }
        #expect(failures.count == 3)
        #expect(reload.standardOutput.contains("3 feeds failed"))
    }

    @Test("a newsboat urls file and an OPML file of 200 feeds each import in one command, and export round-trips")
    func importAndExport() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        var urls = "# my feeds\n"
        for number in 0..<200 { urls += "https://site\(number).example.test/rss \"news\" tag\(number % 3)\n" }
        urls += "\"query:Unread:unread = \\\"yes\\\"\"\n"
        let urlsPath = try runner.file("urls", Array(urls.utf8))
        let imported = try runner.run(["feed", "import", urlsPath, "--library", library])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("Subscribed to 200 feeds"))
        #expect(imported.standardError.contains("query"))

        let exported = try runner.run(["feed", "export", "--library", library])
        #expect(exported.standardOutput.hasPrefix("<?xml"))
        let second = runner.folder.appendingPathComponent("second.sqlite").path
        var opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body><outline text=\"World\">"
        for number in 0..<200 {
            opml += "<outline type=\"rss\" text=\"Site \(number)\" xmlUrl=\"https://world\(number).example.test/feed\"/>"
        }
        opml += "</outline></body></opml>"
        let opmlPath = try runner.file("feeds.opml", Array(opml.utf8))
        let fromOPML = try runner.run(["feed", "import", opmlPath, "--json", "--library", second])
        let report = try #require(try json(fromOPML.standardOutput) as? [String: Any])
        #expect((report["added"] as? [String])?.count == 200)
        let listed = try #require(try json(try runner.run(["feed", "list", "--json", "--library", second]).standardOutput) as? [[String: Any]])
        #expect(listed.first?["tags"] as? [String] == ["World"])

        let roundTrip = try runner.file("export.opml", Array(exported.standardOutput.utf8))
        let third = runner.folder.appendingPathComponent("third.sqlite").path
        let again = try runner.run(["feed", "import", roundTrip, "--json", "--library", third])
        #expect((try json(again.standardOutput) as? [String: Any])?["added"] as? [String] != nil)
        let thirdList = try #require(try json(try runner.run(["feed", "list", "--json", "--library", third]).standardOutput) as? [[String: Any]])
        #expect(thirdList.count == 200)
        #expect(Set(thirdList.compactMap { $0["tags"] as? [String] }.flatMap { $0 }) == ["news", "tag0", "tag1", "tag2"])
    }

    @Test("an address that is neither a web page nor a file is refused with a one-line error")
    func badAddresses() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        for address in ["javascript:alert(1)", "ftp://files.example.test/feed", "not a feed at all", "http://\u{1B}[2J"] {
            let outcome = try runner.run(["feed", "add", address, "--library", library])
            #expect(outcome.status == 1)
            #expect(outcome.errorLines.count == 1)
            #expect(!outcome.standardError.contains("\u{1B}"))
        }
    }
}
