import GRDB

/// The WHERE clause of an `ArticleFilter` over `article a`, shared by the list and its count.
struct ArticleConditions {
    /// `WHERE …`, or empty when the filter selects every article.
    let whereClause: String
    /// The values of the clause's placeholders.
    let arguments: StatementArguments

    /// The conditions of `filter`. With `manyItems`, a feed scope is tested article by article
    /// (`EXISTS`, an index probe each), which lets the list's order be read from its index: right
    /// when the scope holds many articles. Otherwise the scope's articles are gathered first
    /// (`IN`) and sorted: right for a few, wrong for thousands (each is a read of a wide row).
    init(_ filter: ArticleFilter, manyItems: Bool = false) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // A feed scope asks whether items are unread of the items (`articleRead`), on an index.
        if filter.unreadOnly, filter.feeds == nil { conditions.append("a.readAt IS NULL") }
        if let site = filter.site { conditions.append("a.site = ?"); arguments += [site] }
        if let scope = filter.feeds {
            let byArticle = manyItems || scope == .anyFeed
            let items = FeedItemConditions(scope, unreadOnly: filter.unreadOnly, byArticle: byArticle)
            if byArticle {
                conditions.append("EXISTS (SELECT 1 FROM feedItem i WHERE " + (["i.articleId = a.id"] + items.terms).joined(separator: " AND ") + ")")
            } else {
                conditions.append("a.id IN (SELECT i.articleId FROM feedItem i" + (items.terms.isEmpty ? "" : " WHERE " + items.terms.joined(separator: " AND ")) + ")")
            }
            arguments += items.arguments
        }
        // Words of three characters or more are looked up in the title index; shorter ones
        // (the first keys typed) are matched by a scan, which finds them within a few rows.
        // Control characters separate words too: titles hold none, and a NUL would end the
        // FTS5 query string early (an unterminated string is a syntax error).
        let words = SearchWords.distinct(filter.words.split { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        let indexed = words.filter { $0.unicodeScalars.count >= TitleIndexQuery.shortestWord }
        if let pattern = TitleIndexQuery.pattern(indexed) {
            conditions.append("a.id IN (SELECT rowid FROM articleTitleFts WHERE articleTitleFts MATCH ?)")
            arguments += [pattern]
        }
        for word in words where word.unicodeScalars.count < TitleIndexQuery.shortestWord {
            let pattern = "%" + LikePattern.escaped(String(word)) + "%"
            conditions.append("(a.title LIKE ? ESCAPE '\\' OR a.site LIKE ? ESCAPE '\\' OR (a.title IS NULL AND a.sourcePath LIKE ? ESCAPE '\\'))")
            arguments += [pattern, pattern, pattern]
        }
        whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        self.arguments = arguments
        itemCount = words.isEmpty && filter.site == nil ? filter.feeds.map { FeedItemCount($0, unreadOnly: filter.unreadOnly) } : nil
    }

    /// How to count the articles from the feed items alone, when the filter asks for nothing
    /// else of them (no words, no site); `nil` otherwise.
    let itemCount: FeedItemCount?
}

/// The number of articles a feed scope selects, counted on the items' indexes: an article's
/// row holds its whole text, and a count that reads 15,000 of them costs a hundred times more.
struct FeedItemCount {
    let sql: String
    let arguments: StatementArguments

    init(_ scope: FeedScope, unreadOnly: Bool) {
        let items = FeedItemConditions(scope, unreadOnly: unreadOnly, byArticle: false)
        sql = "SELECT COUNT(DISTINCT i.articleId) FROM feedItem i WHERE " + (["i.articleId IS NOT NULL"] + items.terms).joined(separator: " AND ")
        arguments = items.arguments
    }
}

/// What a feed scope asks of a feed item `i`: its feed (or its feed's tag) and, for unread
/// articles, its read flag.
struct FeedItemConditions {
    /// Terms to join with AND (none for any feed's items).
    let terms: [String]
    /// The values of their placeholders.
    let arguments: StatementArguments

    /// With `byArticle`, the item is reached by its article (an `EXISTS` probe), so a tag's
    /// feeds are tested on the item found (`+` keeps SQLite from probing the feed index once
    /// per tagged feed: a hundred probes an article); otherwise they find the items.
    init(_ scope: FeedScope, unreadOnly: Bool, byArticle: Bool) {
        var terms = unreadOnly ? ["NOT i.articleRead"] : []
        var arguments: StatementArguments = []
        switch scope {
        case .anyFeed: break
        case .feed(let feedId):
            terms.append("i.feedId = ?")
            arguments += [feedId]
        case .tag(let tag):
            terms.append((byArticle ? "+" : "") + "i.feedId IN (SELECT f.id FROM feed f, json_each(f.tags) t WHERE t.value = ?)")
            arguments += [tag]
        }
        self.terms = terms
        self.arguments = arguments
    }
}

/// Text matched literally by SQL `LIKE … ESCAPE '\'`.
enum LikePattern {
    /// `text` with `%`, `_` and `\` escaped. Scalar by scalar: a combining mark after `%`
    /// makes one character of the two, which a comparison of characters would let through.
    static func escaped(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { escaped.append("\\") }
            escaped.append(scalar)
        }
        return String(escaped)
    }
}
