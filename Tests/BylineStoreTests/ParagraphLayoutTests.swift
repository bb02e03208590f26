import BylineCore
import Foundation
import Testing
@testable import BylineStore

@Suite("Paragraph layout blob")
struct ParagraphLayoutTests {
    @Test("paragraphs with kinds and links survive a round trip")
    func roundTrip() {
        let paragraphs = [
            Paragraph(range: TextRange(start: 0, end: 12), kind: .heading),
            Paragraph(range: TextRange(start: 14, end: 300), kind: .body,
                      links: [Link(range: TextRange(start: 20, end: 31), url: "https://example.test/harbour?q=é"),
                              Link(range: TextRange(start: 290, end: 299), url: "")]),
            Paragraph(range: TextRange(start: 302, end: 100_000), kind: .blockquote),
            Paragraph(range: TextRange(start: 100_002, end: 100_010), kind: .listItem,
                      links: [Link(range: TextRange(start: 5, end: 9), url: "https://example.test/earlier")]),
        ]
        #expect(ParagraphLayout.decode(ParagraphLayout.encode(paragraphs)) == paragraphs)
        #expect(ParagraphLayout.decode(ParagraphLayout.encode([])) == [])
    }

    @Test("overlapping and out-of-order ranges round-trip too")
    func unusualRanges() {
        let paragraphs = [Paragraph(range: TextRange(start: 50, end: 60)), Paragraph(range: TextRange(start: 10, end: 20)),
                          Paragraph(range: TextRange(start: 15, end: 15))]
        #expect(ParagraphLayout.decode(ParagraphLayout.encode(paragraphs)) == paragraphs)
    }

    @Test("damaged blobs decode to nil, never crash")
    func damaged() {
        let blob = ParagraphLayout.encode([Paragraph(range: TextRange(start: 0, end: 40),
                                                     links: [Link(range: TextRange(start: 1, end: 5), url: "https://example.test")])])
        #expect(ParagraphLayout.decode([]) == nil)
        #expect(ParagraphLayout.decode([9, 0]) == nil)
        #expect(ParagraphLayout.decode(Array(blob.dropLast())) == nil)
        #expect(ParagraphLayout.decode(blob + [0]) == nil)
        #expect(ParagraphLayout.decode([1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) == nil)
        for cut in 0..<blob.count {
            var broken = blob
            broken[cut] ^= 0xFF
            _ = ParagraphLayout.decode(broken)
        }
    }

    @Test("quote words are cut at scalar offsets, clamped to the text")
    func scalarIndices() {
        let text = "Né “très” bien 👍 ok"
        let indices = ScalarIndices(text, offsets: [3, 9, 15, 16, 99, -4])
        #expect(String(text.unicodeScalars[indices[3]..<indices[9]]) == "“très”")
        #expect(String(text.unicodeScalars[indices[15]..<indices[16]]) == "👍")
        #expect(String(text.unicodeScalars[indices[16]..<indices[99]]) == " ok")
        #expect(indices[-4] == text.startIndex)
    }
}
