import Testing
@testable import BylineCore

@Suite("Plain-text reader: boilerplate signals")
struct PlainTextBoilerplateTests {
    @Test("page furniture of every kind scores as boilerplate", arguments: [
        "Get our weekly briefing delivered to your inbox! Sign up",
        "Subscribe now and get your first three months free.",
        "Unlimited access to every story for £1 a week. Start your free trial today",
        "By clicking Submit you agree to our terms of use and acknowledge our privacy policy.",
        "We use cookies to give you the best experience on our site. Accept all",
        "You can withdraw your consent at any time. We never share your personal data with third parties.",
        "Share this article on Facebook, Twitter or WhatsApp",
        "Follow us on Instagram and Mastodon",
        "Register",
        "Join Today!",
        "Home | News | Politics | World",
        "Tags: budget, housing, council",
        "Advertisement",
        "The Quayside Chronicle, 12 Harbour Street, Port Ellis, PE4 9RT. Call 01632 960 412 or email desk@quayside.example",
        "Already a subscriber? Log in",
        "Support our journalism. Donate now",
    ])
    func furniture(paragraph: String) {
        #expect(BoilerplateScorer.score(paragraph) >= BoilerplateScorer.boilerplateScore, "\(BoilerplateScorer.signals(in: paragraph))")
    }

    @Test("article prose scores below the marginal line", arguments: [
        "The council voted seven to five on Tuesday to approve the bridge, ending three years of argument.",
        "“We will not be rushed into a decision,” said Finance Minister Ana Ruiz. “The numbers must add up first.”",
        "Critics say the plan relies on a grant that has not yet been awarded.",
        "Share prices fell sharply after the announcement, according to figures from the exchange.",
        "Registered voters in the district rose by 4 percent, the electoral office said.",
        "Experts believe the glacier will lose a fifth of its volume by 2040.",
        "A senior official, who asked not to be named, said talks would resume in the spring.",
        "Residents who want to comment must register with the clerk by Friday, a council spokesperson said.",
    ])
    func prose(paragraph: String) {
        #expect(BoilerplateScorer.score(paragraph) < BoilerplateScorer.marginalScore, "\(BoilerplateScorer.signals(in: paragraph))")
    }

    @Test("signals are named for what they found")
    func signalNames() {
        let signals = BoilerplateScorer.signals(in: "By submitting this form you consent to marketing emails. Unsubscribe any time at https://example.org")
        #expect(signals.contains(.subscriptionOrLegal))
        #expect(signals.contains(.consent))
        #expect(signals.contains(.contactDetails))
        #expect(!signals.contains(.reportedSpeech))
    }

    @Test("a call to action counts only where a sentence starts")
    func callToActionAtSentenceStart() {
        #expect(BoilerplateScorer.signals(in: "Subscribe to the podcast.").contains(.callToAction))
        #expect(!BoilerplateScorer.signals(in: "Few readers subscribe to the podcast.").contains(.callToAction))
    }

    @Test("phone numbers: digits with phone punctuation, not broken by other marks", arguments: [
        ("Call (01632) 960-412 today.", true),
        ("Call +44 1632 960412 today.", true),
        ("Call 01632–960412 today.", false),
        ("In 2026 some 1,632,960 people voted.", false),
    ])
    func phoneNumbers(paragraph: String, isContact: Bool) {
        #expect(BoilerplateScorer.signals(in: paragraph).contains(.contactDetails) == isContact)
    }

    @Test("every known word has the same number by its bytes as by its string, and words are found in any case")
    func knownWordsAreFound() {
        let words = PhraseLists.all.joined().flatMap { $0.split(separator: " ").map(String.init) } + ContactDetails.knownWords
        #expect(words.contains { $0.utf8.contains { $0 >= 0x80 } })
        let isComposed = { (word: String) in word.unicodeScalars.allSatisfy(TextNormalizer.isCompositionInert) }
        #expect(words.allSatisfy { KnownWords.number(of: Array($0.utf8), isComposed: isComposed($0)) == KnownWords.number(of: $0) })
        #expect(words.allSatisfy { KnownWords.number(of: Array($0.utf8)) != KnownWords.unknown })
        #expect(WordTokens("Straße, Cafe\u{301}, Zürich").numbers == Array(repeating: KnownWords.unknown, count: 3))
        #expect(WordTokens("SUBSCRIBE Subscribe subscribe").numbers == Array(repeating: KnownWords.number(of: "subscribe"), count: 3))
    }

    @Test("a postal address: a short number followed by a street word, or a post office box", arguments: [
        ("Write to us at 12 Harbour Street.", true),
        ("Write to PO Box 40.", true),
        ("Write to us at 123456 Harbour Street.", false),
        ("Write to us at ١٢ Harbour Street.", true),
    ])
    func postalAddress(paragraph: String, isContact: Bool) {
        #expect(BoilerplateScorer.signals(in: paragraph).contains(.contactDetails) == isContact)
    }

    @Test("phrases are matched on whole words, with curly apostrophes and any case")
    func phraseMatching() {
        #expect(BoilerplateScorer.signals(in: "Don’t miss a story. Try it now").contains(.callToAction))
        #expect(BoilerplateScorer.signals(in: "SIGN UP.").contains(.callToAction))
        #expect(!BoilerplateScorer.signals(in: "Signups rose.").contains(.callToAction))
        #expect(BoilerplateScorer.signals(in: "Straße und Café: we use cookies").contains(.subscriptionOrLegal))
    }

    @Test("very long paragraphs are prose whatever they say")
    func longParagraphs() {
        let long = String(repeating: "Sign up for our newsletter today! ", count: 200)
        #expect(BoilerplateScorer.score(long) < 0)
    }
}

@Suite("Plain-text reader: trimming boilerplate runs")
struct BoilerplateTrimmerTests {
    private func ends(_ scores: [Int]) -> (head: Int, tail: Int) {
        BoilerplateTrimmer.ends(count: scores.count) { scores[$0] }
    }

    @Test("strong runs at both ends are cut")
    func bothEnds() {
        let cut = ends([3, 2, 0, 0, 0, 2, 4])
        #expect(cut.head == 2)
        #expect(cut.tail == 2)
    }

    @Test("a weak paragraph goes only when stronger boilerplate lies between it and the article")
    func weakOutsideStrong() {
        #expect(ends([0, 0, 2, 1]).tail == 2)
        #expect(ends([0, 0, 1, 2]).tail == 1)
        #expect(ends([0, 0, 0, 1]).tail == 0)
    }

    @Test("nothing in the middle is cut")
    func middleUntouched() {
        let cut = ends([0, 3, 3, 0, 0])
        #expect(cut.head == 0)
        #expect(cut.tail == 0)
    }

    @Test("runs are looked for only so far from each end")
    func longestRun() {
        let cut = ends(Array(repeating: 2, count: 1_000))
        #expect(cut.head == BoilerplateTrimmer.longestRun)
        #expect(cut.tail == BoilerplateTrimmer.longestRun)
    }

    @Test("a text that is all furniture is kept whole")
    func neverEverything() {
        let cut = ends([2, 3, 2])
        #expect(cut.head == 0)
        #expect(cut.tail == 0)
        let article = PlainTextReader.read("Sign up for our newsletter!\n\nSubscribe Today!\n\nFollow us on Facebook and Instagram")
        #expect(article.paragraphs.count == 3)
    }
}
