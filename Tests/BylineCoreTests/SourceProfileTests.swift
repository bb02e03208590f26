import Testing
@testable import BylineCore

@Suite("Source profiles")
struct SourceProfileTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let name: String
        let sourceClass: Source.Class
        let role: String
        let affiliation: String?
        var description: String { name }
    }

    @Test("appositions give role and affiliation", arguments: [
        Case(text: "Helena Marsh, a professor of economics at Westbrook University, said the plan was flawed.",
             name: "Helena Marsh", sourceClass: .expert, role: "professor of economics", affiliation: "Westbrook University"),
        Case(text: "Tomas Reyes, senior research fellow at the Institute for Coastal Studies, wrote in March that the dunes were eroding.",
             name: "Tomas Reyes", sourceClass: .expert, role: "senior research fellow", affiliation: "Institute for Coastal Studies"),
        Case(text: "Aiko Tanaka, 52, an analyst with Northgate Capital, expects more layoffs.",
             name: "Aiko Tanaka", sourceClass: .expert, role: "analyst", affiliation: "Northgate Capital"),
        Case(text: "Peter Lund, the mayor of Harrowgate, opened the bridge.",
             name: "Peter Lund", sourceClass: .official, role: "mayor", affiliation: "Harrowgate"),
        Case(text: "Grace Obi, a reporter for the Lakeside Herald, filed the request.",
             name: "Grace Obi", sourceClass: .journalist, role: "reporter", affiliation: "Lakeside Herald"),
        Case(text: "Ines Vidal, an epidemiologist at St. Brendan’s Hospital, urged caution.",
             name: "Ines Vidal", sourceClass: .expert, role: "epidemiologist", affiliation: "St. Brendan’s Hospital"),
    ])
    func appositions(_ example: Case) throws {
        let analysis = ProfileFixture.profiled(example.text)
        let source = try #require(analysis.source(named: example.name))
        #expect(source.kind == .person)
        #expect(source.sourceClass == example.sourceClass)
        #expect(source.role == example.role)
        #expect(source.affiliation == example.affiliation)
    }

    @Test("titles before a name give role and the country of a nationality", arguments: [
        Case(text: "Brazilian Finance Minister Rafael Costa announced the budget on Monday.",
             name: "Rafael Costa", sourceClass: .official, role: "Brazilian Finance Minister", affiliation: "Brazil"),
        Case(text: "The deal was signed by Kenyan President Daniel Mwangi and others.",
             name: "Daniel Mwangi", sourceClass: .official, role: "Kenyan President", affiliation: "Kenya"),
        Case(text: "It was a long night for former prime minister Anna Berg in the capital.",
             name: "Anna Berg", sourceClass: .official, role: "former prime minister", affiliation: nil),
        Case(text: "U.S. Secretary of State Mark Hollis landed in Oslo.",
             name: "Mark Hollis", sourceClass: .official, role: "U.S. Secretary of State", affiliation: "United States"),
        Case(text: "Economist Priya Nair expects rates to fall.",
             name: "Priya Nair", sourceClass: .expert, role: "Economist", affiliation: nil),
        Case(text: "Toronto Police Chief Laura Pike spoke to the board.",
             name: "Laura Pike", sourceClass: .official, role: "Toronto Police Chief", affiliation: "Toronto"),
    ])
    func titles(_ example: Case) throws {
        let analysis = ProfileFixture.profiled(example.text)
        let source = try #require(analysis.source(named: example.name))
        #expect(source.sourceClass == example.sourceClass)
        #expect(source.role == example.role)
        #expect(source.affiliation == example.affiliation)
    }

    @Test("a description elsewhere in the article gives the role of a quoted source")
    func descriptions() throws {
        let text = "“We will not wait,” Ruth Alder said.\n\nAlder, who chairs the Senate Finance Committee, left early."
        let analysis = ProfileFixture.profiled(text, sources: [ProfileFixture.person("Ruth Alder", in: text)])
        let source = try #require(analysis.source(named: "Ruth Alder"))
        #expect(source.role == "chair")
        #expect(source.affiliation == "Senate Finance Committee")
        #expect(source.mentions.map(\.text) == ["Ruth Alder", "Alder"])
    }

    @Test("a copula sentence describes a source")
    func copula() throws {
        let text = "Omar Haddad spoke first.\n\nOmar Haddad is a lawyer at Carver Legal."
        let analysis = ProfileFixture.profiled(text, sources: [ProfileFixture.person("Omar Haddad", in: text)])
        let source = try #require(analysis.source(named: "Omar Haddad"))
        #expect(source.role == "lawyer")
        #expect(source.affiliation == "Carver Legal")
        #expect(source.sourceClass == .other)
    }

    @Test("a one-word source is renamed to the full name a title gives")
    func shortNameUpgraded() throws {
        let text = "Defence Minister Lena Holt visited the base. Holt said little."
        let said = ProfileFixture.range(of: "Holt said", in: text)
        let holt = Source(name: "Holt", kind: .person, sourceClass: .other,
                          mentions: [Mention(text: "Holt", range: TextRange(start: said.start, end: said.start + 4))])
        let analysis = ProfileFixture.profiled(text, sources: [holt])
        #expect(analysis.sources.count == 1)
        #expect(analysis.sources.first?.name == "Lena Holt")
        #expect(analysis.sources.first?.role == "Defence Minister")
    }

    @Test("a name in a list or a headline is no titled person")
    func noFalseTitles() {
        #expect(ProfileFixture.profiled("Will Russia Become Official Allies With Anyone?").sources.isEmpty)
        #expect(ProfileFixture.profiled("Oslo, a city of bridges, hosted the talks.").sources.isEmpty)
        #expect(ProfileFixture.profiled("When the storm came, Maria Lopes stayed home.").sources.isEmpty)
    }

    @Test("the publication that interviewed a source is not a source")
    func interviewer() {
        let text = "“We are ready,” Dana Kell, a coach at Ridge College, told The Valley Courier."
        let courier = Source(name: "The Valley Courier", kind: .media, sourceClass: .media,
                             mentions: [Mention(text: "The Valley Courier", range: ProfileFixture.range(of: "The Valley Courier", in: text))])
        let kell = ProfileFixture.person("Dana Kell", in: text)
        let quote = Quote(range: ProfileFixture.range(of: "We are ready", in: text), kind: .direct, sourceIndex: 1)
        let analysis = ProfileFixture.profiled(text, sources: [courier, kell], quotes: [quote])
        #expect(analysis.sources.map(\.name) == ["Dana Kell"])
        #expect(analysis.quotes.first?.sourceIndex == 0)
        #expect(analysis.sources.first?.role == "coach")
    }

    @Test("a medium that is quoted stays a source")
    func quotedMediumStays() {
        let text = "“Prices will rise,” the Harbor Times reported, quoting a memo."
        let times = Source(name: "Harbor Times", kind: .media, sourceClass: .media,
                           mentions: [Mention(text: "Harbor Times", range: ProfileFixture.range(of: "Harbor Times", in: text))])
        let quote = Quote(range: ProfileFixture.range(of: "Prices will rise", in: text), kind: .direct, sourceIndex: 0)
        #expect(ProfileFixture.profiled(text, sources: [times], quotes: [quote]).sources.map(\.name) == ["Harbor Times"])
    }

    @Test("a title written into a speaker's name is taken out, and the two sources become one")
    func titleInName() throws {
        let text = "Fisheries Minister Lena Holt toured the port. “It is busy,” Fisheries Minister Lena Holt said."
        let titled = Source(name: "Fisheries Minister Lena Holt", kind: .person, sourceClass: .other,
                            mentions: [Mention(text: "Fisheries Minister Lena Holt", range: ProfileFixture.range(of: "Fisheries Minister Lena Holt said", in: text))])
        let quote = Quote(range: ProfileFixture.range(of: "It is busy", in: text), kind: .direct, sourceIndex: 0)
        let analysis = ProfileFixture.profiled(text, sources: [titled], quotes: [quote])
        #expect(analysis.sources.map(\.name) == ["Lena Holt"])
        #expect(analysis.sources.first?.role == "Fisheries Minister")
        #expect(analysis.quotes.first?.sourceIndex == 0)
    }

    @Test("a portfolio after \"Minister of\" belongs to the title")
    func ministerOf() throws {
        let analysis = ProfileFixture.profiled("The Minister of Northern Affairs Carla Stone visited the mine.")
        let source = try #require(analysis.source(named: "Carla Stone"))
        #expect(source.role == "Minister of Northern Affairs")
        #expect(source.sourceClass == .official)
    }

    @Test("a place after \"governor of\" is no person, and a lone word after a title adds no source")
    func noPlacePeople() {
        #expect(ProfileFixture.profiled("He met the governor of Ruritania on Sunday.").sources.isEmpty)
        #expect(ProfileFixture.profiled("The ferry to Prince Edward stopped running.").sources.isEmpty)
    }

    @Test("a speaker named by a role gets that role", arguments: [
        ("Ruritania’s tax commissioner", "tax commissioner", Optional("Ruritania"), Source.Class.official),
        ("a spokesperson for the port", "spokesperson", nil, .official),
    ])
    func roleAsName(name: String, role: String, affiliation: String?, sourceClass: Source.Class) throws {
        let text = "“We are done,” \(name) said."
        let source = Source(name: name, kind: .person, sourceClass: .other,
                            mentions: [Mention(text: name, range: ProfileFixture.range(of: name, in: text))])
        let profiled = try #require(ProfileFixture.profiled(text, sources: [source]).sources.first)
        #expect(profiled.role == role)
        #expect(profiled.affiliation == affiliation)
        #expect(profiled.sourceClass == sourceClass)
    }

    @Test("an unnamed source described as anonymous after its mention is anonymous", arguments: [
        ("A senior official, who asked not to be named, said the talks had stalled.", "A senior official"),
        ("Two people briefed on the talks said they had stalled.", "Two people"),
        ("An aide speaking on condition of anonymity said the talks had stalled.", "An aide"),
    ])
    func anonymousAfterMention(text: String, phrase: String) throws {
        let source = Source(name: phrase, kind: .person, sourceClass: .other,
                            mentions: [Mention(text: phrase, range: ProfileFixture.range(of: phrase, in: text))])
        let profiled = try #require(ProfileFixture.profiled(text, sources: [source]).sources.first)
        #expect(profiled.sourceClass == .anonymous)
        #expect(SourceVagueness.isVague(profiled))
    }

    @Test("a named source that cites unnamed people is not anonymous itself", arguments: [
        ("The Larkspur Wire Service reported on Monday, citing two people familiar with the talks, that they had stalled.", "Larkspur Wire Service"),
        ("Orrin Holdings said, citing officials who asked not to be named, that the mine would close.", "Orrin Holdings"),
    ])
    func namedSourceCitingAnonymousPeople(text: String, name: String) throws {
        let source = Source(name: name, kind: .organization, sourceClass: .organization,
                            mentions: [Mention(text: name, range: ProfileFixture.range(of: name, in: text))])
        let profiled = try #require(ProfileFixture.profiled(text, sources: [source]).sources.first)
        #expect(profiled.sourceClass != .anonymous)
        #expect(!SourceVagueness.isVague(profiled))
    }
}
