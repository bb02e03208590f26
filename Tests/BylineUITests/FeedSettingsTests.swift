import BylineUI
import Testing

/// The `[feeds]` table of config.toml: values, per-feed overrides, and bad values reported
/// with their line while the default stays.
struct FeedSettingsTests {
    @Test func readsEverySettingAndOverridesByFeedURL() {
        let text = """
            [feeds]
            concurrency = 4
            per_host = 1
            connect_timeout = 5
            timeout = 12.5
            max_size = "2M"
            user_agent = "Byline test"
            full_text = false
            keep_items = 300
            keep_days = 30

            [feeds."https://news.example.org/rss"]
            full_text = true
            keep_items = 20
            """
        let (config, issues) = UserConfig.parse(text, path: "config.toml")
        #expect(issues.isEmpty)
        let feeds = config.feeds
        #expect(feeds.concurrency == 4)
        #expect(feeds.perHost == 1)
        #expect(feeds.connectTimeout == 5)
        #expect(feeds.idleTimeout == 12.5)
        #expect(feeds.maxSize == 2 << 20)
        #expect(feeds.userAgent == "Byline test")
        #expect(feeds.fullText(url: "https://other.example.org/feed", own: nil) == false)
        #expect(feeds.fullText(url: "https://news.example.org/rss", own: nil) == true)
        #expect(feeds.fullText(url: "https://news.example.org/rss", own: false) == false)
        #expect(feeds.retention(url: "https://news.example.org/rss") == (items: 20, days: 30))
        #expect(feeds.retention(url: "https://other.example.org/feed") == (items: 300, days: 30))
    }

    @Test(arguments: [
        ("concurrency = 0", "concurrency must be a whole number"),
        ("timeout = \"soon\"", "timeout must be a number of seconds"),
        ("max_size = \"huge\"", "max_size must be a size"),
        ("full_text = \"yes\"", "full_text must be true or false"),
        ("colour = 3", "unknown feeds setting \"colour\""),
        ("reload_every = 0", "reload_every must be a whole number from 1 to 10080"),
    ])
    func badValuesAreReportedWithTheirLineAndKeepTheDefault(line: String, message: String) {
        let (config, issues) = UserConfig.parse("[feeds]\n" + line + "\n", path: "config.toml")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 2)
        #expect(issues.first?.message.hasPrefix(message) == true)
        #expect(config.feeds == FeedSettings())
    }

    @Test func reloadEveryIsOffUnlessSetInMinutes() {
        #expect(FeedSettings().reloadEvery == nil)
        let (config, issues) = UserConfig.parse("[feeds]\nreload_every = 45\n", path: "config.toml")
        #expect(issues.isEmpty)
        #expect(config.feeds.reloadEvery == 45)
    }

    @Test func sizesTakeTheirUnits() {
        #expect(ByteCount.parse("512") == 512)
        #expect(ByteCount.parse("64k") == 64 << 10)
        #expect(ByteCount.parse("3 GB") == 3 << 30)
        #expect(ByteCount.parse("-1") == nil)
        #expect(ByteCount.parse("99999999999999G") == nil)
    }
}
