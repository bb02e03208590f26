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

    @Test("token strings give the written and lowercase forms and the hash of the latter", arguments: [
        "Said", "said", "U.S.", "ÉLAN", "Zoë", "’90s", ",", "A", "a", "—", "“",
    ])
    func tokenStrings(word: String) {
        let scalars = Array(word.unicodeScalars)
        let strings = scalars.withUnsafeBufferPointer { TokenStrings.strings(of: TextRange(start: 0, end: scalars.count), in: $0) }
        #expect(strings.written == word)
        #expect(strings.lowered == word.lowercased())
        #expect(strings.loweredHash == WordHash.of(word.lowercased()))
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

    @Test("a word set holds its words, repeated ones once, and nothing else")
    func wordSet() {
        let set = WordTable(words: ["say", "said", "say", "énoncer"])
        #expect(set.contains("say") && set.contains("said") && set.contains("énoncer"))
        #expect(set.contains("said", hash: WordHash.of("said")))
        #expect(!set.contains("Say") && !set.contains("tell") && !set.contains(""))
    }

    @Test("role heads take their plurals as the singular rule does", arguments: [
        ("professor", true), ("professors", true), ("spokesperson", true), ("spokespeople", true),
        ("chairman", true), ("chairmen", true), ("secretary", true), ("secretaries", true), ("banana", false), ("bananas", false),
    ])
    func roleHeads(word: String, isHead: Bool) {
        #expect(TitleLexicon.isHead(word) == isHead)
        let singular = TitleLexicon.singular(of: word)
        let bySingularRule = TitleLexicon.headClasses[word] ?? singular.flatMap { TitleLexicon.headClasses[$0] }
        #expect(TitleLexicon.headClass(of: word) == bySingularRule)
    }
}
