import Testing
@testable import BylineCore

@Suite("Sentence segmentation")
struct SegmenterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Segmenter.sentences(in: scalars, range: TextRange(start: 0, end: scalars.count)).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    @Test("splits where sentences end, and only there", arguments: [
        ("The mill closed. Workers left town.", ["The mill closed.", "Workers left town."]),
        ("Dr. Lena Ortiz spoke first. Then Sen. Paul Ruiz replied.", ["Dr. Lena Ortiz spoke first.", "Then Sen. Paul Ruiz replied."]),
        ("Prices rose 3.5 per cent in Sept. Nobody was surprised.", ["Prices rose 3.5 per cent in Sept. Nobody was surprised."]),
        ("She moved to the U.S. in 2004. It was cold.", ["She moved to the U.S. in 2004.", "It was cold."]),
        ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
        ("U.S. President Mara Voss arrived.", ["U.S. President Mara Voss arrived."]),
        ("Books by J. R. R. Tolkien sold well. Sales doubled.", ["Books by J. R. R. Tolkien sold well.", "Sales doubled."]),
        ("He works at Brindle Inc. and likes it.", ["He works at Brindle Inc. and likes it."]),
        ("He works at Brindle Inc. The firm is small.", ["He works at Brindle Inc.", "The firm is small."]),
        ("Tom Hale Jr. of St. Albert won. Gov. Ames lost.", ["Tom Hale Jr. of St. Albert won.", "Gov. Ames lost."]),
        ("Bill No. 12 passed. Rep. Kim voted no.", ["Bill No. 12 passed.", "Rep. Kim voted no."]),
        ("“Is it over?” she asked. “Not yet.”", ["“Is it over?” she asked.", "“Not yet.”"]),
        ("“We are ready,” he said. Nobody agreed.", ["“We are ready,” he said.", "Nobody agreed."]),
        ("“We are ready.” Nobody agreed.", ["“We are ready.”", "Nobody agreed."]),
        ("Wait... what happened? Nobody knows!", ["Wait... what happened?", "Nobody knows!"]),
        ("It was — as ever — late. (Again.) Fine.", ["It was — as ever — late.", "(Again.)", "Fine."]),
        ("No punctuation at all here", ["No punctuation at all here"]),
    ])
    func segments(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("empty and blank text gives no sentence")
    func empty() {
        #expect(sentences("").isEmpty)
        #expect(sentences("   \n ").isEmpty)
    }
}

@Suite("Tokenization")
struct TokenizerTests {
    private func tokens(_ text: String) -> [(String, Token.Kind)] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count)).map {
            (String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])), $0.kind)
        }
    }

    @Test("apostrophes stay inside words; quotation marks do not")
    func apostrophes() {
        let result = tokens("‘The King’s men’ loved rock ’n’ roll in the ’90s.")
        #expect(result.map(\.0) == ["‘", "The", "King’s", "men", "’", "loved", "rock", "’n’", "roll", "in", "the", "’90s", "."])
        #expect(result[0].1 == .quoteMark)
        #expect(result[2].1 == .word)
        #expect(result[4].1 == .quoteMark)
    }

    @Test("numbers, acronyms and hyphenated words are single tokens")
    func compounds() {
        let result = tokens("The U.S.-based co-op paid $1,200.50 on 3rd May.")
        #expect(result.map(\.0) == ["The", "U.S.-based", "co-op", "paid", "$", "1,200.50", "on", "3rd", "May", "."])
        #expect(result.first { $0.0 == "1,200.50" }?.1 == .number)
    }

    @Test("offsets are Unicode scalar offsets")
    func scalarOffsets() {
        let text = "Zoë said “hé”."
        let scalars = Array(text.unicodeScalars)
        let found = Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
        #expect(found.map(\.range.start) == [0, 4, 9, 10, 12, 13])
    }
}

@Suite("Reporting verb lexicon")
struct LexiconTests {
    @Test("inflections map to their lemma", arguments: [
        ("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("tells", "tell"),
        ("added", "add"), ("noting", "note"), ("argues", "argue"), ("warned", "warn"), ("believes", "believe"),
        ("claimed", "claim"), ("explaining", "explain"), ("wrote", "write"), ("written", "write"),
        ("reported", "report"), ("declares", "declare"), ("stated", "state"), ("insisted", "insist"),
        ("suggests", "suggest"), ("acknowledged", "acknowledge"), ("admitted", "admit"), ("admitting", "admit"),
        ("announces", "announce"), ("accused", "accuse"), ("designated", "designate"), ("predicts", "predict"),
        ("estimated", "estimate"), ("replied", "reply"), ("replies", "reply"), ("found", "find"), ("Said", "say"),
    ])
    func lemmas(form: String, lemma: String) throws {
        let id = try #require(Lexicon.id(of: form))
        #expect(Lexicon.facts(id).contains(.reportingVerb))
        #expect(Lexicon.lemma(id).map(Lexicon.spelling) == lemma)
    }

    @Test("words that are not reporting verbs have no lemma", arguments: ["table", "Smith", "the", "sad", "sayings"])
    func nonVerbs(word: String) {
        #expect(Lexicon.id(of: word).map { Lexicon.facts($0).contains(.reportingVerb) } != true)
    }

    @Test("verbs of saying are speech; of believing, belief; of what studies establish, findings", arguments: [
        ("say", ReportingSense.speech), ("tweet", .speech), ("announce", .speech), ("believe", .belief), ("fear", .belief),
        ("want", .belief), ("find", .finding), ("show", .finding),
    ])
    func senses(lemma: String, sense: ReportingSense) throws {
        #expect(Lexicon.sense(try #require(Lexicon.id(of: lemma))) == sense)
    }
}
