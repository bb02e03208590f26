import Testing
@testable import BylineCore

@Suite("Quote attribution")
struct QuoteAttributionTests {
    /// Checks that every expected quote is found with its kind, speaker and (if given) cue.
    private func check(_ paragraphs: [String], _ expected: [ExpectedQuote], exactly: Bool = true) {
        let found = analyzeQuotes(paragraphs).found
        if exactly { #expect(found.count == expected.count, "found \(found.map { "\($0.kind) “\($0.text)” by \($0.speaker ?? "nobody")" })") }
        for quote in expected {
            let match = found.first { $0.text.hasPrefix(quote.text) || quote.text.hasPrefix($0.text) && !$0.text.isEmpty }
            #expect(match != nil, "missing \(quote)")
            guard let match else { continue }
            #expect(match.kind == quote.kind, "kind of \(quote)")
            #expect(match.speaker == quote.speaker, "speaker of \(quote): got \(match.speaker ?? "nobody")")
            if let cue = quote.cue { #expect(match.cue == cue, "cue of \(quote)") }
        }
    }

    @Test("the cue after the quotation, in either order")
    func cueAfter() {
        check(["“The bridge will open in May,” Lena Ortiz said."], [ExpectedQuote("The bridge will open in May,", .direct, "Lena Ortiz", cue: "said")])
        check(["“The bridge will open in May,” said Lena Ortiz."], [ExpectedQuote("The bridge will open in May,", .direct, "Lena Ortiz", cue: "said")])
        check(["“Is it safe?” asked Lena Ortiz, the city engineer."], [ExpectedQuote("Is it safe?", .direct, "Lena Ortiz", cue: "asked")])
    }

    @Test("the cue before the quotation, with time phrases and appositions")
    func cueBefore() {
        check(["Lena Ortiz said, “The bridge will open in May.”"], [ExpectedQuote("The bridge will open in May.", .direct, "Lena Ortiz", cue: "said")])
        check(["Lena Ortiz wrote in December: “The bridge will open in May.”"], [ExpectedQuote("The bridge will open in May.", .direct, "Lena Ortiz", cue: "wrote")])
        check(["Paul Brandt, a professor of engineering at Norfield College, told the Valley Courier, “Nobody checked the bolts.”"],
              [ExpectedQuote("Nobody checked the bolts.", .direct, "Paul Brandt", cue: "told")])
    }

    @Test("an apposition between the quotation and its cue")
    func apposition() {
        check(["“Nobody checked the bolts,” Paul Brandt, a professor of engineering at Norfield College, told the Valley Courier."],
              [ExpectedQuote("Nobody checked the bolts,", .direct, "Paul Brandt", cue: "told")])
    }

    @Test("the publication a speaker talks to is not the speaker")
    func interviewer() {
        let result = analyzeQuotes(["“The plan is sound,” Ada Kim told The Harbour Gazette."])
        #expect(result.found.first?.speaker == "Ada Kim")
        #expect(!result.analysis.sources.contains { $0.name.contains("Gazette") })
    }

    @Test("a continuation inherits the last speaker")
    func continuation() {
        check([
            "“We planted early,” said farmer Jonas Weber. “The frost came anyway.”",
            "“Next year we will wait.”",
        ], [
            ExpectedQuote("We planted early,", .direct, "Jonas Weber"),
            ExpectedQuote("The frost came anyway.", .continuation, "Jonas Weber"),
            ExpectedQuote("Next year we will wait.", .continuation, "Jonas Weber"),
        ])
    }

    @Test("a paragraph about someone introduces the quotation that opens the next")
    func introduced() {
        check([
            "“The tide is early,” said harbour master Ines Coelho.",
            "Bruno Maas, who fishes the bay, disagrees with the new rules.",
            "“Nobody asked us.”",
        ], [
            ExpectedQuote("The tide is early,", .direct, "Ines Coelho"),
            ExpectedQuote("Nobody asked us.", .continuation, "Bruno Maas"),
        ])
    }

    @Test("a colon after the speaker's own sentence leads into the quotation")
    func colonIntroduction() {
        check(["Sven Olsen posted a photo with two words: “Still here.”"],
              [ExpectedQuote("Still here.", .direct, "Sven Olsen")])
    }

    @Test("they stands for the plural subject of its sentence")
    func pluralThey() {
        check(["Local farmers are worried about the drought, and they say the wells are failing."],
              [ExpectedQuote("the wells are failing", .indirect, "Local farmers", cue: "say")])
    }

    @Test("two speakers in one paragraph keep their own quotes")
    func twoSpeakers() {
        check(["“Prices will fall,” said Omar Haddad. “They will rise,” Greta Lind replied."], [
            ExpectedQuote("Prices will fall,", .direct, "Omar Haddad"),
            ExpectedQuote("They will rise,", .direct, "Greta Lind", cue: "replied"),
        ])
    }

    @Test("pronouns resolve through honorifics and earlier pronouns")
    func pronouns() {
        check([
            "Ms. Rosa Delgado runs the shelter. Tom Becker, her deputy, joined in May.",
            "“We need more beds,” she said.",
            "Mr. Becker agreed. “The winter will be hard,” he said.",
        ], [
            ExpectedQuote("We need more beds,", .direct, "Rosa Delgado"),
            ExpectedQuote("The winter will be hard,", .direct, "Tom Becker"),
        ])
        check([
            "Nadia Petrov founded the lab in 2010. She still leads it.",
            "Karl Moser joined later, and his team built the sensor.",
            "“It took years,” she said.",
        ], [ExpectedQuote("It took years,", .direct, "Nadia Petrov")])
    }

    @Test("name variants merge into one canonical source")
    func nameVariants() {
        let result = analyzeQuotes([
            "President Ilse Marten visited the port on Monday.",
            "“Trade is up,” Marten said.",
            "“We will build more,” said Ms. Marten.",
            "“It is a good year,” President Marten added.",
        ])
        #expect(result.found.map(\.speaker) == ["Ilse Marten", "Ilse Marten", "Ilse Marten"])
        #expect(result.analysis.sources.filter { $0.name == "Ilse Marten" }.count == 1)
        #expect((result.analysis.sources.first { $0.name == "Ilse Marten" }?.mentions.count ?? 0) >= 4)
    }

    @Test("a family name means the person the article introduced first; shorter full names join longer ones")
    func familyNames() {
        check([
            "Marisol Vega Duarte opened the bakery in 2015. Her cousin, Tomas Duarte, joined her later.",
            "“We bake at four,” Duarte said.",
            "“It is worth it,” Vega Duarte added.",
        ], [
            ExpectedQuote("We bake at four,", .direct, "Marisol Vega Duarte"),
            ExpectedQuote("It is worth it,", .direct, "Marisol Vega Duarte"),
        ])
    }

    @Test("an epithet stands for the person the article is about")
    func epithet() {
        check(["Rafael Ortega has run the ferry for 30 years.", "“The river decides,” says the weathered boatman."],
              [ExpectedQuote("The river decides,", .direct, "Rafael Ortega")])
    }

    @Test("the mayor, the company: titles and organisations named earlier")
    func definiteDescriptions() {
        check(["Mayor Dana Whitfield opened the hall. Brightwell Corp. paid for it.",
               "“It is for everyone,” the mayor said.", "The company said it would pay for repairs too."], [
            ExpectedQuote("It is for everyone,", .direct, "Dana Whitfield"),
            ExpectedQuote("it would pay for repairs too", .indirect, "Brightwell Corp"),
        ])
    }

    @Test("a clause quoting some words before its cue is reported speech")
    func quotedClause() {
        check(["Her first year was “hard but worth it,” Mina Cole said."],
              [ExpectedQuote("Her first year was “hard but worth it,", .indirect, "Mina Cole", cue: "said")])
    }

    @Test("titles of works in quotation marks are not quotes")
    func worksTitles() {
        let found = analyzeQuotes(["The studio said its film “The Long Night of the River” opens in May."]).found
        #expect(!found.contains { $0.text.hasPrefix("The Long Night") })
    }

    @Test("surname-first names resolve from the title and the family name")
    func surnameFirst() {
        check(["Chinese President Zhao Ming met the delegation.", "“The talks were useful,” President Zhao said."],
              [ExpectedQuote("The talks were useful,", .direct, "Zhao Ming")])
    }

    @Test("organisations, media and documents speak")
    func institutions() {
        check(["The ministry said the new rules would take effect in June."], [ExpectedQuote("the new rules would take effect in June", .indirect, "The ministry", cue: "said")])
        check(["Norfolk Radio reported that the ferry had been cancelled."], [ExpectedQuote("the ferry had been cancelled", .indirect, "Norfolk Radio", cue: "reported")])
        check(["The report said that most wells were dry."], [ExpectedQuote("most wells were dry", .indirect, "The report", cue: "said")])
        check(["State-run media in Veloria reported on May 2 that “the border is calm.”"], [ExpectedQuote("the border is calm.", .direct, "State-run media in Veloria", cue: "reported")])
        let kinds = analyzeQuotes(["The report said that most wells were dry. Norfolk Radio reported that the ferry had been cancelled."]).analysis.sources.map(\.kind)
        #expect(kinds == [.document, .media])
    }

    @Test("reported speech without quotation marks", arguments: [
        ("Mayor Ruth Okafor said the budget was balanced.", "the budget was balanced", "Ruth Okafor", "said"),
        ("Ruth Okafor said that the budget was balanced.", "the budget was balanced", "Ruth Okafor", "said"),
        ("According to Ruth Okafor, the budget was balanced.", "the budget was balanced", "Ruth Okafor", "According to"),
        ("The budget was balanced, Ruth Okafor said.", "The budget was balanced", "Ruth Okafor", "said"),
        ("Ruth Okafor told reporters the budget was balanced.", "the budget was balanced", "Ruth Okafor", "told"),
        ("Ruth Okafor warned the budget would not balance.", "the budget would not balance", "Ruth Okafor", "warned"),
    ])
    func indirect(sentence: String, content: String, speaker: String, cue: String) {
        check([sentence], [ExpectedQuote(content, .indirect, speaker, cue: cue)])
    }

    @Test("a later \"that\" inside the reported clause does not open it", arguments: [
        ("Ruth Okafor said the council has learned from that mistake.", "the council has learned from that mistake", "said"),
        ("Ruth Okafor said he is sure of that outcome.", "he is sure of that outcome", "said"),
        ("Ruth Okafor said the plan cuts money for groups that ignore the rules.", "the plan cuts money for groups that ignore the rules", "said"),
        ("Ruth Okafor said on Monday that the budget was balanced.", "the budget was balanced", "said"),
        ("Ruth Okafor told the council that the budget was balanced.", "the budget was balanced", "told"),
        ("Ruth Okafor argued in that speech the budget would balance.", "the budget would balance", "argued"),
    ])
    func laterThat(sentence: String, content: String, cue: String) {
        check([sentence], [ExpectedQuote(content, .indirect, "Ruth Okafor", cue: cue)])
    }

    @Test("verbs that also take a noun report only a clause", arguments: [
        ("Dozens of former staff posted accounts of bullying by their managers.", false),
        ("Ruth Okafor denied the request for a recount.", false),
        ("Ruth Okafor wrote a history of the valley in 1999.", false),
        ("Council members showed their support by voting yes.", false),
        ("The weather office was projecting winds of 80 kilometres an hour.", false),
        ("Ruth Okafor denied she had seen the letter.", true),
        ("Ruth Okafor wrote the budget would not balance.", true),
        ("Ruth Okafor posted that the road was closed.", true),
    ])
    func nounObjects(sentence: String, reports: Bool) {
        let found = analyzeQuotes([sentence]).found
        #expect(found.contains { $0.kind == .indirect } == reports, "found \(found.map(\.text))")
    }

    @Test("a description that opens a lede is the person the next sentence names", arguments: [
        (["A local hockey coach says he is grateful for the video his players made.", "Dana Whit said the video moved him to tears."], "Dana Whit"),
        (["One former trustee hinted on Sunday that he might come back.", "Omar Reyes told the Ledger he missed the work."], "Omar Reyes"),
        (["The road was closed for hours, a police spokesman said.", "Dana Whit said she heard a crash."], "a police spokesman"),
        (["A local hockey coach says he is grateful for the video.", "The team raised money, and Dana Whit said thanks."], "A local hockey coach"),
    ])
    func ledeDescription(paragraphs: [String], speaker: String) {
        let first = analyzeQuotes(paragraphs).found.first
        #expect(first?.speaker == speaker, "got \(first?.speaker ?? "nobody")")
    }

    @Test("\"the mayor\" is the person holding that title, else the person the article follows", arguments: [
        (["Mayor Ana Ruiz opened the bridge.", "Leo Park spoke next.", "The mayor said the bridge was safe."], "Ana Ruiz"),
        (["Doug Fenn won the vote in October.", "The mayor said the budget would be balanced."], "Doug Fenn"),
        (["Omar Bell was hurt in the crash.", "The father said the road was dangerous."], "The father"),
    ])
    func titleDescription(paragraphs: [String], speaker: String) {
        let last = analyzeQuotes(paragraphs).found.last
        #expect(last?.speaker == speaker, "got \(last?.speaker ?? "nobody")")
    }

    @Test("a name set off after an inverted description is the speaker", arguments: [
        ("“We sold out,” says her partner, Jo Lee.", "Jo Lee"),
        ("“We sold out,” says Ada Kim’s business partner, Jo Lee.", "Jo Lee"),
        ("“We sold out,” said the shop’s owner, Dr. Jo Lee, on Monday.", "Jo Lee"),
        ("“We sold out,” says her partner, who runs the shop.", "her partner"),
    ])
    func appositiveName(sentence: String, speaker: String) {
        let first = analyzeQuotes([sentence]).found.first
        #expect(first?.speaker == speaker, "got \(first?.speaker ?? "nobody")")
    }

    @Test("a word after an honorific is a name even when it is also a month or a modal", arguments: [
        ("Lena Ortiz May chairs the board. On Tuesday, Ms. May said the board would meet again.", "Lena Ortiz May"),
        ("The hearing ended. Mr. April said the ruling was fair.", "April"),
    ])
    func honorificName(text: String, speaker: String) {
        let found = analyzeQuotes([text]).found
        #expect(found.last?.speaker == speaker, "found \(found.map { "\($0.text) by \($0.speaker ?? "nobody")" })")
    }

    @Test("comparisons and labelled teasers report nothing", arguments: [
        "The deficit is larger than county reports say it is.",
        "Costs are lower than the agency says they are.",
        "READ MORE: Mayor says the bridge is “perfectly safe” after inspection",
        "WATCH: “We will rebuild,” the owner says as the mill burns",
    ])
    func notReports(text: String) {
        let found = analyzeQuotes(["The council met on Monday.", text, "The vote comes next week."]).found
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test("coordinated and participle cues take the sentence's subject")
    func coordinated() {
        check(["Ruth Okafor said the budget was balanced, and added that taxes would not rise."], [
            ExpectedQuote("the budget was balanced", .indirect, "Ruth Okafor", cue: "said"),
            ExpectedQuote("taxes would not rise", .indirect, "Ruth Okafor", cue: "added"),
        ])
        check(["The budget is balanced, Ruth Okafor said, and taxes will stay low."], [
            ExpectedQuote("The budget is balanced", .indirect, "Ruth Okafor", cue: "said"),
            ExpectedQuote("and taxes will stay low", .indirect, "Ruth Okafor", cue: "said"),
        ])
        check(["The vote will pass, said Jo Lee, director of the campaign, in a statement."],
              [ExpectedQuote("The vote will pass", .indirect, "Jo Lee", cue: "said")])
        check(["Sen. Ada Byrne, D-Mont., a member of the committee, said the vote would pass."],
              [ExpectedQuote("the vote would pass", .indirect, "Ada Byrne", cue: "said")])
        check(["The director of the port, Hana Ito, says the cranes are idle."],
              [ExpectedQuote("the cranes are idle", .indirect, "Hana Ito", cue: "says")])
        check(["People arrested at the camp said that the police used force."],
              [ExpectedQuote("the police used force", .indirect, "People arrested at the camp", cue: "said")])
        check(["Ruth Okafor defended the budget, saying taxes would not rise."],
              [ExpectedQuote("taxes would not rise", .indirect, "Ruth Okafor", cue: "saying")])
        check(["Ruth Okafor said in her speech on Monday she would not run again."],
              [ExpectedQuote("she would not run again", .indirect, "Ruth Okafor", cue: "said")])
    }

    @Test("sentences that report nothing give no quote", arguments: [
        "Ruth Okafor said goodbye to her staff.",
        "Ruth Okafor did not say whether the budget was balanced.",
        "I think the budget is balanced.",
        "Mayor says budget is balanced",
        "It was reported that the road had closed.",
        "Police found a car in the river.",
        "The mill closed in 1998 and never reopened.",
    ])
    func noReportedSpeech(sentence: String) {
        let found = analyzeQuotes([sentence]).found
        #expect(found.allSatisfy { $0.speaker == nil }, "found \(found.map(\.text))")
    }

    @Test("partial quotations and scare quotes")
    func partials() {
        check(["Critics called the plan “a costly mistake” in letters to the council."], [ExpectedQuote("a costly mistake", .partial, "Critics", cue: "called")])
        let terms = analyzeQuotes(["The agency's effort to “modernize delivery” was delayed again. The “Hump” is a steep hill."]).found
        #expect(terms.isEmpty, "scare quotes and quoted names are nobody's speech: \(terms.map(\.text))")
        check(["The mayor praised the “tireless and generous volunteers of the valley” in a speech."],
              [ExpectedQuote("tireless and generous volunteers of the valley", .partial, "The mayor", cue: "praised")])
    }

    @Test("apostrophes are not quotation marks")
    func apostrophes() {
        let found = analyzeQuotes(["The King’s men liked rock ’n’ roll in the ’90s, and the students’ union agreed."]).found
        #expect(found.isEmpty)
    }

    @Test("nested quotations stay inside their host")
    func nested() {
        check(["“He told me ‘never again’ and left,” Ivo Sand said."], [ExpectedQuote("He told me ‘never again’ and left,", .direct, "Ivo Sand")])
    }

    @Test("other quotation mark styles", arguments: [
        ("«Wir bleiben hier», sagte Anna Berg. “Fine,” Leo Park said.", "Fine,"),
        ("„Fine,“ Leo Park said.", "Fine,"),
        ("\"Fine,\" Leo Park said.", "Fine,"),
        ("'Fine,' Leo Park said.", "Fine,"),
        ("「Fine,」 Leo Park said.", "Fine,"),
    ])
    func markStyles(text: String, quote: String) {
        let result = analyzeQuotes([text])
        let match = result.found.first { $0.text == quote }
        #expect(match?.speaker == "Leo Park", "found \(result.found.map(\.text))")
        #expect(result.analysis.sources.first { $0.name == "Leo Park" }?.kind == .person)
    }

    @Test("a quotation over several paragraphs")
    func multiParagraph() {
        check([
            "Vera Holm said: “The first winter was the worst. We had no heat.",
            "“By spring the pipes were fixed.”",
        ], [
            ExpectedQuote("The first winter was the worst. We had no heat.", .direct, "Vera Holm"),
            ExpectedQuote("By spring the pipes were fixed.", .continuation, "Vera Holm"),
        ])
    }

    @Test("a closing mark whose opener was left out still closes a quotation")
    func missingOpener() {
        check(["“We won,” Aki Mori said. It was a long season. I am proud of the team.”"], [
            ExpectedQuote("We won,", .direct, "Aki Mori"),
            ExpectedQuote("It was a long season. I am proud of the team.", .continuation, "Aki Mori"),
        ])
    }

    @Test("an unbalanced mark stays inside its paragraph")
    func unbalanced() {
        let found = analyzeQuotes([
            "The sign read “closed for repairs.",
            "Next door, the bakery stayed open all week.",
            "“It was busy,” said Ines Vale.",
        ]).found
        #expect(found.allSatisfy { !$0.text.contains("bakery") })
        #expect(found.contains { $0.text == "It was busy," && $0.speaker == "Ines Vale" })
    }

    @Test("beliefs, feelings, intentions and findings are claims of their source, not quotes", arguments: [
        ("Ruth Okafor believes the budget is balanced.", "the budget is balanced", "Ruth Okafor"),
        ("Many growers fear the levy will ruin them.", "the levy will ruin them", "Many growers"),
        ("The mayor wants the pier rebuilt by spring, Ruth Okafor said.", "The mayor wants the pier rebuilt by spring", "Ruth Okafor"),
        ("The survey found that most wells were dry.", "most wells were dry", "The survey"),
        ("The figures show that rents rose again in May.", "rents rose again in May", "The figures"),
        ("A poll of farmers suggests the levy is unpopular.", "the levy is unpopular", "A poll of farmers"),
    ])
    func beliefsAndFindingsAreClaims(sentence: String, content: String, source: String) throws {
        let analysis = analyzeQuotes([sentence]).analysis
        let scalars = Array(sentence.unicodeScalars)
        let words = { (range: TextRange) in String(String.UnicodeScalarView(scalars[range.start..<range.end])) }
        if source == "Ruth Okafor" {
            // The statement quoted is the one said; the belief inside it is not a quote of its own.
            #expect(analysis.quotes.allSatisfy { analysis.source(at: $0.sourceIndex)?.name == source })
        } else {
            #expect(analysis.quotes.isEmpty, "quotes: \(analysis.quotes.map { words($0.range) })")
        }
        let claim = try #require(analysis.claims.first { words($0.range).contains(content) || content.contains(words($0.range)) })
        #expect(analysis.source(at: claim.sourceIndex)?.name == source)
    }
}

@Suite("Quotes set apart for display")
struct DisplayedQuotationTests {
    @Test("a pull quote repeating words quoted in the story is not a quote of its own")
    func pullQuote() {
        let paragraphs = [
            "“The tide comes in twice a day and the pier must stand it every time,” said Ada Okafor, the harbour engineer.",
            "The board will vote in May.",
            "“The tide comes in twice a day and the pier must stand it every time.”",
        ]
        let found = analyzeQuotes(paragraphs).found
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ada Okafor")
    }

    @Test("a quotation in its own paragraph that repeats nothing is a continuation")
    func notAPullQuote() {
        let found = analyzeQuotes([
            "“The tide comes in twice a day,” said Ada Okafor, the harbour engineer.",
            "“The pier must stand it every time, and it has for a century.”",
        ]).found
        #expect(found.count == 2)
        #expect(found.last?.kind == .continuation)
        #expect(found.last?.speaker == "Ada Okafor")
    }
}
