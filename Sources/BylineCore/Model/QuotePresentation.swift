/// How the words of a quote are shown on their own, away from the article's text, in every
/// readable output (the command line and the terminal; JSON keeps the plain words and the kind).
///
/// Only the speaker's own words are set in quote marks: direct, partial and continuation
/// quotes as “the words”. Reported speech (`indirect`) is the writer's paraphrase, so it is
/// never set in quote marks; it is shown after a marker as `reported: the words`.
public enum QuotePresentation {
    /// What precedes reported speech shown on its own.
    public static let reportedMarker = "reported: "

    /// `words` as a quote of `kind` is shown: “words”, or `reported: words` for indirect speech.
    public static func text(_ words: String, kind: Quote.Kind) -> String {
        kind == .indirect ? reportedMarker + words : "“" + words + "”"
    }
}
