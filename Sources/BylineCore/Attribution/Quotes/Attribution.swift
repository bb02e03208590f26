/// A statement the article attributes, as the quote stage finds it: its words, how they are
/// presented, and the cue and phrase that name who said them, before that phrase is resolved
/// to a source.
struct Attribution {
    /// The quoted or reported words.
    var range: TextRange
    /// How the words are presented.
    var kind: Quote.Kind
    /// What the attribution reports: speech makes a quote; a belief or a finding is a claim.
    var sense: ReportingSense = .speech
    /// The cue that introduces them, with the phrase it names.
    var cue: ReportingCue?
    /// The paragraph that holds the start of the words.
    var paragraphIndex: Int
    /// The index of their first token.
    var firstToken: Int
    /// Whether the words are in quote marks rather than reported speech.
    var isQuotation: Bool
    /// The attribution whose source these words take, as an index into the list found.
    var inheritsFrom: Int?
    /// The person who introduces a quotation without a cue: the subject of the sentence
    /// before it, or of its own sentence when a colon leads into it.
    var introducedBy: SourcePhrase?
    /// Whether `introducedBy` lies in the quotation's own sentence (and so names it there).
    var introducedInSentence = false

    /// The phrase the cue names, or the one that introduced the quotation.
    var speaker: SourcePhrase? { cue?.speaker ?? introducedBy }
}
