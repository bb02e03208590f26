import Testing
@testable import BylineCore

@Suite("Re-anchoring highlights")
struct TextAnchorLocatorTests {
    let original = """
        The harbour board met on Tuesday evening.

        "We will not rebuild the old pier this year," said the chair, Ines Calloway.

        Fishermen said the decision came too late.
        """
    let highlight = "We will not rebuild the old pier this year"

    private func anchor(in text: String) -> TextAnchor {
        let scalars = Array(text.unicodeScalars)
        let start = ScalarSearch.occurrences(of: Array(highlight.unicodeScalars), in: scalars).first!
        return TextAnchor(range: TextRange(start: start, end: start + highlight.unicodeScalars.count), in: scalars)
    }

    private func string(_ range: TextRange, in text: String) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range.start..<range.end]))
    }

    @Test("selectors keep the exact words and 32 scalars of context")
    func selectors() {
        let anchor = anchor(in: original)
        #expect(anchor.quote.exact == highlight)
        #expect(anchor.quote.prefix.unicodeScalars.count == 32)
        #expect(anchor.quote.prefix.hasSuffix("evening.\n\n\""))
        #expect(anchor.quote.suffix.hasPrefix(",\" said"))
    }

    @Test("text added after the highlight: placed by position")
    func insertedAfter() throws {
        let anchor = anchor(in: original)
        let changed = original + "\n\nA vote is due next month."
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.method == .position)
        #expect(string(placement.range, in: changed) == highlight)
    }

    @Test("text added before the highlight: placed by its exact words")
    func insertedBefore() throws {
        let anchor = anchor(in: original)
        let changed = "Updated with the board's statement.\n\n" + original
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.method == .exact)
        #expect(string(placement.range, in: changed) == highlight)
    }

    @Test("text added inside the highlight: placed approximately")
    func insertedInside() throws {
        let anchor = anchor(in: original)
        let changed = original.replacingOccurrences(of: "the old pier", with: "the old wooden pier")
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.method == .approximate)
        #expect(placement.errors == 7)
        #expect(string(placement.range, in: changed) == "We will not rebuild the old wooden pier this year")
    }

    @Test("text added near the end of the highlight stays inside it, thanks to the context")
    func insertedNearEnd() throws {
        let anchor = anchor(in: original)
        let changed = original.replacingOccurrences(of: "this year", with: "this very year")
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.method == .approximate)
        #expect(string(placement.range, in: changed) == "We will not rebuild the old pier this very year")
        #expect(placement.errors == 5)
    }

    @Test("the highlight's paragraph deleted: an orphan")
    func paragraphDeleted() {
        let anchor = anchor(in: original)
        let changed = """
            The harbour board met on Tuesday evening.

            Fishermen said the decision came too late.
            """
        #expect(TextAnchorLocator.locate(anchor, in: changed) == nil)
    }

    @Test("of several occurrences, the one with the old context wins")
    func contextChoosesOccurrence() throws {
        let text = "alpha said no. beta said yes. gamma said no."
        let scalars = Array(text.unicodeScalars)
        let anchor = TextAnchor(range: TextRange(start: 36, end: 43), in: scalars)
        #expect(anchor.quote.exact == "said no")
        let changed = "Intro. " + text
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.range == TextRange(start: 43, end: 50))
    }

    @Test("a long highlight spanning several 64-scalar blocks is placed approximately")
    func multiBlockPattern() throws {
        let sentence = (0..<40).map { "word\($0)" }.joined(separator: " ")
        let text = "Opening line.\n\n" + sentence + "\n\nClosing line."
        let scalars = Array(text.unicodeScalars)
        let start = 15
        let anchor = TextAnchor(range: TextRange(start: start, end: start + sentence.unicodeScalars.count), in: scalars)
        let changed = "New lead paragraph.\n\n" + text.replacingOccurrences(of: "word20 ", with: "word20 extra ")
        let placement = try #require(TextAnchorLocator.locate(anchor, in: changed))
        #expect(placement.method == .approximate)
        #expect(string(placement.range, in: changed) == sentence.replacingOccurrences(of: "word20 ", with: "word20 extra "))
    }

    @Test("exact search finds overlapping occurrences")
    func overlapping() {
        #expect(ScalarSearch.occurrences(of: Array("aa".unicodeScalars), in: Array("aaaa".unicodeScalars)) == [0, 1, 2])
        #expect(ScalarSearch.occurrences(of: Array("x".unicodeScalars), in: []) == [])
    }

    @Test("an empty highlight is never placed")
    func emptyHighlight() {
        let anchor = TextAnchor(quote: TextQuoteSelector(exact: "", prefix: "", suffix: ""), position: TextPositionSelector(start: 0, end: 0))
        #expect(TextAnchorLocator.locate(anchor, in: "anything") == nil)
    }
}
