/// Turns what a user typed into an FTS5 query that cannot fail: every run of letters and
/// digits becomes a quoted prefix term (`"word"*`), everything else (quotes, stars, `NEAR(`,
/// `AND`, `'; DROP`) is a separator. All the terms must match.
enum FullTextQuery {
    /// The FTS5 query for `input`, or `nil` when it holds no word to search for.
    static func allPrefixes(in input: String) -> String? {
        let terms = words(in: input).map { "\"\($0)\"*" }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// The FTS5 query matching `input`'s words in `column` only.
    static func allPrefixes(in input: String, column: String) -> String? {
        allPrefixes(in: input).map { "\(column) : (\($0))" }
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
