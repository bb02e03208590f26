import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

/// A long article: `paragraphs` numbered paragraphs of filler.
func longArticleLibrary(paragraphs: Int = 60) -> InMemoryLibrary {
    var builder = ArticleBuilder()
    for index in 1...paragraphs {
        builder.append("Paragraph \(index) starts here and goes on with enough words to wrap over more than one line of the reader.")
    }
    let article = Article(title: "Long", text: builder.text, paragraphs: builder.paragraphs)
    return InMemoryLibrary(entries: [.init(id: 1, article: article, analysis: Analysis())])
}

@Suite struct ReaderUpdateTests {
    private func reader(_ size: Size = Size(width: 80, height: 24)) -> Harness {
        var app = Harness(size: size)
        app.openFixture()
        return app
    }

    @Test func scrollsLinesAndPagesWithinTheArticle() {
        var app = Harness(size: Size(width: 60, height: 12), library: longArticleLibrary())
        app.openFixture()
        app.type("j")
        #expect(app.state.reader?.top == 1)
        app.type("3j")
        #expect(app.state.reader?.top == 4)
        app.type("k")
        #expect(app.state.reader?.top == 3)
        app.type("<Space>")
        #expect(app.state.reader?.top == 12)
        app.type("b")
        #expect(app.state.reader?.top == 3)
        app.type("G")
        let lines = app.state.reader!.layout.lines.count
        #expect(app.state.reader?.top == lines - 11)
        app.type("j")
        #expect(app.state.reader?.top == lines - 11, "never past the end")
        app.type("gg")
        #expect(app.state.reader?.top == 0)
        app.type("<C-o>")
        #expect(app.state.reader?.top == lines - 11, "gg was a jump")
    }

    @Test func jumpsBetweenQuotesAndNamesTheSpeaker() {
        var app = reader(Size(width: 140, height: 24))
        app.type("]q")
        #expect(app.state.reader?.focus == .quote(0))
        #expect(app.statusLine.contains("Lena Ortiz, Mayor [official]"))
        app.type("]q")
        #expect(app.state.reader?.focus == .quote(1))
        #expect(app.statusLine.contains("Amir Haddad, professor of engineering, Northgate University [expert]"))
        app.type("]q")
        #expect(app.state.reader?.focus == .quote(1))
        #expect(app.statusLine.contains("No further quote"))
        app.type("[q")
        #expect(app.state.reader?.focus == .quote(0))
        app.type("2]q")
        #expect(app.state.reader?.focus == .quote(1))
    }

    @Test func jumpsBetweenClaimsVagueOnesMarked() {
        var app = reader()
        app.type("]c")
        #expect(app.state.reader?.focus == .claim(0))
        #expect(app.statusLine.contains("Claim 1/2 — Lena Ortiz"))
        app.type("]c")
        #expect(app.state.reader?.focus == .claim(1))
        #expect(app.statusLine.contains("(vague) — no source"))
        app.type("[c")
        #expect(app.state.reader?.focus == .claim(0))
    }

    @Test func goesFromAQuoteToItsSourceAndBack() {
        var app = reader(Size(width: 140, height: 24))
        app.type("]q")
        app.type("]q")
        app.type("gs")
        #expect(app.state.reader?.focus == .mention(source: 1, index: 0))
        #expect(app.statusLine.contains("Amir Haddad — professor of engineering, Northgate University · expert · 1 quote"))
        app.type("<C-o>")
        #expect(app.state.reader?.focus == .quote(1))
        app.type("<C-i>")
        #expect(app.state.reader?.focus == .mention(source: 1, index: 0))
        app.type("<C-i>")
        #expect(app.statusLine.contains("At the newest jump"))
    }

    @Test func walksTheMentionsAndStatementsOfTheSelectedSource() {
        var app = reader()
        app.type("]q")
        app.type("gs")
        #expect(app.state.reader?.focus == .mention(source: 0, index: 0))
        app.type("]s")
        #expect(app.state.reader?.focus == .mention(source: 0, index: 1))
        app.type("[s")
        #expect(app.state.reader?.focus == .mention(source: 0, index: 0))
        app.type("gc")
        #expect(app.state.reader?.focus == .claim(0))
        app.type("gc")
        #expect(app.state.reader?.focus == .quote(0))
        app.type("gc")
        #expect(app.state.reader?.focus == .claim(0), "round and round")
    }

    @Test func sourceCommandsNeedASelection() {
        var app = reader()
        app.type("]s")
        #expect(app.statusLine.contains("Select a source first"))
        app.type("gs")
        #expect(app.statusLine.contains("Go to a quote or a claim first"))
        app.type("]c")
        app.type("]c")
        app.type("gs")
        #expect(app.statusLine.contains("No source found"))
    }

    @Test func searchesTheArticle() {
        var app = reader()
        app.type("/")
        app.typeText("SAID")
        app.type("<Enter>")
        let matches = app.state.reader!.matches
        #expect(matches.count == 3)
        #expect(app.state.reader?.focus == .passage(matches[0]))
        #expect(app.statusLine.contains("Match 1/3 for \"SAID\""))
        app.type("n")
        #expect(app.state.reader?.focus == .passage(matches[1]))
        app.type("N")
        app.type("N")
        #expect(app.state.reader?.focus == .passage(matches[2]), "wraps around")
        app.type("<Esc>")
        #expect(app.state.reader?.matches.isEmpty == true)
        app.type("/")
        app.typeText("zebra")
        app.type("<Enter>")
        #expect(app.statusLine.contains("Not found: zebra"))
    }

    @Test func opensLinksByNumber() {
        var app = reader()
        app.type("1o")
        #expect(app.effects.last == .openURL("https://example.org/nu"))
        app.type("7o")
        #expect(app.statusLine.contains("No link [7]"))
        app.type("o")
        #expect(app.statusLine.contains("Type the link's number, then o"))
    }

    @Test("only http, https and mailto links are opened; any other target is shown")
    func opensOnlySafeLinks() {
        let targets = ["--remote-debugging-port=9222", "file:///etc/passwd", "javascript:alert(1)",
                       "https://example.org/a\u{1B}]0;retitled\u{07}", "HTTPS://example.org/ok", "mailto:desk@example.org", "http:"]
        var builder = ArticleBuilder()
        for (index, target) in targets.enumerated() {
            let text = "Link number \(index + 1) of the article."
            builder.append(text, links: [Link(range: TextRange(start: 0, end: 4), url: target)])
        }
        let article = Article(title: "Links", text: builder.text, paragraphs: builder.paragraphs)
        var app = Harness(size: Size(width: 120, height: 24), library: InMemoryLibrary(entries: [.init(id: 1, article: article, analysis: Analysis())]))
        app.openFixture()
        var opened: [Effect] = []
        for number in 1...targets.count {
            let before = app.effects.count
            app.type("\(number)o")
            opened += app.effects[before...].filter { if case .openURL = $0 { true } else { false } }
            if number <= 4 || number == 7 {
                #expect(app.statusLine.contains("Not opened"), "link \(number): \(app.statusLine)")
            }
        }
        #expect(opened == [.openURL("HTTPS://example.org/ok"), .openURL("mailto:desk@example.org")])
        app.type("1o")
        #expect(app.statusLine.contains("--remote-debugging-port=9222"), "the refused target is shown")
        #expect(!app.screenText.contains("\u{1B}"))
    }

    @Test func thePanelTogglesTakesFocusAndJumps() {
        var app = reader(Size(width: 100, height: 24))
        app.type("<Tab>")
        #expect(app.statusLine.contains("At the newest jump"), "Tab with the panel hidden is Ctrl-i")
        app.type("p")
        #expect(app.state.reader?.isPanelVisible == true)
        #expect(app.state.reader!.layout.width < 96, "the text makes room")
        app.type("<Tab>")
        #expect(app.state.reader?.isPanelFocused == true)
        app.type("j")
        #expect(app.state.reader?.selectedSource == 1)
        app.type("<Enter>")
        #expect(app.state.reader?.focus == .mention(source: 1, index: 0))
        #expect(app.state.reader?.isPanelFocused == false)
        app.type("<Tab>")
        app.type("G")
        app.type("<Enter>")
        #expect(app.state.reader?.focus == .claim(1))
        app.type("p")
        #expect(app.state.reader?.isPanelVisible == false)
    }

    @Test func opensTheSpeakerScreen() {
        var app = reader()
        app.type("]q")
        app.type("P")
        #expect(app.state.screen == .speaker)
        #expect(app.effects.last == .loadSpeaker(name: "Lena Ortiz"))
        #expect(app.state.speaker.profile?.quotes.count == 1)
        #expect(app.screenText.contains("Mayor (official) · 1 quote"))
        app.type("<Enter>")
        #expect(app.state.screen == .reader)
        #expect(app.state.reader?.focus == .quote(0))
    }

    @Test func resizeRewrapsAndKeepsTheReadingPosition() {
        var app = Harness(size: Size(width: 100, height: 20), library: longArticleLibrary())
        app.openFixture()
        app.type("40j")
        let offset = app.state.reader!.topOffset
        app.send(.resize(Size(width: 50, height: 20)))
        let reader = app.state.reader!
        #expect(reader.layout.width < 50)
        let top = reader.layout.lines[reader.top].range
        #expect(top.contains(offset) || top.start == offset)
        app.send(.resize(Size(width: 100, height: 20)))
        #expect(app.state.reader!.layout.lines[app.state.reader!.top].range.contains(offset))
    }

    @Test func clickingAQuoteFocusesIt() {
        var app = Harness(size: Size(width: 60, height: 14))
        app.openFixture()
        let line = app.frame.lines[4]
        let column = line.distance(from: line.startIndex, to: line.range(of: "waited")!.lowerBound)
        app.send(.mouse(MouseEvent(.press, x: column, y: 4)))
        #expect(app.state.reader?.focus == .quote(0))
        app.send(.mouse(MouseEvent(.wheelDown, x: column, y: 4)))
        #expect(app.state.reader?.top == 0, "a short article does not scroll")
    }
}

@Suite struct AnnotationUpdateTests {
    @Test func selectionGrowsByWordSentenceAndParagraph() {
        var app = Harness()
        app.openFixture()
        app.type("]q")
        app.type("<Esc>")
        #expect(app.state.screen == .library, "Esc with nothing to cancel goes back")
        app.openFixture()
        app.type("]q")
        app.type("v")
        let text = Array(Fixture.article.text.unicodeScalars)
        func selected() -> String { String(String.UnicodeScalarView(text[app.state.reader!.selection!.range.start..<app.state.reader!.selection!.range.end])) }
        #expect(selected() == "We")
        app.type("w")
        #expect(selected() == "We have")
        app.type("v")
        #expect(selected() == "\"We have waited long enough,\" Ortiz said.")
        app.type("v")
        #expect(app.state.reader?.selection?.range == Fixture.article.paragraphs[0].range)
        app.type("<Esc>")
        #expect(app.state.reader?.selection == nil)
        #expect(app.state.screen == .reader)
    }

    @Test func savesAHighlightWithAnInlineNoteAndListsIt() {
        var app = Harness()
        app.openFixture()
        app.type("]q")
        app.type("v")
        app.type("w")
        app.type("a")
        #expect(app.state.prompt != nil)
        app.typeText("Check this")
        app.type("<Enter>")
        #expect(app.statusLine.contains("Annotation saved"))
        let saved = app.state.reader!.detail.annotations
        #expect(saved.count == 1)
        #expect(saved.first?.excerpt == "We have")
        #expect(saved.first?.note == "Check this")
        let range = saved.first!.range!
        #expect(app.state.reader!.marks[range.start].isAnnotated)
        app.type("A")
        #expect(app.state.screen == .annotations)
        #expect(app.effects.last == .loadAnnotations(articleID: 1))
        #expect(app.screenText.contains("Check this"))
        #expect(app.screenText.contains("“We have” · Harbour council votes"))
        app.type("t")
        #expect(app.effects.last == .loadAnnotations(articleID: nil))
        #expect(app.screenText.contains("All annotations"))
        app.type("<Enter>")
        #expect(app.state.screen == .reader)
        #expect(app.state.reader?.focus == .passage(range))
    }

    @Test func writesNotesInTheEditorWhenThereIsOne() {
        var app = Harness(editor: true)
        app.openFixture()
        app.type("]q")
        app.type("a")
        guard case .editNote(let initial, let purpose) = app.effects.last else {
            Issue.record("expected an editor effect, got \(String(describing: app.effects.last))")
            return
        }
        #expect(initial == "")
        #expect(purpose == .newAnnotation(articleID: 1, range: Fixture.analysis.quotes[0].range, excerpt: "We have waited long enough,"))
        app.send(.noteEdited(nil, purpose: purpose))
        #expect(app.statusLine.contains("nothing saved"))
        app.send(.noteEdited("From the editor", purpose: purpose))
        #expect(app.state.reader?.detail.annotations.first?.note == "From the editor")
    }

    @Test func editsAndDeletesAnnotations() {
        var app = Harness()
        app.openFixture()
        app.type("]c")
        app.type("a")
        app.typeText("first")
        app.type("<Enter>")
        app.type("A")
        app.type("e")
        #expect(app.state.prompt?.text == "first")
        app.type("<BS>")
        app.typeText("ST")
        app.type("<Enter>")
        #expect(app.state.annotationList.items.first?.note == "firsST")
        app.type("d")
        #expect(app.statusLine.contains("Delete this annotation?"))
        app.type("n")
        #expect(app.state.annotationList.items.count == 1)
        app.type("d")
        app.type("y")
        #expect(app.state.annotationList.items.isEmpty)
        #expect(app.effects.contains(.deleteAnnotation(id: 1)))
        app.type("q")
        #expect(app.state.reader?.detail.annotations.isEmpty == true)
    }

    @Test func annotatingNeedsASelection() {
        var app = Harness()
        app.openFixture()
        app.type("a")
        #expect(app.statusLine.contains("Press v to select"))
    }
}

@Suite struct QuoteSearchUpdateTests {
    @Test func findsQuotesAsYouTypeAndOpensTheArticleAtTheQuote() {
        var app = Harness()
        app.type("S")
        #expect(app.state.screen == .quoteSearch)
        app.typeText("ste")
        #expect(app.effects.last == .searchQuotes("ste"))
        #expect(app.state.quoteSearch.hits.map(\.speaker) == ["Amir Haddad"])
        app.typeText("x")
        #expect(app.state.quoteSearch.hits.isEmpty)
        #expect(app.screenText.contains("No quote contains \"stex\""))
        app.type("<BS>")
        #expect(app.state.quoteSearch.hits.count == 1)
        #expect(app.screenText.contains("“The steel is sound,”"))
        app.type("<Enter>")
        #expect(app.state.screen == .reader)
        #expect(app.state.reader?.focus == .quote(1))
        app.type("S")
        #expect(app.state.quoteSearch.query == "ste")
        app.type("<Down>")
        app.type("<C-u>")
        #expect(app.state.quoteSearch.query.isEmpty)
        app.type("<Esc>")
        #expect(app.state.screen == .reader)
    }

    @Test func ignoresResultsForAnOutdatedQuery() {
        var app = Harness()
        app.type("S")
        app.typeText("we")
        app.send(.quotesFound(query: "w", [QuoteHit(articleID: 9, articleTitle: "old", range: TextRange(start: 0, end: 1), text: "x", kind: .direct)]))
        #expect(app.state.quoteSearch.hits.allSatisfy { $0.articleID == 1 })
    }

    @Test func reportsFailures() {
        var app = Harness()
        app.send(.failed("database is locked"))
        #expect(app.statusLine.contains("database is locked"))
        #expect(app.state.message?.isError == true)
    }
}

@Suite struct HostileAnalysisTests {
    @Test func rangesPastTheTextAndBadSourceIndicesNeverCrash() {
        let length = Fixture.article.text.unicodeScalars.count
        let analysis = Analysis(
            quotes: [
                Quote(range: TextRange(start: 5, end: 12), kind: .direct, sourceIndex: 7),
                Quote(range: TextRange(start: length - 3, end: length + 50), kind: .partial, sourceIndex: -1),
            ],
            sources: [Source(name: "Ghost", kind: .person, sourceClass: .expert, mentions: [Mention(text: "x", range: TextRange(start: length + 10, end: length + 12))])],
            claims: [Claim(range: TextRange(start: length + 100, end: length + 200), sourceIndex: 3, isVague: true)]
        )
        var app = Harness(library: InMemoryLibrary(entries: [.init(id: 1, article: Fixture.article, analysis: analysis)]))
        app.openFixture()
        for keys in ["]q", "gs", "]s", "gc", "P", "]q", "gs", "]c", "gs", "gc", "p", "<Tab>", "G", "<Enter>", "<Tab>", "v", "v", "v", "a"] {
            app.type(keys)
            _ = app.frame
        }
        #expect(app.state.screen == .reader)
        app.send(.mouse(MouseEvent(.press, x: 5, y: 3)))
        _ = app.frame
    }

    @Test func anEmptyArticleOpensAndScrolls() {
        let empty = Article(title: nil, text: "", paragraphs: [])
        var app = Harness(library: InMemoryLibrary(entries: [.init(id: 1, article: empty, analysis: Analysis())]))
        app.openFixture()
        for keys in ["j", "G", "<Space>", "]q", "/", "<Enter>", "v", "w", "a", "<Esc>", "1o"] { app.type(keys) }
        #expect(app.state.screen == .reader)
        #expect(app.frame.lines.count == 24)
    }
}
