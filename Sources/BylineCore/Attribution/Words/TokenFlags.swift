/// What one token is where it stands: its kind, its case, the punctuation it is, whether it
/// ends a sentence, whether it lies inside a quotation. Worked out once per article.
struct TokenFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// Letters, with inner apostrophes, hyphens and acronym periods.
    static let word = TokenFlags(rawValue: 1 << 0)
    /// Digits.
    static let number = TokenFlags(rawValue: 1 << 1)
    /// A mark that is not a quotation mark.
    static let punctuation = TokenFlags(rawValue: 1 << 2)
    /// A quotation mark.
    static let quoteMark = TokenFlags(rawValue: 1 << 3)
    /// A word whose first letter is upper case.
    static let capitalized = TokenFlags(rawValue: 1 << 4)
    /// A word of two letters or more, all upper case ("NATO", "U.S.").
    static let allCapitals = TokenFlags(rawValue: 1 << 5)
    /// A word ending in a possessive "'s" or "s'".
    static let possessive = TokenFlags(rawValue: 1 << 6)
    /// A single capital letter ("J" of "J. Smith").
    static let initial = TokenFlags(rawValue: 1 << 7)
    static let comma = TokenFlags(rawValue: 1 << 8)
    static let colon = TokenFlags(rawValue: 1 << 9)
    static let semicolon = TokenFlags(rawValue: 1 << 10)
    /// A period, whatever it ends.
    static let period = TokenFlags(rawValue: 1 << 11)
    /// An em or en dash, or a hyphen standing alone.
    static let dash = TokenFlags(rawValue: 1 << 12)
    /// "(" or "[".
    static let openBracket = TokenFlags(rawValue: 1 << 13)
    /// ")" or "]".
    static let closeBracket = TokenFlags(rawValue: 1 << 14)
    /// "?" or "!".
    static let questionOrExclamation = TokenFlags(rawValue: 1 << 15)
    /// A mark that ends a sentence or a clause strongly (. ! ? ; …), but not the period of
    /// an abbreviation or an initial.
    static let terminal = TokenFlags(rawValue: 1 << 16)
    /// The period of an abbreviation or an initial ("Dr.", "J."), which ends nothing.
    static let abbreviationPeriod = TokenFlags(rawValue: 1 << 17)
    /// A token inside a quotation, its marks excluded.
    static let insideQuotation = TokenFlags(rawValue: 1 << 18)
    /// The first token of a sentence.
    static let sentenceStart = TokenFlags(rawValue: 1 << 19)
    /// A lower-case word of five letters or more ending in "ly", most likely an adverb.
    static let lyAdverb = TokenFlags(rawValue: 1 << 20)
    /// A word ending in "ing": a participle or a gerund.
    static let ingForm = TokenFlags(rawValue: 1 << 21)
    /// A word ending in "ed".
    static let edForm = TokenFlags(rawValue: 1 << 22)
    /// A word with an apostrophe inside or at its end ("don't", "she's", "Okafor's").
    static let apostrophe = TokenFlags(rawValue: 1 << 23)

    /// A word or a number.
    static let wordOrNumber: TokenFlags = [.word, .number]
}
