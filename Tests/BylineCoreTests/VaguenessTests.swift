import Testing
@testable import BylineCore

/// Whether a reader could check a source or a claim: named sources are not vague; unnamed
/// groups, hedged documents, unnamed media, anonymous sources and claims on no source are.
@Suite("Vagueness")
struct VaguenessTests {
    @Test("sources: unnamed, hedged and anonymous ones are vague; named and anaphoric ones are not", arguments: [
        ("experts", Source.Kind.group, Source.Class.expert, true),
        ("Ruritanian government experts", .group, .expert, true),
        ("many residents", .group, .other, true),
        ("The pair", .group, .other, false),
        ("both leaders", .group, .official, false),
        ("these farmers", .group, .other, false),
        ("recent media reports", .media, .media, true),
        ("local media", .media, .media, true),
        ("state media", .media, .media, false),
        ("state-run media in Ruritania", .media, .media, false),
        ("Harbour Gazette", .media, .media, false),
        ("a new study", .document, .document, false),
        ("leaked memos", .document, .document, false),
        ("some reports", .document, .document, true),
        ("unverified reports", .document, .document, true),
        ("reports", .document, .document, true),
        ("the council's figures", .document, .document, false),
        ("the ministry", .organization, .official, false),
        ("Norwick Freight", .organization, .organization, false),
        ("Ada Okafor", .person, .other, false),
        ("a senior official who asked not to be named", .person, .anonymous, true),
        ("people familiar with the talks", .group, .anonymous, true),
    ])
    func sources(name: String, kind: Source.Kind, sourceClass: Source.Class, vague: Bool) {
        #expect(SourceVagueness.isVague(Source(name: name, kind: kind, sourceClass: sourceClass)) == vague)
    }

    @Test("claims: vague on a vague source or on none, not vague on a named one", arguments: [
        ("Experts say the dam will hold.", "the dam will hold", true),
        ("Critics say the law goes too far.", "the law goes too far", true),
        ("Some reports say the dam is cracked.", "the dam is cracked", true),
        ("Sources said the merger would be announced next week.", "the merger would be announced", true),
        ("Recent media reports said the pier would close.", "the pier would close", true),
        ("Local media said the pier would close.", "the pier would close", true),
        ("According to experts, the pier is rotten.", "the pier is rotten", true),
        ("According to sources, the pier is rotten.", "the pier is rotten", true),
        ("Harbour engineers believe the pier is rotten.", "the pier is rotten", true),
        ("It is expected that the pier will reopen in June.", "the pier will reopen in June", true),
        ("The mayor reportedly offered to resign.", "offered to resign", true),
        ("Priya Raman says the dam will hold.", "the dam will hold", false),
        ("The ministry said the new rules would take effect in June.", "the new rules would take effect", false),
        ("A new study found that the river was cleaner.", "the river was cleaner", false),
        ("State-run media in Ruritania reported that the pier would close.", "the pier would close", false),
        ("According to the Millbrook Courier, the pier is rotten.", "the pier is rotten", false),
        ("Both mayors also condemned the closure of the ferry.", "condemned the closure of the ferry", false),
        ("Ada Okafor and Kofi Mensah met the board. The pair said the pier would close.", "the pier would close", false),
    ])
    func claims(sentence: String, words: String, vague: Bool) throws {
        let reading = Fixture.analyze([sentence])
        let found = reading.claims(containing: words)
        try #require(!found.isEmpty, "no claim “\(words)”: \(reading.summary)")
        #expect(found.allSatisfy { $0.isVague == vague }, "\(found.map(\.description))")
    }
}
