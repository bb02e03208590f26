/// A newsboat `urls` file: one feed a line, `URL tag1 "tag two" ~"Title override"`.
///
/// Comments (`#`) and blank lines are ignored silently. Query feeds (`query:`) and feeds that
/// run a command (`exec:`, `filter:`) are skipped with a note, and so are lines whose address
/// is not http(s). Tags starting with `!` (newsboat's hidden feeds) are dropped with a note:
/// the feed is listed like any other.
public struct NewsboatURLs: Sendable, Hashable {
    /// The feeds, in file order, each address once.
    public var subscriptions: [FeedSubscription]
    /// One note for each thing skipped: "line 4: query feed skipped".
    public var skipped: [String]

    /// Reads the text of a `urls` file.
    public static func parse(_ text: String) -> NewsboatURLs {
        var list = SubscriptionList()
        var skipped: [String] = []
        var cleaner = FeedText()
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            let tokens = Self.tokens(in: line)
            guard let address = tokens.first else { continue }
            let lowered = address.lowercased()
            if lowered.hasPrefix("query:") {
                skipped.append("line \(number): query feed skipped")
                continue
            }
            if let scheme = ["exec:", "filter:"].first(where: lowered.hasPrefix) {
                skipped.append("line \(number): \(scheme) URL skipped")
                continue
            }
            guard FeedLinks.isWeb(address) else {
                skipped.append("line \(number): not an http(s) address, skipped")
                continue
            }
            var subscription = FeedSubscription(url: address)
            for token in tokens.dropFirst() {
                if token.hasPrefix("~") {
                    subscription.title = cleaner.plain(String(token.dropFirst()))
                } else if token.hasPrefix("!") {
                    skipped.append("line \(number): hidden-feed tag \(token) ignored")
                } else if let tag = cleaner.plain(token) {
                    subscription.tags.append(tag)
                }
            }
            list.add(subscription)
        }
        return NewsboatURLs(subscriptions: list.subscriptions, skipped: skipped)
    }

    /// A line's words: split at unquoted white space, double quotes removed (a backslash
    /// escapes the next character inside them), up to an unquoted `#` that starts a word.
    private static func tokens(in line: Substring) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inToken = false
        var quoted = false
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted {
                switch character {
                case "\\": escaped = true
                case "\"": quoted = false
                default: current.append(character)
                }
            } else if character.isWhitespace {
                if inToken { tokens.append(current) }
                current = ""
                inToken = false
            } else if character == "#", !inToken {
                break
            } else {
                inToken = true
                if character == "\"" { quoted = true } else { current.append(character) }
            }
        }
        if inToken { tokens.append(current) }
        return tokens
    }
}
