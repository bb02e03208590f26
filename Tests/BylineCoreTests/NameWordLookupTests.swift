import Testing
@testable import BylineCore

/// The fast look-ups of the quote stage: each must answer exactly as the word lists and
/// string sets it stands for.
@Suite("Name word look-ups")
struct NameWordLookupTests {
    static let words = [
        "President", "president", "PRESIDENT", "Mr", "Ms", "Dr", "Queen", "Spokesman", "spokesman", "Monday",
        "MORE", "More", "more", "van", "Van", "St.", "Airport", "Times", "Ministry", "NATO", "he", "She", "hers",
        "mayor", "Ada", "Okafor", "Zoë", "", "é", "Sept", "Calif", "Jr",
    ]

    @Test("name word facts agree with the lists they merge", arguments: words)
    func facts(word: String) {
        let facts = NameWords.facts(of: word)
        #expect(facts.contains(.honorific) == (NameWords.honorifics[word] != nil))
        #expect(facts.contains(.title) == NameWords.titles.contains(word))
        #expect(facts.isTitle == NameWords.isTitle(word))
        #expect(facts.contains(.neverName) == NameWords.neverNames.contains(word))
        #expect(facts.contains(.particle) == NameWords.particles.contains(word))
        #expect(facts.contains(.lowercaseTitle) == NameWords.lowercaseTitles.contains(word))
        #expect(facts.contains(.spokesperson) == AttributionNouns.spokespeople.contains(word))
        #expect(facts.contains(.nonPersonLast) == NameWords.nonPersonLastWords.contains(word))
        #expect(facts.contains(.mediaName) == AttributionNouns.mediaNameWords.contains(word))
        #expect(facts.contains(.organizationName) == AttributionNouns.organizationNameWords.contains(word))
        #expect(facts.honorificGender == NameWords.honorifics[word] ?? nil)
        #expect(facts.titleGender == NameWords.genderedTitles[word])
        #expect(facts.pronounGender == NameWords.genderedPronouns[word])
        #expect(facts.contains(.neverFinalAbbreviation) == Abbreviations.neverFinal.contains(word))
    }

    @Test("speaker nouns are the five lists of them", arguments: [
        "officials", "ministry", "report", "newspaper", "spokeswoman", "press", "banana", "Ministry", "", "press secretary",
    ])
    func speakerNouns(word: String) {
        let lists = [AttributionNouns.groups, AttributionNouns.organizations, AttributionNouns.documents,
                     AttributionNouns.media, AttributionNouns.spokespeople]
        #expect(AttributionNouns.isSpeakerNoun(word, hash: WordHash.of(word)) == lists.contains { $0.contains(word) })
    }

    @Test("quick suffix tests and character counts agree with the standard library", arguments: [
        "publicly", "ly", "y", "", "couldn’t", "couldn't", "Élysée", "naïvely", "x\r\nly", "\r\n", "fly\u{301}",
    ])
    func quickStrings(word: String) {
        for suffix in ["ly", "n’t", "n't", "y", "ing"] {
            #expect(word.hasSuffixQuickly(suffix) == word.hasSuffix(suffix))
        }
        #expect(word.characterCountQuickly == word.count)
    }

    @Test("a token word set holds each spelling once, as written")
    func tokenWordSet() {
        let text = AnalysisText(PlainTextReader.verbatim("Lee met Lee and LEE, then lee met Kim and Ko and Lee again."))
        let words = TokenWords(text, quotations: [])
        var set = TokenWordSet(words)
        let lee = words.written.firstIndex(of: "Lee")!
        let kim = words.written.firstIndex(of: "Kim")!
        #expect(!set.contains(lee))
        set.insert(lee)
        #expect(set.contains(lee))
        #expect(set.contains(words.written.lastIndex(of: "Lee")!))
        #expect(!set.contains(words.written.firstIndex(of: "LEE")!))
        #expect(!set.contains(words.written.firstIndex(of: "lee")!))
        #expect(!set.contains(kim))
        // Enough words to make the table grow.
        for index in words.written.indices { set.insert(index) }
        for index in words.written.indices { #expect(set.contains(index)) }
    }
}
