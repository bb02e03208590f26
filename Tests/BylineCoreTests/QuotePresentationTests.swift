import BylineCore
import Testing

@Suite("How a quote's words are shown on their own")
struct QuotePresentationTests {
    @Test("the speaker's own words are set in quote marks", arguments: [Quote.Kind.direct, .partial, .continuation])
    func ownWords(kind: Quote.Kind) {
        #expect(QuotePresentation.text("the tide is turning", kind: kind) == "“the tide is turning”")
    }

    @Test("reported speech is never set in quote marks and is marked as reported")
    func reportedSpeech() {
        let shown = QuotePresentation.text("the ferry would run late", kind: .indirect)
        #expect(shown == "reported: the ferry would run late")
        #expect(!shown.contains("“") && !shown.contains("”") && !shown.contains("\""))
    }
}
