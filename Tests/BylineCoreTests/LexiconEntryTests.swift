import Testing
@testable import BylineCore

/// The one lexicon of the attribution rules: what it knows of a few words.
@Suite("Lexicon entries")
struct LexiconEntryTests {
    /// A word and what the lexicon should say of it.
    struct Entry: CustomTestStringConvertible, Sendable {
        let word: String
        let facts: WordFacts
        var lemma: String?
        var sense: ReportingSense?
        var roleClass: Source.Class?
        var gender: Gender?
        var country: String?

        var testDescription: String { word }
    }

    @Test("facts, lemmas, senses, role classes, genders and countries of listed words", arguments: [
        Entry(word: "said", facts: .reportingVerb, lemma: "say", sense: .speech),
        Entry(word: "Warned", facts: .reportingVerb, lemma: "warn", sense: .speech),
        Entry(word: "told", facts: .reportingVerb, lemma: "tell", sense: .speech),
        Entry(word: "believes", facts: .reportingVerb, lemma: "believe", sense: .belief),
        Entry(word: "feared", facts: [.reportingVerb, .impersonalParticiple], lemma: "fear", sense: .belief),
        Entry(word: "found", facts: .reportingVerb, lemma: "find", sense: .finding),
        Entry(word: "professors", facts: [.roleNoun, .groupNoun], lemma: "professor", roleClass: .expert),
        Entry(word: "mayor", facts: [.roleNoun, .title], roleClass: .official),
        Entry(word: "reporter", facts: [.roleNoun, .title], roleClass: .journalist),
        // A verb after "who" that makes a role, and the plural of that role.
        Entry(word: "chairs", facts: [.describingVerb, .roleNoun], lemma: "chair", roleClass: .official),
        Entry(word: "she", facts: [.subjectPronoun, .genderedPronoun], gender: .female),
        Entry(word: "his", facts: [.possessivePronoun, .genderedPronoun], gender: .male),
        Entry(word: "Mr", facts: [.honorific, .abbreviation], gender: .male),
        Entry(word: "spokeswoman", facts: [.roleNoun, .spokespersonNoun, .title], roleClass: .official, gender: .female),
        Entry(word: "Canadian", facts: .nationality, country: "Canada"),
        Entry(word: "reportedly", facts: [.hedgingAdverb, .interveningAdverb]),
        Entry(word: "ministry", facts: [.organizationNoun, .governmentWord, .organizationNameWord]),
        Entry(word: "sources", facts: [.anonymousHead, .groupNoun]),
        Entry(word: "memos", facts: .documentNoun),
        Entry(word: "Gazette", facts: .mediaNameWord),
        Entry(word: "expected", facts: [.impersonalParticiple, .reportingVerb], lemma: "expect", sense: .belief),
        Entry(word: "didn’t", facts: .negation),
    ])
    func entries(_ entry: Entry) throws {
        let id = try #require(Lexicon.id(of: entry.word))
        #expect(id.isListed)
        #expect(Lexicon.facts(id).isSuperset(of: entry.facts), "facts \(Lexicon.facts(id).rawValue)")
        #expect(Lexicon.lemma(id).map(Lexicon.spelling) == entry.lemma)
        #expect(Lexicon.sense(id) == entry.sense)
        #expect(Lexicon.roleClass(id) == entry.roleClass)
        #expect(Lexicon.gender(id) == entry.gender)
        #expect(Lexicon.country(id) == entry.country)
    }

    @Test("case and typographic apostrophes fold to one spelling and one id", arguments: [
        ("SAID", "said"), ("Said", "said"), ("Ruritania’s", "ruritania's"), ("DON’T", "don't"),
    ])
    func folding(word: String, folded: String) {
        #expect(Lexicon.fold(word) == folded)
        #expect(Lexicon.id(of: word) == Lexicon.id(of: folded))
    }

    @Test("keywords have the ids the rules compare, invented names none", arguments: [
        ("said", Optional(Keyword.said)), ("According", .according), ("the", .the), ("Okafor", nil), ("Ruritania", nil),
    ])
    func keywords(word: String, keyword: Keyword?) {
        if let keyword {
            #expect(Lexicon.id(of: word) == keyword.id)
            #expect(Lexicon.spelling(keyword.id) == keyword.spelling)
        } else {
            #expect(Lexicon.id(of: word) == nil)
        }
    }
}
