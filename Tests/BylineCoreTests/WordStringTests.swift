import Testing
@testable import BylineCore

/// The string and word-table helpers the analysis leans on for speed: each must give exactly
/// what the slower standard-library route gives.
@Suite("Word strings and word tables")
struct WordStringTests {
    static let texts = [
        "", "plain ASCII text.", "Café au lait, naïve façade", "Ünïcödé ÉLAN", "東京で会議 — “quoted”",
        "emoji 🧪 and flags 🇨🇦", "mixed\u{0301} marks", "tab\tand\nnewline",
    ]

    @Test("scalar arrays decode like the scalar view", arguments: texts)
    func scalarArrays(text: String) {
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
    }

    @Test("strings built from scalars equal the scalar view's string", arguments: texts)
    func scalarStrings(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars.dropFirst(min(2, scalars.count))) == String(String.UnicodeScalarView(scalars.dropFirst(min(2, scalars.count)))))
    }

    @Test("the text of a range is clamped to the scalars", arguments: [
        (TextRange(start: 0, end: 3), "Zoë"), (TextRange(start: 4, end: 99), "Ortiz"), (TextRange(start: -5, end: 2), "Zo"),
        (TextRange(start: 7, end: 3), ""), (TextRange(start: 50, end: 60), ""),
    ])
    func clampedRanges(range: TextRange, expected: String) {
        #expect([Unicode.Scalar](scalarsOf: "Zoë Ortiz").string(in: range) == expected)
    }

    @Test("lowercasing only when needed changes nothing but the cost", arguments: ["said", "Said", "SAID", "élan", "Élan", ""])
    func lowercasing(word: String) {
        #expect(word.lowercasedIfNeeded() == word.lowercased())
    }

    @Test("possessive endings are found on the bytes", arguments: [
        ("Russia’s", true), ("Russia's", true), ("its", false), ("s", false), ("'s", true), ("’s", true),
        ("boss", false), ("Russia’S", false), ("", false), ("é's", true),
    ])
    func possessives(word: String, expected: Bool) {
        #expect(word.endsInPossessive == expected)
        #expect(word.endsInPossessive == (word.hasSuffix("'s") || word.hasSuffix("’s")))
    }

    @Test("a word table finds every entry and nothing else")
    func wordTable() {
        var entries: [String: Int] = [:]
        for (index, word) in ["say", "said", "says", "tell", "told", "warn", "énoncer", "a", ""].enumerated() { entries[word] = index }
        let table = WordTable(entries)
        for (word, value) in entries {
            #expect(table[word] == value)
            #expect(table.value(for: word, hash: WordHash.of(word)) == value)
        }
        for absent in ["sa", "saying", "Said", "the", "tol", "énonce"] {
            #expect(table[absent] == nil)
        }
    }

    @Test("a plural role noun names its singular and shares its standing", arguments: [
        ("professor", "professor"), ("professors", "professor"), ("spokespeople", "spokesperson"), ("chairmen", "chairman"),
        ("secretaries", "secretary"), ("analysts", "analyst"),
    ])
    func roleHeads(word: String, singular: String) throws {
        let id = try #require(Lexicon.id(of: word))
        #expect(Lexicon.facts(id).contains(.roleNoun))
        let head = Lexicon.lemma(id) ?? id
        #expect(Lexicon.spelling(head) == singular)
        #expect(Lexicon.roleClass(id) == Lexicon.roleClass(head))
    }

    @Test("common nouns are no role heads", arguments: ["banana", "bananas", "table"])
    func notRoleHeads(word: String) {
        #expect(Lexicon.id(of: word).map { Lexicon.facts($0).contains(.roleNoun) } != true)
    }
}
