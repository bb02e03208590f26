import Testing
@testable import BylineCore

@Suite("Source kinds, classes and vagueness")
struct SourceProfileClassifierTests {
    @Test("names without a role are classified by their words", arguments: [
        ("the ministry", Source.Kind.organization, Source.Class.official),
        ("Reuters", .media, .media),
        ("State-run media in Ruritania", .media, .media),
        ("recent media reports", .media, .media),
        ("the report", .document, .document),
        ("a joint statement", .document, .document),
        ("leaked memos", .document, .document),
        ("experts", .group, .expert),
        ("Many scholars", .group, .expert),
        ("Experts", .group, .expert),
        ("officials", .group, .official),
        ("critics", .group, .other),
        ("The pair", .group, .other),
        ("a senior official who asked not to be named", .person, .anonymous),
        ("people familiar with the matter", .group, .anonymous),
        ("sources", .group, .anonymous),
        ("Northwind Inc.", .organization, .organization),
        ("Marlow University", .organization, .organization),
        ("NATO", .organization, .organization),
        ("Brazil", .organization, .official),
        ("Jonas Weber", .person, .other),
    ])
    func names(name: String, kind: Source.Kind, sourceClass: Source.Class) throws {
        let found = try #require(SourceClassifier.classify(name: name, role: nil))
        #expect(found.kind == kind)
        #expect(found.sourceClass == sourceClass)
    }

    @Test("an institution can change what a role's holder is", arguments: [
        ("director", Optional("Centre for Urban Studies"), Source.Class.expert),
        ("director", "Harbour Freight Lines", .other),
        ("lawyer", "Department of Justice", .official),
        ("professor", nil, .expert),
        ("spokesperson", "Ministry of Health", .official),
    ])
    func roleClasses(head: String, affiliation: String?, expected: Source.Class) {
        let role = RoleDescription(role: head, affiliation: affiliation, headClass: TitleLexicon.headClass(of: head) ?? .other)
        #expect(SourceClassifier.roleClass(role) == expected)
    }

    @Test("unnamed, hedged and anonymous sources are vague; named and anaphoric ones are not", arguments: [
        ("experts", Source.Kind.group, Source.Class.expert, true),
        ("Chinese government experts", .group, .expert, true),
        ("The pair", .group, .other, false),
        ("both leaders", .group, .official, false),
        ("recent media reports", .media, .media, true),
        ("local media", .media, .media, true),
        ("state media", .media, .media, false),
        ("Harbor Times", .media, .media, false),
        ("a new study", .document, .document, false),
        ("intelligence reports", .document, .document, false),
        ("some reports", .document, .document, true),
        ("reports", .document, .document, true),
        ("the ministry", .organization, .official, false),
        ("Jonas Weber", .person, .other, false),
        ("a senior official who asked not to be named", .person, .anonymous, true),
    ])
    func vagueness(name: String, kind: Source.Kind, sourceClass: Source.Class, vague: Bool) {
        #expect(SourceVagueness.isVague(Source(name: name, kind: kind, sourceClass: sourceClass)) == vague)
    }

    @Test("anonymity markers", arguments: [
        ("an official speaking on condition of anonymity", true),
        ("a person with knowledge of the talks", true),
        ("two people briefed on the plan", true),
        ("an insider", true),
        ("Sources", true),
        ("Sources Weekly", false),
        ("a senior official", false),
        ("a senior official who was not authorized to speak", true),
        ("an aide who declined to be named,", true),
        ("a diplomat close to the talks", true),
        ("the talks were close", false),
        ("un fonctionnaire épuisé, who asked not to be named", true),
        ("Zoë Ortiz, who was not named in the report", false),
        ("Süddeutsche sources", true),
        ("", false),
    ])
    func anonymity(phrase: String, anonymous: Bool) {
        #expect(AnonymousSourceDetector.isAnonymous(phrase) == anonymous)
    }

    @Test("words that can stand in a person's name", arguments: [
        ("Stanton", true), ("Stanton's", true), ("van", true), ("Zoë", true),
        ("Minister", false), ("Ministers", false), ("Former", false), ("The", false), ("Mr.", false),
        ("Ministry", false), ("Canada", false), ("Canadian", false), ("Canada's", false), ("Ministry's", false),
    ])
    func nameWords(word: String, isNameWord: Bool) {
        let clauseWord = ClauseWord(range: TextRange(start: 0, end: word.unicodeScalars.count), text: word, isWord: true)
        #expect(TitledPersonFinder.isNameWord(clauseWord) == isNameWord)
    }
}
