import Testing
@testable import BylineCore

/// Quotations in quote marks: where their cue stands, whole against partial quotations, the
/// quoted words that are nobody's speech, and the quotations that continue someone's.
@Suite("Quotations")
struct QuotationTests {
    @Test("a cue after, before, inverted, behind an apposition, a colon or \"according to\"", arguments: [
        // The cue after the quotation, in either order.
        QuoteCase("“The ferry will run on Sundays,” Ada Okafor said.", ExpectedQuote("The ferry will run on Sundays,", .direct, "Ada Okafor", cue: "said")),
        QuoteCase("“The ferry will run on Sundays,” said Ada Okafor.", ExpectedQuote("The ferry will run on Sundays,", .direct, "Ada Okafor", cue: "said")),
        QuoteCase("“Why now?” asked Jonas Adeyemi.", ExpectedQuote("Why now?", .direct, "Jonas Adeyemi", cue: "asked")),
        QuoteCase("“Not yet,” replied Kofi Mensah.", ExpectedQuote("Not yet,", .direct, "Kofi Mensah", cue: "replied")),
        QuoteCase("“We are broke,” Kofi Mensah, 62, said.", ExpectedQuote("We are broke,", .direct, "Kofi Mensah", cue: "said")),
        QuoteCase("“We have no money left,” says Tomas Berglund, the treasurer of the rowing club.",
                  ExpectedQuote("We have no money left,", .direct, "Tomas Berglund", cue: "says")),
        QuoteCase("“We will appeal,” Kofi Mensah told the Harbour Gazette.", ExpectedQuote("We will appeal,", .direct, "Kofi Mensah", cue: "told")),
        QuoteCase("“Nobody warned us,” a fisherman said.", ExpectedQuote("Nobody warned us,", .direct, "a fisherman", cue: "said")),
        // The cue before the quotation.
        QuoteCase("Ada Okafor said: “The ferry will run on Sundays.”", ExpectedQuote("The ferry will run on Sundays.", .direct, "Ada Okafor", cue: "said")),
        QuoteCase("Mayor Ines Halvorsen told reporters, “We will not raise the fares.”",
                  ExpectedQuote("We will not raise the fares.", .direct, "Ines Halvorsen", cue: "told")),
        QuoteCase("Ines Halvorsen announced on Tuesday: “The library stays open.”",
                  ExpectedQuote("The library stays open.", .direct, "Ines Halvorsen", cue: "announced")),
        QuoteCase("In a letter to the council, Ada Okafor wrote: “The pier must close.”",
                  ExpectedQuote("The pier must close.", .direct, "Ada Okafor", cue: "wrote")),
        QuoteCase("In a statement, the Harbour Board said: “The pier will close.”", ExpectedQuote("The pier will close.", .direct, "Harbour Board", cue: "said")),
        QuoteCase("Ada Okafor, the harbour engineer, said, “The pier is rotten.”", ExpectedQuote("The pier is rotten.", .direct, "Ada Okafor", cue: "said")),
        // A colon after the speaker's own sentence.
        QuoteCase("Ada Okafor had a simple message for the crowd: “Go home and vote.”", ExpectedQuote("Go home and vote.", .direct, "Ada Okafor")),
        QuoteCase("Kofi Mensah put it simply: “We are broke.”", ExpectedQuote("We are broke.", .direct, "Kofi Mensah")),
        // An apposition or a relative clause between the quotation and its cue.
        QuoteCase("“The dunes are moving,” Priya Raman, a geologist at Lakeside University, said.",
                  ExpectedQuote("The dunes are moving,", .direct, "Priya Raman", cue: "said")),
        QuoteCase("“The dunes are moving,” Priya Raman, who has studied the coast for a decade, said.",
                  ExpectedQuote("The dunes are moving,", .direct, "Priya Raman", cue: "said")),
        QuoteCase("“We are ready,” said the team’s captain, Kofi Mensah, after the match.",
                  ExpectedQuote("We are ready,", .direct, "Kofi Mensah", cue: "said")),
        QuoteCase("“We are broke,” the union’s leader, Ada Okafor, told members.", ExpectedQuote("We are broke,", .direct, "Ada Okafor", cue: "told")),
        // "According to" before or after.
        QuoteCase("According to Ada Okafor, “the pier is unsafe.”", ExpectedQuote("the pier is unsafe.", .direct, "Ada Okafor", cue: "According to")),
        QuoteCase("“The pier is unsafe,” according to harbour engineer Ada Okafor.",
                  ExpectedQuote("The pier is unsafe,", .direct, "Ada Okafor", cue: "according to")),
        // A cue inside the quotation: both halves are the speaker's.
        QuoteCase(["“The pier,” Ada Okafor said, “is not safe for anyone.”"], [
            ExpectedQuote("The pier,", .direct, "Ada Okafor", cue: "said"),
            ExpectedQuote("is not safe for anyone.", .direct, "Ada Okafor", cue: "said"),
        ]),
        QuoteCase(["“It is rotten,” Ada Okafor said of the pier, “and everybody knows it.”"], [
            ExpectedQuote("It is rotten,", .direct, "Ada Okafor", cue: "said"),
            ExpectedQuote("and everybody knows it.", .direct, "Ada Okafor", cue: "said"),
        ]),
        QuoteCase(["“We are broke,” Kofi Mensah added, “and nobody cares.”"], [
            ExpectedQuote("We are broke,", .direct, "Kofi Mensah", cue: "added"),
            ExpectedQuote("and nobody cares.", .direct, "Kofi Mensah", cue: "added"),
        ]),
    ])
    func cuePositions(_ example: QuoteCase) {
        expectQuotes(example)
    }

    @Test("whole quotations, partial quotations and quoted words inside reported speech", arguments: [
        QuoteCase("Ada Okafor said: “The pier is rotten. It must close.”", ExpectedQuote("The pier is rotten. It must close.", .direct, "Ada Okafor")),
        QuoteCase("Ada Okafor called the fare rise “a tax on the poor.”", ExpectedQuote("a tax on the poor.", .partial, "Ada Okafor", cue: "called")),
        QuoteCase("The minister described the plan as “a bold step toward cleaner harbours.”",
                  ExpectedQuote("a bold step toward cleaner harbours.", .partial, "The minister", cue: "described")),
        QuoteCase("Kofi Mensah praised the “quiet courage of the lifeboat crews” at the ceremony.",
                  ExpectedQuote("quiet courage of the lifeboat crews", .partial, "Kofi Mensah", cue: "praised")),
        QuoteCase("Ada Okafor warned of “a summer of closures and broken promises” ahead.",
                  ExpectedQuote("a summer of closures and broken promises", .partial, "Ada Okafor", cue: "warned")),
        // A few words are a quotation when a cue gives them a speaker.
        QuoteCase("The board promised “swift action” on the pier.", ExpectedQuote("swift action", .partial, "The board", cue: "promised")),
        // Quoted words inside a reported clause belong to the clause, which is the quote.
        QuoteCase("Ada Okafor said the fares were “simply too high for families.”",
                  ExpectedQuote("the fares were “simply too high for families.", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("Ada Okafor said the pier was “rotten to the core.”",
                  ExpectedQuote("the pier was “rotten to the core.", .indirect, "Ada Okafor", cue: "said")),
    ])
    func wholeAndPartial(_ example: QuoteCase) {
        expectQuotes(example)
    }

    @Test("scare quotes, nicknames, titles of works and labelled teasers are nobody's speech", arguments: [
        "The council's so-called “green corridor” has no trees yet.",
        "The board’s plan to “modernise the waterfront” was delayed again.",
        "Residents call the junction “the Knot”.",
        "Locals call the old crane “the Giraffe”.",
        "The choir will perform “Songs of the Northern Lakes” on Friday.",
        "Her novel “A Winter in Ruritania” sold well in the spring.",
        "The film “Ghosts of the Harbour” opens on Friday.",
        "The band played “Down by the Old Pier” twice.",
        "She read from her memoir, “Salt in the Wind,” at the library.",
        "READ MORE: Harbour Board says the pier is “beyond repair”",
        "READ MORE: Ada Okafor says the pier is “rotten to the core”",
        "WATCH: “We were never told,” say flooded residents of Millbrook",
        "WATCH: “The pier is rotten,” says harbour engineer Ada Okafor",
        "RELATED: “It must close,” Ada Okafor told the board",
        "LISTEN: Harbour engineer explains why the pier must close",
        // Words presented as a name or an inscription, whoever the sentence is about.
        "The board also questioned the mayor's so-called “ferry dividend,” a promise of free crossings.",
        "Outside the hall, dozens of parents held placards reading “Save our pool, not the car park.”",
        "Ada Okafor wrote a report titled “Running Dry: The Harbour After the Drought.”",
    ])
    func notQuotes(line: String) {
        let reading = Fixture.analyze(["The council met on Monday.", line, "The vote comes next week."])
        #expect(reading.quotes.isEmpty, "found \(reading.quotes.map(\.description))")
    }

    @Test("a quotation without a cue continues the last speaker, or the person the sentence before it is about", arguments: [
        // The next sentence of the same paragraph.
        QuoteCase(["“We lost the harvest,” said farmer Ada Okafor. “The rain never came.”"], [
            ExpectedQuote("We lost the harvest,", .direct, "Ada Okafor"),
            ExpectedQuote("The rain never came.", .continuation, "Ada Okafor"),
        ]),
        // The next paragraph, and the one after.
        QuoteCase(["“We lost the harvest,” said farmer Ada Okafor.", "“The rain never came. The wells are low.”"], [
            ExpectedQuote("We lost the harvest,", .direct, "Ada Okafor"),
            ExpectedQuote("The rain never came. The wells are low.", .continuation, "Ada Okafor"),
        ]),
        QuoteCase(["“The pier is rotten,” Ada Okafor said.", "“It must close. Nobody listens.”", "“We warned them in May.”"], [
            ExpectedQuote("The pier is rotten,", .direct, "Ada Okafor"),
            ExpectedQuote("It must close. Nobody listens.", .continuation, "Ada Okafor"),
            ExpectedQuote("We warned them in May.", .continuation, "Ada Okafor"),
        ]),
        // Across a paragraph that names nobody.
        QuoteCase(["“The pier is rotten,” Ada Okafor said.", "The board meets next week.", "“It must close before winter.”"], [
            ExpectedQuote("The pier is rotten,", .direct, "Ada Okafor"),
            ExpectedQuote("It must close before winter.", .continuation, "Ada Okafor"),
        ]),
        // After a pronoun cue.
        QuoteCase(["Ada Okafor spoke at length.", "“The pier is rotten,” she said. “It must close.”"], [
            ExpectedQuote("The pier is rotten,", .direct, "Ada Okafor", cue: "said"),
            ExpectedQuote("It must close.", .continuation, "Ada Okafor"),
        ]),
        // Introduced by the subject of the sentence before.
        QuoteCase(["“We lost the harvest,” said farmer Ada Okafor.", "Kofi Mensah, who runs the mill, sees it differently.", "“Bread prices doubled.”"], [
            ExpectedQuote("We lost the harvest,", .direct, "Ada Okafor"),
            ExpectedQuote("Bread prices doubled.", .continuation, "Kofi Mensah"),
        ]),
        QuoteCase(["“The pier is rotten,” said Ada Okafor.", "Kofi Mensah, the harbour master, disagrees.", "“It will last another decade.”"], [
            ExpectedQuote("The pier is rotten,", .direct, "Ada Okafor"),
            ExpectedQuote("It will last another decade.", .continuation, "Kofi Mensah"),
        ]),
        QuoteCase(["Ada Okafor has inspected the pier for a decade.", "“It is rotten. It must close.”"], [
            ExpectedQuote("It is rotten. It must close.", .continuation, "Ada Okafor"),
        ]),
        // Each speaker keeps their own continuations.
        QuoteCase(["“The tide is turning,” Ada Okafor said. “We will win.”", "Kofi Mensah was less sure. “We might,” he said."], [
            ExpectedQuote("The tide is turning,", .direct, "Ada Okafor"),
            ExpectedQuote("We will win.", .continuation, "Ada Okafor"),
            ExpectedQuote("We might,", .direct, "Kofi Mensah", cue: "said"),
        ]),
        QuoteCase([
            "“We waited all night,” said Ada Okafor.", "“Then the boat came.”",
            "Kofi Mensah, her neighbour, waited too. “It was cold,” he said.", "“My hands froze.”",
        ], [
            ExpectedQuote("We waited all night,", .direct, "Ada Okafor"),
            ExpectedQuote("Then the boat came.", .continuation, "Ada Okafor"),
            ExpectedQuote("It was cold,", .direct, "Kofi Mensah"),
            ExpectedQuote("My hands froze.", .continuation, "Kofi Mensah"),
        ]),
        // Too far from any speaker: a quotation of its own, with nobody found.
        QuoteCase([
            "“We lost the harvest,” said farmer Ada Okafor.", "The valley has had three dry summers.", "The mill closed in June.",
            "The bakery followed.", "The school lost half its pupils.", "“The rain never came.”",
        ], [
            ExpectedQuote("We lost the harvest,", .direct, "Ada Okafor"),
            ExpectedQuote("The rain never came.", .direct, nil),
        ]),
    ])
    func continuations(_ example: QuoteCase) {
        expectQuotes(example)
    }
}
