import GRDB

/// The WHERE clause of an `ArticleFilter` over `article a`, shared by the list and its count.
struct ArticleConditions {
    /// `WHERE …`, or empty when the filter selects every article.
    let whereClause: String
    /// The values of the clause's placeholders.
    let arguments: StatementArguments

    init(_ filter: ArticleFilter) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if filter.unreadOnly { conditions.append("a.readAt IS NULL") }
        if let site = filter.site { conditions.append("a.site = ?"); arguments += [site] }
        for word in filter.words.split(whereSeparator: \.isWhitespace) {
            let pattern = "%" + LikePattern.escaped(String(word)) + "%"
            conditions.append("(a.title LIKE ? ESCAPE '\\' OR a.site LIKE ? ESCAPE '\\' OR (a.title IS NULL AND a.sourcePath LIKE ? ESCAPE '\\'))")
            arguments += [pattern, pattern, pattern]
        }
        whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        self.arguments = arguments
    }
}

/// Text matched literally by SQL `LIKE … ESCAPE '\'`.
enum LikePattern {
    /// `text` with `%`, `_` and `\` escaped.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
