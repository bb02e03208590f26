/// The words of a search as the library looks them up: each word once, and no more than
/// `limit` of them, whatever was typed or pasted.
///
/// Each word of a full-text query is one more posting list for SQLite's FTS5 to merge, and the
/// same word repeated made its work grow with the square of the repeats (400 repeats of one
/// word: 17 s over 2,000 articles). Every word must match, so dropping a repeat changes no
/// result; words past the limit are left out, which can only widen the matches.
enum SearchWords {
    /// The most words a search looks up; later ones are ignored.
    static let limit = 32

    /// `words` without repeats (compared ignoring case, as the indexes do), each kept where it
    /// last appears (so the last word, which may be a prefix still being typed, stays last),
    /// cut to the first `limit`.
    static func distinct<Word: StringProtocol>(_ words: [Word]) -> [Word] {
        var seen: Set<String> = []
        var kept: [Word] = []
        for word in words.reversed() where seen.insert(word.lowercased()).inserted {
            kept.append(word)
        }
        return Array(kept.reversed().prefix(limit))
    }
}
