import Testing
@testable import BylineCore

/// Reported speech without quote marks, and the sentences that look like it but report
/// nothing.
@Suite("Reported speech")
struct ReportedSpeechTests {
    @Test("said that, told X that, a trailing or parenthetical cue, and participles", arguments: [
        // The cue before the clause, with or without "that", a hearer or a time phrase.
        QuoteCase("Ada Okafor said that the ferry would stop running.", ExpectedQuote("the ferry would stop running", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("Kofi Mensah told the council that the roof was unsafe.", ExpectedQuote("the roof was unsafe", .indirect, "Kofi Mensah", cue: "told")),
        QuoteCase("Ada Okafor told Harbour Radio that the pier was safe.", ExpectedQuote("the pier was safe", .indirect, "Ada Okafor", cue: "told")),
        QuoteCase("Ada Okafor told reporters on Monday that the pier was rotten.", ExpectedQuote("the pier was rotten", .indirect, "Ada Okafor", cue: "told")),
        QuoteCase("Ada Okafor explained that the pier was rotten.", ExpectedQuote("the pier was rotten", .indirect, "Ada Okafor", cue: "explained")),
        QuoteCase("Asked about the pier, Ada Okafor said it was rotten.", ExpectedQuote("it was rotten", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("Ada Okafor says she never wanted the job.", ExpectedQuote("she never wanted the job", .indirect, "Ada Okafor", cue: "says")),
        QuoteCase("Kofi Mensah warned that fares would rise in the spring.", ExpectedQuote("fares would rise in the spring", .indirect, "Kofi Mensah", cue: "warned")),
        QuoteCase("Ada Okafor insisted the pier was safe.", ExpectedQuote("the pier was safe", .indirect, "Ada Okafor", cue: "insisted")),
        QuoteCase("Ada Okafor admitted the pier was unsafe.", ExpectedQuote("the pier was unsafe", .indirect, "Ada Okafor", cue: "admitted")),
        QuoteCase("Ada Okafor has repeatedly said the pier is safe.", ExpectedQuote("the pier is safe", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("Ada Okafor wrote on social media that the pier was safe.", ExpectedQuote("the pier was safe", .indirect, "Ada Okafor", cue: "wrote")),
        QuoteCase("Scientists warn that the glacier is shrinking.", ExpectedQuote("the glacier is shrinking", .indirect, "Scientists", cue: "warn")),
        QuoteCase("Ada Okafor reportedly told the board that the pier was unsafe.", ExpectedQuote("the pier was unsafe", .indirect, "Ada Okafor", cue: "told")),
        // A progressive: the subject stands before "is", "was" or "has been".
        QuoteCase("Ada Okafor is telling voters in Millbrook that the pier will be rebuilt.",
                  ExpectedQuote("the pier will be rebuilt", .indirect, "Ada Okafor", cue: "telling")),
        QuoteCase("Kofi Mensah has been saying that the ferry would stop.",
                  ExpectedQuote("the ferry would stop", .indirect, "Kofi Mensah", cue: "saying")),
        // A place named in apposition between the hearer and "that".
        QuoteCase("Ada Okafor told reporters in the capital, Port Ellen, that the pier was safe.",
                  ExpectedQuote("the pier was safe", .indirect, "Ada Okafor", cue: "told")),
        // The cue after the clause.
        QuoteCase("The roof is unsafe, Kofi Mensah said.", ExpectedQuote("The roof is unsafe", .indirect, "Kofi Mensah", cue: "said")),
        QuoteCase("The pier is safe, Ada Okafor said on Tuesday.", ExpectedQuote("The pier is safe", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("The pier is safe, said Ada Okafor, the harbour engineer.", ExpectedQuote("The pier is safe", .indirect, "Ada Okafor", cue: "said")),
        QuoteCase("The school will close in June, the district announced.",
                  ExpectedQuote("The school will close in June", .indirect, "the district", cue: "announced")),
        QuoteCase("The ferry will be late again, the operator warned.",
                  ExpectedQuote("The ferry will be late again", .indirect, "the operator", cue: "warned")),
        // A participle clause after the cue describes the act of saying, and reports nothing.
        QuoteCase("Millbrook will close its ferry by the end of the year, Mayor Ada Okafor said on Monday, ending a decade of subsidies that residents had defended and that the council had called a burden.",
                  ExpectedQuote("Millbrook will close its ferry by the end of the year", .indirect, "Ada Okafor", cue: "said")),
        // Two cues of one subject.
        QuoteCase(["Ada Okafor noted that the pier was old, and added that it would close."], [
            ExpectedQuote("the pier was old", .indirect, "Ada Okafor", cue: "noted"),
            ExpectedQuote("it would close", .indirect, "Ada Okafor", cue: "added"),
        ]),
        // A parenthetical cue: both sides are the speaker's.
        QuoteCase(["The roof is safe, Kofi Mensah said, but the walls need work."], [
            ExpectedQuote("The roof is safe", .indirect, "Kofi Mensah", cue: "said"),
            ExpectedQuote("but the walls need work", .indirect, "Kofi Mensah", cue: "said"),
        ]),
        // A participle after the main clause takes its subject.
        QuoteCase("Ada Okafor defended the plan, saying it would save money.", ExpectedQuote("it would save money", .indirect, "Ada Okafor", cue: "saying")),
        QuoteCase("Nurses at the hospital walked out, saying they were exhausted.", ExpectedQuote("they were exhausted", .indirect, "Nurses", cue: "saying")),
        // A relative clause between the speaker and the cue.
        QuoteCase("Kofi Mensah, who runs the mill, said the roof leaked.", ExpectedQuote("the roof leaked", .indirect, "Kofi Mensah", cue: "said")),
    ])
    func reported(_ example: QuoteCase) {
        expectQuotes(example)
    }

    @Test("comparisons, negations, greetings and the writer's own voice report no speech", arguments: [
        // "than X says": a comparison, not a statement of X's.
        "Fares are higher than the ferry company says they are.",
        "The delay was longer than officials said it would be.",
        "The deficit is larger than county reports say it is.",
        "Prices rose faster than the ministry says they did.",
        "Prices are lower than the agency says they are.",
        "The pier is longer than most people think it is.",
        // Negated or refused speech.
        "Kofi Mensah did not say whether the roof was safe.",
        "Kofi Mensah never said the roof was safe.",
        "Kofi Mensah would not say who paid for the boat.",
        "Kofi Mensah didn’t say whether the pier was rotten.",
        "Kofi Mensah wouldn’t say when the pier would close.",
        "Kofi Mensah declined to say when the pier would reopen.",
        "Ada Okafor refused to say whether she would run.",
        // A noun object, not a clause.
        "Kofi Mensah said hello to the crowd.",
        "Kofi Mensah said nothing about the boat.",
        "Ada Okafor said goodbye to her crew.",
        "Ada Okafor thanked the volunteers.",
        // The writer, not a source.
        "I think the pier is safe.",
        "We said the pier was safe.",
    ])
    func notSpeech(sentence: String) {
        let reading = Fixture.analyze([sentence])
        #expect(reading.quotes.isEmpty, "found \(reading.quotes.map(\.description))")
    }
}
