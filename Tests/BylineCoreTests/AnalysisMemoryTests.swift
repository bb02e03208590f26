import Testing
@testable import BylineCore

/// The analysis keeps its text, tokens and sentences in storage of their own size, and finds
/// a token's sentence without a table of an entry per token.
@Suite("Analysis: memory in proportion to the text")
struct AnalysisMemoryTests {
    static let texts: [(name: String, paragraphs: [String])] = [
        ("prose", (0..<300).map { "The ferry from Vell Harbour left at \($0) past nine, said Ann Kolipa. “It was late,” she added. Rain fell." }),
        ("one huge paragraph without punctuation", [String(repeating: "tide river stone ", count: 20_000)]),
        ("tiny sentences", [String(repeating: "A. B! C? ", count: 5_000)]),
        ("Cyrillic and CJK", (0..<200).map { "Паром ушёл в \($0) часов. 渡し船は遅れた。 Ferry gone." }),
        ("hyphens and acronyms", [String(repeating: "The U.S.-based co-op's long-time well-known one-off. ", count: 2_000)]),
    ]

    @Test("tokens, scalars and sentences use at most an eighth more storage than they hold", arguments: 0..<texts.count)
    func storage(text: Int) {
        let analysis = AnalysisText(Fixture.article(Self.texts[text].paragraphs))
        #expect(analysis.tokens.capacity <= analysis.tokens.count + analysis.tokens.count / 8 + 16)
        #expect(analysis.scalars.capacity <= analysis.scalars.count + analysis.scalars.count / 8 + 16)
        #expect(analysis.sentences.capacity <= analysis.sentences.count + analysis.sentences.count / 8 + 16)
    }

    @Test("a token takes 8 bytes and keeps its range and kind")
    func tokenSize() {
        #expect(MemoryLayout<Token>.stride == 8)
        for kind in [Token.Kind.word, .number, .punctuation, .quoteMark] {
            let token = Token(range: TextRange(start: 4_000_000_000, end: 4_000_000_017), kind: kind)
            #expect(token.kind == kind)
            #expect(token.range == TextRange(start: 4_000_000_000, end: 4_000_000_017))
        }
        var token = Token(range: TextRange(start: 3, end: 9), kind: .number)
        token.kind = .quoteMark
        #expect(token.range == TextRange(start: 3, end: 9))
        token.range = TextRange(start: 10, end: 5)
        #expect(token.range == TextRange(start: 10, end: 10) && token.kind == .quoteMark)
    }

    @Test("a sentence takes 20 bytes")
    func sentenceSize() {
        #expect(MemoryLayout<Sentence>.stride == 20)
    }

    @Test("the next marked token is the one a scan finds", arguments: [0, 1, 63, 64, 65, 200, 1_000])
    func nextMarked(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        let marks = (0..<count).map { _ in UInt8.random(in: 0..<10, using: &generator) == 0 }
        let next = NextMarkedToken(count: count) { marks[$0] }
        for index in 0...count {
            #expect(next[index] == (index..<count).first { marks[$0] } ?? count)
        }
    }

    @Test("every token's sentence is the one whose token range holds it", arguments: 0..<texts.count)
    func sentenceOfToken(text: Int) {
        let words = ArticleWords(AnalysisText(Fixture.article(Self.texts[text].paragraphs)), quotations: [])
        var expected = 0
        for token in 0..<words.count {
            while !words.text.sentences[expected].tokenRange.contains(token) { expected += 1 }
            #expect(words.sentenceOfToken[token] == expected)
            if words.sentenceOfToken[token] != expected { return }
        }
    }
}
