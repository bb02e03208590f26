/// A quote found in the text, before its speaker is resolved to a source.
struct FoundQuote {
    /// The quoted or reported words.
    var range: TextRange
    /// How the words are presented.
    var kind: Quote.Kind
    /// The cue that introduces it, with the speaker phrase it names.
    var cue: Cue?
    /// The paragraph that holds the quote's start.
    var paragraphIndex: Int
    /// The index of its first token.
    var firstToken: Int
    /// Whether it is a quotation (in quote marks) rather than reported speech.
    var isQuotation: Bool
    /// The quote whose speaker it takes, as an index into the list of found quotes.
    var inheritsFrom: Int?

    /// The person who introduces a quotation without a cue: the subject of the sentence
    /// before it, or of its own sentence when a colon leads into it.
    var introducedBy: SpeakerPhrase?
    /// Whether `introducedBy` lies in the quotation's own sentence (and so names it there).
    var introducedInSentence = false

    /// The speaker phrase the cue names, or the one that introduced the quotation.
    var speaker: SpeakerPhrase? { cue?.speaker ?? introducedBy }
}
