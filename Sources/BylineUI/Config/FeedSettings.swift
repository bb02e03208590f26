import Foundation
import TOMLKit

/// How feeds are reloaded and kept: the `[feeds]` table of `config.toml`, with per-feed
/// overrides in sub-tables named by the feed's URL.
///
/// ```toml
/// [feeds]
/// concurrency = 8          # feeds fetched at once
/// per_host = 2             # connections to one host at once
/// connect_timeout = 10     # seconds
/// timeout = 30             # seconds without a byte
/// max_size = "16M"         # the largest feed or page read
/// full_text = true         # fetch the article behind each item
/// keep_items = 500         # articles kept per feed (starred and annotated ones always)
/// keep_days = 90
/// reload_every = 30       # minutes: the reader reloads every feed this often
///
/// [feeds."https://news.example.org/rss"]
/// full_text = false        # this feed carries whole articles
/// ```
public struct FeedSettings: Hashable, Sendable {
    /// What a feed may set for itself.
    public struct Override: Hashable, Sendable {
        public var fullText: Bool?
        public var keepItems: Int?
        public var keepDays: Int?
        public var userAgent: String?

        /// An override that changes nothing.
        public init(fullText: Bool? = nil, keepItems: Int? = nil, keepDays: Int? = nil, userAgent: String? = nil) {
            self.fullText = fullText
            self.keepItems = keepItems
            self.keepDays = keepDays
            self.userAgent = userAgent
        }
    }

    /// Feeds fetched at once.
    public var concurrency = 8
    /// Connections to one host at once.
    public var perHost = 2
    /// Seconds to wait for a connection.
    public var connectTimeout: Double = 10
    /// Seconds to wait without a byte before giving up.
    public var idleTimeout: Double = 30
    /// Seconds a whole fetch may take.
    public var totalTimeout: Double = 60
    /// The largest feed or page read, in bytes.
    public var maxSize = 16 << 20
    /// The `User-Agent` header.
    public var userAgent = "Byline/1.0 (terminal news reader)"
    /// Whether the article behind each item is fetched.
    public var fullText = true
    /// Articles kept per feed, and for how many days; `nil` keeps them all.
    public var keepItems: Int?
    public var keepDays: Int?
    /// Minutes between the reader's automatic reloads of every feed; `nil`: only on request.
    public var reloadEvery: Int?
    /// Overrides by feed URL.
    public var overrides: [String: Override] = [:]

    /// The defaults.
    public init() {}

    /// Whether the feed at `url` fetches full articles, given its own setting (`feed add
    /// --no-full-text`), else its override, else the default.
    public func fullText(url: String, own: Bool?) -> Bool {
        own ?? overrides[url]?.fullText ?? fullText
    }

    /// How many articles of the feed at `url` are kept: a count and a number of days.
    public func retention(url: String) -> (items: Int?, days: Int?) {
        (overrides[url]?.keepItems ?? keepItems, overrides[url]?.keepDays ?? keepDays)
    }

    /// The user agent for the feed at `url`.
    public func userAgent(url: String) -> String { overrides[url]?.userAgent ?? userAgent }

    /// Reads the `[feeds]` table; problems are reported and the default kept.
    static func parse(_ table: TOMLTable, text: String, path: String) -> (settings: FeedSettings, issues: [ConfigIssue]) {
        var settings = FeedSettings()
        var issues: [ConfigIssue] = []
        var reader = SettingReader(text: text, path: path, section: "feeds")
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "concurrency": reader.count(value, key: key, range: 1...64).map { settings.concurrency = $0 }
            case "per_host": reader.count(value, key: key, range: 1...16).map { settings.perHost = $0 }
            case "connect_timeout": reader.seconds(value, key: key).map { settings.connectTimeout = $0 }
            case "timeout": reader.seconds(value, key: key).map { settings.idleTimeout = $0 }
            case "total_timeout": reader.seconds(value, key: key).map { settings.totalTimeout = $0 }
            case "max_size": reader.size(value, key: key).map { settings.maxSize = $0 }
            case "user_agent": reader.text(value, key: key).map { settings.userAgent = $0 }
            case "full_text": reader.flag(value, key: key).map { settings.fullText = $0 }
            case "keep_items": reader.count(value, key: key, range: 1...1_000_000).map { settings.keepItems = $0 }
            case "keep_days": reader.count(value, key: key, range: 1...100_000).map { settings.keepDays = $0 }
            case "reload_every": reader.count(value, key: key, range: 1...10_080).map { settings.reloadEvery = $0 }
            default:
                guard let feed = value.table else {
                    reader.problem("unknown feeds setting \"\(key)\"", key: key)
                    continue
                }
                settings.overrides[key] = readOverride(feed, url: key, reader: &reader)
            }
        }
        issues.append(contentsOf: reader.issues)
        return (settings, issues)
    }

    private static func readOverride(_ table: TOMLTable, url: String, reader: inout SettingReader) -> Override {
        var override = Override()
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "full_text": override.fullText = reader.flag(value, key: key)
            case "keep_items": override.keepItems = reader.count(value, key: key, range: 1...1_000_000)
            case "keep_days": override.keepDays = reader.count(value, key: key, range: 1...100_000)
            case "user_agent": override.userAgent = reader.text(value, key: key)
            default: reader.problem("unknown setting \"\(key)\" for the feed \(url)", key: key)
            }
        }
        return override
    }
}

/// Reads typed values of one config section, collecting a readable issue for each bad one.
private struct SettingReader {
    let text: String
    let path: String
    let section: String
    private(set) var issues: [ConfigIssue] = []

    init(text: String, path: String, section: String) {
        self.text = text
        self.path = path
        self.section = section
    }

    mutating func problem(_ message: String, key: String) {
        issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text, after: section), message: message))
    }

    mutating func count(_ value: TOMLValueConvertible, key: String, range: ClosedRange<Int>) -> Int? {
        guard let number = value.int, range.contains(number) else {
            problem("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", key: key)
            return nil
        }
        return number
    }

    mutating func seconds(_ value: TOMLValueConvertible, key: String) -> Double? {
        guard let number = value.double ?? value.int.map(Double.init), number > 0, number <= 3600 else {
            problem("\(key) must be a number of seconds from 0 to 3600", key: key)
            return nil
        }
        return number
    }

    mutating func size(_ value: TOMLValueConvertible, key: String) -> Int? {
        if let bytes = value.int, bytes > 0 { return bytes }
        if let text = value.string, let bytes = ByteCount.parse(text) { return bytes }
        problem("\(key) must be a size such as \"16M\"", key: key)
        return nil
    }

    mutating func text(_ value: TOMLValueConvertible, key: String) -> String? {
        guard let string = value.string, !string.isEmpty, !string.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            problem("\(key) must be a line of text", key: key)
            return nil
        }
        return string
    }

    mutating func flag(_ value: TOMLValueConvertible, key: String) -> Bool? {
        guard let flag = value.bool else {
            problem("\(key) must be true or false", key: key)
            return nil
        }
        return flag
    }
}

/// A byte count written with an optional K, M or G suffix ("16M").
public enum ByteCount {
    /// The count `text` names, or `nil` when it is not a positive size.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(suffix: String, factor: Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10),
                                                       ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        let unit = units.first { trimmed.hasSuffix($0.suffix) }
        let digits = unit.map { String(trimmed.dropLast($0.suffix.count)) } ?? trimmed
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), value > 0 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: unit?.factor ?? 1)
        return overflow ? nil : product
    }
}
