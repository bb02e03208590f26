/// Turns what a user typed into an FTS5 query that cannot fail: every run of letters and
/// digits becomes a quoted term, everything else (quotes, stars, `NEAR(`, `AND`, `'; DROP`)
/// is a separator. All the terms must match. The last word is a prefix (`"harb"*`), as the
/// user may still be typing it; earlier words are whole words, since a prefix that matches
/// thousands of words makes FTS5 merge thousands of lists. Repeated words are looked up once,
/// and at most `SearchWords.limit` words are (`SearchWords`).
enum FullTextQuery {
    /// The FTS5 query for `input`, or `nil` when it holds no word to search for.
    static func terms(in input: String) -> String? {
        let words = SearchWords.distinct(words(in: input))
        guard let last = words.last else { return nil }
        let lastTerm = last.unicodeScalars.count >= 2 ? "\"\(last)\"*" : "\"\(last)\""
        return (words.dropLast().map { "\"\($0)\"" } + [lastTerm]).joined(separator: " ")
    }

    /// The FTS5 query matching `input`'s words in `column` only.
    static func terms(in input: String, column: String) -> String? {
        terms(in: input).map { "\(column) : (\($0))" }
    }

    /// The runs of letters, marks and digits of `input`, the characters unicode61 indexes.
    private static func words(in input: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
