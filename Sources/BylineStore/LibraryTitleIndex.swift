import GRDB

extension LibrarySchema {
    /// A trigram index of every article's title (its file path when it has none) and site,
    /// for the list's filter-as-you-type: a typed word of three characters or more is found
    /// inside any title by the index instead of a `LIKE` scan of every title. A regular FTS5
    /// table (titles are small), kept in step by `LibraryWriter` like the other indexes.
    static func createTitleIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE articleTitleFts USING fts5(title, site, tokenize = 'trigram');
            INSERT INTO articleTitleFts(rowid, title, site) SELECT id, coalesce(title, sourcePath), site FROM article;
            """)
    }
}

/// The part of a filter's words the title index answers.
enum TitleIndexQuery {
    /// The fewest characters the trigram index can find.
    static let shortestWord = 3

    /// The FTS5 query requiring every word (each a literal substring of the title or the
    /// site), or `nil` when `words` is empty. Quotes are doubled scalar by scalar: a combining
    /// mark after a quote makes one character of the two, which a replacement of characters
    /// would leave single, ending the FTS5 string early (found by fuzzing).
    static func pattern(_ words: [Substring]) -> String? {
        guard !words.isEmpty else { return nil }
        return words.map { word in
            var quoted = String.UnicodeScalarView(["\""])
            for scalar in word.unicodeScalars {
                quoted.append(scalar)
                if scalar == "\"" { quoted.append("\"") }
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: " AND ")
    }
}
