import Testing
@testable import BylineCore

/// Input built to break the analysis: each case must finish, without a crash, with results
/// that make sense. (No timings here; `byline bench analyze` measures speed.)
@Suite("Hostile input")
struct HostileInputTests {
    private func analyze(_ text: String) -> Analysis {
        ArticleAnalyzer.analyze(PlainTextReader.verbatim(text))
    }

    private func assertRangesValid(_ analysis: Analysis, length: Int) {
        for quote in analysis.quotes {
            #expect(quote.range.start >= 0 && quote.range.end <= length && quote.range.start <= quote.range.end)
            if let index = quote.sourceIndex { #expect(analysis.sources.indices.contains(index)) }
        }
    }

    @Test("10,000 unmatched opening quotation marks")
    func unmatchedOpeners() {
        let text = String(repeating: "He said “no ", count: 10_000)
        let analysis = analyze(text)
        assertRangesValid(analysis, length: text.unicodeScalars.count)
        #expect(analysis.quotes.allSatisfy { $0.range.length < 20 })
    }

    @Test("10,000 straight quotation marks in a row, and alone")
    func straightMarks() {
        for text in [String(repeating: "\"", count: 10_000), String(repeating: "word\" ", count: 10_000), String(repeating: "’", count: 10_000)] {
            let analysis = analyze(text)
            assertRangesValid(analysis, length: text.unicodeScalars.count)
        }
    }

    @Test("a 5 MB paragraph without punctuation")
    func hugeParagraph() {
        let words = ["the", "river", "said", "Anna", "Berg", "that", "water", "rose", "and", "fell"]
        var text = ""
        text.reserveCapacity(5_000_000)
        var index = 0
        while text.utf8.count < 5_000_000 {
            text += words[index % words.count] + " "
            index += 1
        }
        let analysis = analyze(text)
        assertRangesValid(analysis, length: text.unicodeScalars.count)
    }

    @Test("text with no sentences: only punctuation, only spaces, nothing")
    func noSentences() {
        for text in ["", "   \n\n  ", "... ,,, !!! ???", String(repeating: "—", count: 5_000), "\n\n\n\n"] {
            let analysis = analyze(text)
            #expect(analysis.quotes.isEmpty)
        }
    }

    @Test("right-to-left and CJK text")
    func otherScripts() {
        let arabic = String(repeating: "قال الوزير «إن الاتفاق سيوقع غدا». ", count: 2_000)
        let hebrew = String(repeating: "אמר השר: \"ההסכם ייחתם מחר\". ", count: 2_000)
        let chinese = String(repeating: "部长说：「协议明天签署。」他还说，“我们准备好了。” ", count: 2_000)
        for text in [arabic, hebrew, chinese] {
            let article = PlainTextReader.verbatim(text)
            let analysis = ArticleAnalyzer.analyze(article)
            assertRangesValid(analysis, length: text.unicodeScalars.count)
            // No English cue words: the quotations are found even if nobody can be named.
            #expect(QuotationScanner.quotations(in: AnalysisText(article)).count >= 2_000)
        }
    }

    @Test("segmenting a paragraph of abbreviations and initials alone")
    func abbreviationsOnly() {
        let text = String(repeating: "Dr. J. R. U.S. Inc. St. No. ", count: 5_000)
        let scalars = Array(text.unicodeScalars)
        let sentences = Segmenter.sentences(in: scalars, range: TextRange(start: 0, end: scalars.count))
        #expect(sentences.count >= 1)
        #expect(sentences.allSatisfy { $0.end <= scalars.count })
    }

    @Test("thousands of distinct speakers, each with one short quotation")
    func distinctSpeakers() {
        let syllables = ["ba", "ko", "li", "pa", "ve", "mu", "ra", "to", "ne", "si"]
        var names: [String] = []
        for index in 0..<4_000 {
            let family: String = syllables[index % 10] + syllables[(index / 10) % 10] + syllables[(index / 100) % 10]
            names.append("Ann " + family.capitalized + String(index / 1_000))
        }
        var paragraphs: [String] = []
        for start in stride(from: 0, to: names.count, by: 8) {
            let sentences: [String] = (start..<min(names.count, start + 8)).map { "“Point \($0),” said \(names[$0])." }
            paragraphs.append(sentences.joined(separator: " "))
        }
        let text = paragraphs.joined(separator: "\n\n")
        let analysis = analyze(text)
        assertRangesValid(analysis, length: text.unicodeScalars.count)
        #expect(analysis.quotes.count == names.count)
        let speakers: [String?] = analysis.quotes.map { analysis.source(at: $0.sourceIndex)?.name }
        #expect(speakers == names.map { Optional($0) })
        #expect(Set(analysis.sources.map { (source: Source) in source.name }).count == names.count)
    }

    @Test("one sentence of thousands of cues with no subject, and of thousands of participles")
    func sentenceOfCues() {
        for unit in ["and said the plan ", "the plan rose, saying the plan ", "the plan and said “it rose” "] {
            let text = String(repeating: unit, count: 5_000)
            let analysis = analyze(text)
            assertRangesValid(analysis, length: text.unicodeScalars.count)
            // Nobody is named: nothing may be attributed to a source.
            #expect(analysis.quotes.allSatisfy { $0.sourceIndex == nil })
        }
    }
}
