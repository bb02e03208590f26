import Testing
@testable import BylineCore

/// What the analysis says of each source: role and affiliation, kind and class, anonymity,
/// and which names are sources at all.
@Suite("Source profiles")
struct SourceProfileTests {
    /// An article, a source in it and the profile expected.
    struct RoleCase: CustomTestStringConvertible, Sendable {
        let paragraphs: [String]
        let name: String
        let role: String?
        let affiliation: String?
        let sourceClass: Source.Class

        init(_ paragraphs: [String], _ name: String, role: String?, affiliation: String? = nil, _ sourceClass: Source.Class) {
            self.paragraphs = paragraphs
            self.name = name
            self.role = role
            self.affiliation = affiliation
            self.sourceClass = sourceClass
        }

        init(_ paragraph: String, _ name: String, role: String?, affiliation: String? = nil, _ sourceClass: Source.Class) {
            self.init([paragraph], name, role: role, affiliation: affiliation, sourceClass)
        }

        var testDescription: String { paragraphs.joined(separator: " ¶ ") }
    }

    @Test("role and affiliation from an apposition, a title, \"who chairs\" or \"is a lawyer at\"; the class they give", arguments: [
        // Appositions after the name.
        RoleCase("Priya Raman, a geologist at Lakeside University, said the dunes were moving.", "Priya Raman",
                 role: "geologist", affiliation: "Lakeside University", .expert),
        RoleCase("Tariq Osei, 47, an analyst with Harbour Capital, said the shares would fall.", "Tariq Osei",
                 role: "analyst", affiliation: "Harbour Capital", .expert),
        RoleCase("Ada Okafor, a senior fellow at the Lakeside Institute, said the pier would close.", "Ada Okafor",
                 role: "senior fellow", affiliation: "Lakeside Institute", .expert),
        RoleCase("Lars Eklund, a director at the Centre for Urban Studies, said rents would rise.", "Lars Eklund",
                 role: "director", affiliation: "Centre for Urban Studies", .expert),
        RoleCase("Jonas Adeyemi, a spokesperson for the Harbour Board, said the pier would close.", "Jonas Adeyemi",
                 role: "spokesperson", affiliation: "Harbour Board", .official),
        RoleCase("Ada Okafor, deputy mayor of Millbrook, said the ward was full.", "Ada Okafor", role: "deputy mayor", affiliation: "Millbrook", .official),
        RoleCase("Lars Eklund, a lawyer at the Department of Justice, said the case was closed.", "Lars Eklund",
                 role: "lawyer", affiliation: "Department of Justice", .official),
        RoleCase("Grace Tembo, a reporter for the Millbrook Courier, asked the board for the minutes.", "Grace Tembo",
                 role: "reporter", affiliation: "Millbrook Courier", .journalist),
        RoleCase("Ada Okafor, an editor at the Millbrook Courier, said the pier would close.", "Ada Okafor",
                 role: "editor", affiliation: "Millbrook Courier", .journalist),
        RoleCase("Ada Okafor, chief executive of Norwick Freight, said the pier would close.", "Ada Okafor",
                 role: "chief executive", affiliation: "Norwick Freight", .official),
        RoleCase("Kofi Mensah, a farmer from Millbrook, said the rain came too late.", "Kofi Mensah", role: "farmer", affiliation: "Millbrook", .other),
        RoleCase("“We have no money left,” says Tomas Berglund, the treasurer of the rowing club.", "Tomas Berglund",
                 role: "treasurer of the rowing club", .official),
        // A title of office settles the class a role without standing leaves open.
        RoleCase("Councillor Ines Halvorsen, the cabinet member for housing, said rents would rise.", "Ines Halvorsen",
                 role: "cabinet member", .official),
        // Titles before the name.
        RoleCase("Canadian Fisheries Minister Eirik Dahlstrand said the cod had returned.", "Eirik Dahlstrand",
                 role: "Canadian Fisheries Minister", affiliation: "Canada", .official),
        RoleCase("Eastholm Police Chief Laura Pike spoke to the board.", "Laura Pike", role: "Eastholm Police Chief", affiliation: "Eastholm", .official),
        RoleCase("Lakeside University historian Ada Okafor said the pier was old.", "Ada Okafor",
                 role: "Lakeside University historian", affiliation: "Lakeside University", .expert),
        RoleCase("Professor Ada Okafor said the bridge would hold.", "Ada Okafor", role: "Professor", .expert),
        RoleCase("Judge Ada Okafor said the pier would close.", "Ada Okafor", role: "Judge", .official),
        RoleCase("Police Chief Kofi Mensah said the road was closed.", "Kofi Mensah", role: "Police Chief", .official),
        RoleCase("Reporter Ada Okafor said the pier would close.", "Ada Okafor", role: "Reporter", .journalist),
        RoleCase("Coach Kofi Mensah said the team was tired.", "Kofi Mensah", role: "Coach", .other),
        // "who chairs …", "who heads …" elsewhere in the article.
        RoleCase("Ada Okafor, who chairs the Harbour Board, said the pier would close.", "Ada Okafor", role: "chair", affiliation: "Harbour Board", .official),
        RoleCase(["“We will not wait,” Ines Halvorsen said.", "Halvorsen, who heads the Harbour Board, left early."], "Ines Halvorsen",
                 role: "head", affiliation: "Harbour Board", .official),
        // A copula sentence.
        RoleCase(["“We will sell the ferry,” Ines Halvorsen said.", "Ines Halvorsen is a lawyer at Bell & Crane."], "Ines Halvorsen",
                 role: "lawyer", affiliation: "Bell & Crane", .other),
        RoleCase(["“We are done,” Kofi Mensah said.", "Mensah is an economist at Lakeside University."], "Kofi Mensah",
                 role: "economist", affiliation: "Lakeside University", .expert),
        // A speaker named only by a role.
        RoleCase("“We are done,” Ruritania’s tax commissioner said.", "Ruritania’s tax commissioner", role: "tax commissioner", affiliation: "Ruritania", .official),
        RoleCase("“We are done,” a spokesperson for the port said.", "a spokesperson for the port", role: "spokesperson", .official),
        // No role: the class is "other".
        RoleCase("Ada Okafor said the pier would close.", "Ada Okafor", role: nil, .other),
    ])
    func roles(_ example: RoleCase) throws {
        let reading = Fixture.analyze(example.paragraphs)
        let source = try #require(reading.source(named: example.name), "sources \(reading.sourceNames)")
        #expect(source.kind == .person)
        #expect(source.role == example.role)
        #expect(source.affiliation == example.affiliation)
        #expect(source.sourceClass == example.sourceClass)
    }

    @Test("the kind and class of a speaker from the words of its name", arguments: [
        ("The ministry said the pier would close.", "The ministry", Source.Kind.organization, Source.Class.official),
        ("The union said the pier would close.", "The union", .organization, .organization),
        ("Marlow University said the pier would close.", "Marlow University", .organization, .organization),
        ("NORDA said the pier would close.", "NORDA", .organization, .organization),
        ("Canada said the pier would close.", "Canada", .organization, .official),
        ("According to the Millbrook Courier, the pier is rotten.", "Millbrook Courier", .media, .media),
        ("The Harbour Gazette, a weekly paper, said the pier would close.", "Harbour Gazette", .media, .media),
        ("State-run media in Ruritania reported that the pier would close.", "State-run media in Ruritania", .media, .media),
        ("Recent media reports said the pier would close.", "Recent media reports", .media, .media),
        ("Local media said the pier would close.", "Local media", .media, .media),
        ("The report said the pier would close.", "The report", .document, .document),
        ("A joint statement said the pier would close.", "A joint statement", .document, .document),
        ("Leaked memos said the pier would close.", "Leaked memos", .document, .document),
        ("A council letter said the pier was unsafe.", "A council letter", .document, .document),
        ("Experts said the pier would close.", "Experts", .group, .expert),
        ("Many scholars said the pier would close.", "Many scholars", .group, .expert),
        ("Officials said the pier would close.", "Officials", .group, .official),
        ("Both leaders said the pier would close.", "Both leaders", .group, .official),
        ("Critics said the pier would close.", "Critics", .group, .other),
        ("Sources said the pier would close.", "Sources", .group, .anonymous),
        ("Lars Eklund said the pier would close.", "Lars Eklund", .person, .other),
        ("“Nobody warned us,” a fisherman said.", "a fisherman", .person, .other),
        ("A senior official said the talks had stalled.", "A senior official", .person, .official),
        ("An insider said the board would resign.", "An insider", .person, .anonymous),
    ])
    func kinds(sentence: String, name: String, kind: Source.Kind, sourceClass: Source.Class) throws {
        let reading = Fixture.analyze([sentence])
        let source = try #require(reading.source(named: name), "sources \(reading.sourceNames)")
        #expect(source.kind == kind)
        #expect(source.sourceClass == sourceClass)
        #expect(reading.quotes.contains { $0.speaker?.name == name }, "\(name) speaks: \(reading.summary)")
    }

    @Test("a source left unnamed on purpose is anonymous; a named source citing unnamed people is not", arguments: [
        (["“The pier will close,” said a port official who asked not to be named."], "a port official", true),
        (["“The pier will close,” a senior port official said on condition of anonymity."], "a senior port official", true),
        (["“We are ready,” says her coach, who asked not to be named."], "her coach", true),
        (["An aide, speaking on condition of anonymity, said the minister would resign."], "An aide", true),
        (["A diplomat close to the talks said the deal was near."], "A diplomat close to the talks", true),
        (["Two people familiar with the talks said the deal was close."], "Two people familiar with the talks", true),
        (["People with knowledge of the plan said the pier would close."], "People with knowledge of the plan", true),
        (["According to sources, the pier is rotten."], "sources", true),
        (["An insider said the board would resign."], "An insider", true),
        (["A senior official said the talks had stalled."], "A senior official", false),
        (["The Harbour Gazette reported, citing two people familiar with the plan, that the pier would close."], "Harbour Gazette", false),
        (["Calloway Mining said, citing officials who asked not to be named, that the mine would close."], "Calloway Mining", false),
    ])
    func anonymity(paragraphs: [String], name: String, anonymous: Bool) throws {
        let reading = Fixture.analyze(paragraphs)
        let source = try #require(reading.source(named: name), "sources \(reading.sourceNames)")
        #expect((source.sourceClass == .anonymous) == anonymous, "class \(source.sourceClass)")
        #expect(SourceVagueness.isVague(source) == anonymous)
    }

    @Test("the publication a speaker talks to is no source unless it is cited itself", arguments: [
        (["“We will appeal,” Kofi Mensah told the Harbour Gazette."], "Harbour Gazette", "Kofi Mensah", false),
        (["“The nets are empty,” the fisherman told the Harbour Gazette."], "Harbour Gazette", "the fisherman", false),
        (["“We will rebuild,” Kofi Mensah said in an interview with the Millbrook Courier."], "Millbrook Courier", "Kofi Mensah", false),
        (["“We will rebuild,” Kofi Mensah said, speaking to the Millbrook Courier."], "Millbrook Courier", "Kofi Mensah", false),
        (["“We will rebuild,” Kofi Mensah wrote to the Millbrook Courier."], "Millbrook Courier", "Kofi Mensah", false),
        (["Ada Okafor told Harbour Radio that the pier was safe."], "Harbour Radio", "Ada Okafor", false),
        (["According to the Millbrook Courier, the pier is rotten.", "“We will rebuild,” Kofi Mensah told the Millbrook Courier."],
         "Millbrook Courier", "Kofi Mensah", true),
    ])
    func interviewers(paragraphs: [String], medium: String, speaker: String, isSource: Bool) {
        let reading = Fixture.analyze(paragraphs)
        #expect(reading.sourceNames.contains { $0.contains(medium) } == isSource, "sources \(reading.sourceNames)")
        #expect(reading.quotes.contains { $0.speaker?.name == speaker }, "\(reading.summary)")
    }

    @Test("people named with a title or role are sources even when not quoted; other names are not", arguments: [
        ("Mayor Ines Halvorsen opened the new pier on Monday.", ["Ines Halvorsen"]),
        ("Priya Raman, a geologist at Lakeside University, walked the dunes with students.", ["Priya Raman"]),
        ("Marta Quist, the mayor of Eastholm, opened the bridge.", ["Marta Quist"]),
        ("Lena Sauer, an epidemiologist at St. Agnes Hospital, urged caution.", ["Lena Sauer"]),
        ("It was a long night for former prime minister Anna Lind in the capital.", ["Anna Lind"]),
        ("Eastholm Police Chief Laura Pike spoke to the board.", ["Laura Pike"]),
        ("When the storm came, Maria Lopes stayed home.", []),
        ("Eastholm, a town of bridges, hosted the talks.", []),
        ("He met the governor of Ruritania on Sunday.", []),
        ("The ferry to Prince Orvel stopped running.", []),
    ])
    func titledPeople(sentence: String, names: [String]) {
        let reading = Fixture.analyze([sentence])
        #expect(reading.sourceNames == names)
        #expect(reading.quotes.isEmpty)
    }
}
