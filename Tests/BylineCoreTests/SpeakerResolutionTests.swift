import Testing
@testable import BylineCore

/// Who a speaker phrase stands for: pronouns, family names, titles, descriptions, groups and
/// organisations resolved to the source the article names.
@Suite("Speaker resolution")
struct SpeakerResolutionTests {
    /// An article, a quote in it (the start of its words) and the source expected to say it.
    struct Case: CustomTestStringConvertible, Sendable {
        let paragraphs: [String]
        let quote: String
        let speaker: String
        /// The words that name the speaker next to the quote, when the test checks them.
        let mention: String?

        init(_ paragraphs: [String], _ quote: String, _ speaker: String, mention: String? = nil) {
            self.paragraphs = paragraphs
            self.quote = quote
            self.speaker = speaker
            self.mention = mention
        }

        var testDescription: String { paragraphs.joined(separator: " ¶ ") }
    }

    /// Checks that the quote is found, said by the expected source, and that the words naming
    /// the speaker are among that source's mentions.
    private func check(_ example: Case) {
        let reading = Fixture.analyze(example.paragraphs)
        let quote = reading.quote(startingWith: example.quote)
        #expect(quote != nil, "no quote “\(example.quote)”: \(reading.summary)")
        guard let quote else { return }
        #expect(quote.speaker?.name == example.speaker, "got \(quote.speaker?.name ?? "nobody")")
        if let mention = example.mention {
            #expect(quote.quote.speakerMention?.text == mention, "speaker named as \(quote.quote.speakerMention?.text ?? "nothing")")
            // The source's mentions hold those words, or the name inside them ("Okafor" of "Dr. Okafor").
            let named = quote.quote.speakerMention?.range
            #expect(quote.speaker?.mentions.contains { named?.contains($0.range) ?? false } == true,
                    "mentions \(quote.speaker?.mentions.map(\.text) ?? [])")
        }
        // One source per speaker, however many ways it is named.
        #expect(reading.sourceNames.filter { $0 == example.speaker }.count == 1, "sources \(reading.sourceNames)")
    }

    @Test("he and she by the gender an honorific, a title, a given name or an earlier pronoun reveals", arguments: [
        Case(["Ms. Ada Okafor and Mr. Kofi Mensah run the bakery together.", "“We open at six,” she said."], "We open at six", "Ada Okafor", mention: "she"),
        Case(["Ms. Ada Okafor and Mr. Kofi Mensah run the bakery together.", "“We close at noon,” he said."], "We close at noon", "Kofi Mensah", mention: "he"),
        Case(["Dr. Ada Okafor treats the sick. Mr. Kofi Mensah drives the ambulance.", "“We are tired,” he said."], "We are tired", "Kofi Mensah", mention: "he"),
        Case(["Chairwoman Ines Halvorsen and Tomas Berglund met on Monday.", "“The vote was close,” she said."], "The vote was close", "Ines Halvorsen"),
        Case(["Spokeswoman Ada Okafor and Kofi Mensah met the press.", "“We are not finished,” she said."], "We are not finished", "Ada Okafor"),
        Case(["Maria Kowalczyk and Peter Lindqvist ran the campaign.", "“We knocked on every door,” he said."], "We knocked on every door", "Peter Lindqvist"),
        Case(["Maria Kowalczyk and Peter Lindqvist ran the campaign.", "“We knocked on every door,” she said."], "We knocked on every door", "Maria Kowalczyk"),
        Case(["Kofi Mensah met his sister, Ada Okafor, at the station.", "“I was late,” he said."], "I was late", "Kofi Mensah"),
        Case(["Ada Okafor spoke at length.", "“The pier is rotten,” she said."], "The pier is rotten", "Ada Okafor", mention: "she"),
        Case(["Chef Kofi Mensah runs the kitchen. His partner, Ada Okafor, runs the front.", "“We never argue,” she said."], "We never argue", "Ada Okafor"),
        Case(["Ada Okafor runs the kitchen. Her partner, Kofi Mensah, runs the front.", "“We never argue,” he said."], "We never argue", "Kofi Mensah"),
        // A subject after "was" that follows a fronted phrase ("Among them was …") is the
        // person the next sentence is about.
        Case(["Mayor Ines Halvorsen said the pool would close.",
              "A crowd gathered outside. Among them was Grete Lund, 70, who swims there daily. She said she would miss it."],
             "she would miss it", "Grete Lund", mention: "She"),
        // A person named only by a description is the "he" that follows it.
        Case(["Ada Okafor said the pier would close.",
              "A senior engineer at the port, who asked not to be named because he was not allowed to speak, said the pier was unsafe. He said repairs would take a year."],
             "repairs would take a year", "A senior engineer at the port", mention: "He"),
    ])
    func pronouns(_ example: Case) {
        check(example)
    }

    @Test("a family name, an honorific or a title with the family name means the full name", arguments: [
        Case(["Ada Okafor runs the clinic in Millbrook.", "“We are full every night,” Okafor said."], "We are full every night", "Ada Okafor", mention: "Okafor"),
        Case(["Ada Okafor runs the clinic in Millbrook.", "“We are full every night,” Dr. Okafor said."], "We are full every night", "Ada Okafor", mention: "Dr. Okafor"),
        Case(["Ines Halvorsen chairs the Harbour Board.", "“We will sell the ferry,” Halvorsen said."], "We will sell the ferry", "Ines Halvorsen"),
        Case(["Ines Halvorsen chairs the Harbour Board.", "“We will sell the ferry,” Ms. Halvorsen said."], "We will sell the ferry", "Ines Halvorsen"),
        Case(["Ines Halvorsen chairs the Harbour Board.", "Later, Halvorsen said the ferry would be sold."], "the ferry would be sold", "Ines Halvorsen"),
        // A title of office with its portfolio ("Secretary of …") before the name.
        Case(["In an interview on Monday, Foreign Secretary of Ruritania Ines Halvorsen praised the port and said the ferry would return."],
             "the ferry would return", "Ines Halvorsen"),
        Case(["Marisol Vega Duarte opened the bakery in 2015. Her cousin, Tomas Duarte, joined her later.", "“We bake at four,” Duarte said."],
             "We bake at four", "Marisol Vega Duarte"),
        Case(["Marisol Vega Duarte opened the bakery in 2015.", "“It is worth it,” Vega Duarte added."], "It is worth it", "Marisol Vega Duarte"),
        Case(["Mr. Kofi Mensah and his daughter Ada run the farm.", "“The soil is poor,” Mr. Mensah said."], "The soil is poor", "Kofi Mensah", mention: "Mr. Mensah"),
    ])
    func familyNames(_ example: Case) {
        check(example)
    }

    @Test("\"the mayor\" is the person with that title; an epithet is the person the article follows", arguments: [
        Case(["Mayor Ines Halvorsen opened the pier. Kofi Mensah spoke next.", "The mayor said the pier was safe."], "the pier was safe", "Ines Halvorsen",
             mention: "The mayor"),
        Case(["Governor Ada Okafor visited the flooded farms.", "The governor said help was coming."], "help was coming", "Ada Okafor", mention: "The governor"),
        Case(["Senator Ada Okafor toured the port. Kofi Mensah followed.", "“It is a mess,” the senator said."], "It is a mess", "Ada Okafor", mention: "the senator"),
        // With no one holding the title, the title is the person the article follows.
        Case(["Ada Okafor coached the team for a decade.", "“They never gave up,” the coach said."], "They never gave up", "Ada Okafor", mention: "the coach"),
        Case(["Professor Kofi Mensah studies tides. Ada Okafor runs the port.", "The professor said the tide was early."], "the tide was early", "Kofi Mensah"),
        Case(["Ada Okafor has run the lighthouse for 30 years.", "“The sea always wins,” says the keeper."], "The sea always wins", "Ada Okafor",
             mention: "the keeper"),
    ])
    func definiteDescriptions(_ example: Case) {
        check(example)
    }

    @Test("a description opening a lede is the person the next sentence names", arguments: [
        Case(["A retired teacher says she found a lost painting in her attic.", "Maria Kowalczyk said it had hung there for decades."],
             "she found a lost painting", "Maria Kowalczyk", mention: "A retired teacher"),
        Case(["A young nurse says she was told to work three shifts in a row.", "Ada Okafor said the ward was short of staff."],
             "she was told to work", "Ada Okafor"),
        Case(["A Millbrook grandmother says she will swim the bay at 90.", "Ines Halvorsen said she trained all winter."], "she will swim the bay", "Ines Halvorsen"),
        Case(["An elderly fisherman says the sea has changed.", "Kofi Mensah, 81, has fished the bay since he was a boy."], "the sea has changed", "Kofi Mensah"),
        Case(["One former trustee hinted on Sunday that he might come back.", "Omar Reyes told the Ledger he missed the work."], "he might come back", "Omar Reyes"),
    ])
    func ledeDescriptions(_ example: Case) {
        check(example)
    }

    @Test("they for a plural group; it, the board, the company for an organisation named before", arguments: [
        Case(["Teachers at the school are angry, and they say the roof leaks."], "the roof leaks", "Teachers", mention: "they"),
        // Two groups of people joined by "and" speak together.
        Case(["Several doctors and nurses at the clinic say the ward is full."], "the ward is full", "Several doctors and nurses at the clinic"),
        // A possessive noun keeps its own article: the group is the critics of the plan.
        Case(["Critics of the council's harbour plan say it ignores the fishermen."], "it ignores the fishermen", "Critics of the council's harbour plan"),
        Case(["Officials said the pier would close. They said repairs would cost millions."], "repairs would cost millions", "Officials", mention: "They"),
        Case(["Ada Okafor and Kofi Mensah met the board. The pair said the pier would close."], "the pier would close", "The pair"),
        Case(["The Harbour Board voted to close the pier. The board said it would reopen in spring."], "it would reopen in spring", "Harbour Board",
             mention: "The board"),
        Case(["The Harbour Board met on Monday. It said the pier would close."], "the pier would close", "Harbour Board", mention: "It"),
        Case(["Norwick Freight Ltd. cut 200 jobs. It said demand had fallen."], "demand had fallen", "Norwick Freight Ltd", mention: "It"),
        Case(["Norwick Freight Ltd. cut 200 jobs. The company said demand had fallen."], "demand had fallen", "Norwick Freight Ltd", mention: "The company"),
        Case(["Lakeside University opened a new library. The university said it cost millions."], "it cost millions", "Lakeside University",
             mention: "The university"),
    ])
    func groupsAndOrganisations(_ example: Case) {
        check(example)
    }

    @Test("a name set off after a description of the speaker is the speaker", arguments: [
        Case(["“We sold every loaf,” says her husband, Kofi Mensah."], "We sold every loaf", "Kofi Mensah", mention: "Kofi Mensah"),
        Case(["“We sold every loaf,” says the baker’s son, Tomas Berglund."], "We sold every loaf", "Tomas Berglund"),
        Case(["“We are ready,” says Ada Okafor’s deputy, Kofi Mensah."], "We are ready", "Kofi Mensah"),
        Case(["“We are ready,” says his sister, Ada Okafor."], "We are ready", "Ada Okafor"),
        Case(["The head of the rowing club, Tomas Berglund, says the river is too high."], "the river is too high", "Tomas Berglund"),
        Case(["The company’s founder, Ines Halvorsen, says the shop will stay open."], "the shop will stay open", "Ines Halvorsen"),
        Case(["“We stay open,” says the shop’s founder, Ines Halvorsen."], "We stay open", "Ines Halvorsen"),
        // A relative clause after a description set off after a name is about the name.
        Case(["The petition was started by Grete Lund, a retired nurse who said the pool kept her well."],
             "the pool kept her well", "Grete Lund"),
        // Without a name, the description itself.
        Case(["“We are ready,” says her coach, who asked not to be named."], "We are ready", "her coach"),
    ])
    func appositiveNames(_ example: Case) {
        check(example)
    }
}
