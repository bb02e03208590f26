import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

@Suite struct RenderTests {
    @Test func theLibraryListsArticlesWithMarksAndCounts() {
        let app = Harness(size: Size(width: 60, height: 8))
        #expect(app.frame.lines == [
            " Byline · 2 articles                                        ",
            " ●   Harbour council votes … The Harbour… 2026-11-02  2q 1e ",
            " ●   Tide tables             Port Notices 2026-10-01  0q 0e ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            "                                                            ",
            " Sorted by newest · Enter read · / filter · s … 1/2  ? help ",
        ])
        #expect(app.frame[20, 1].style.modifiers.contains(.bold), "the selected row is set apart")
    }

    @Test func theReaderWrapsCentresAndMarksTheArticle() {
        var app = Harness(size: Size(width: 60, height: 14))
        app.openFixture()
        #expect(app.frame.lines == [
            "  Harbour council votes on the new bridge                   ",
            "  The Harbour Herald · 2026-11-02                           ",
            "                                                            ",
            "▌ Mayor Lena Ortiz·official said the bridge would open in   ",
            "▌ spring. \"We have waited long enough,\" Ortiz said.         ",
            "                                                            ",
            "  Engineers weigh in                                        ",
            "                                                            ",
            "  \"The steel is sound,\" said Dr. Amir Haddad·expert, a      ",
            "  professor of engineering at Northgate University[1].      ",
            "? Critics say the cost is too high.                         ",
            "                                                            ",
            "   │  Some residents fear the noise.                        ",
            " ]q next quote · ]c next claim · gs its … 1/13 100%  ? help ",
        ])
    }

    @Test func quotesTakeTheirSpeakersColoursAndClaimsAreUnderlined() {
        var app = Harness(size: Size(width: 60, height: 14))
        app.openFixture()
        let frame = app.frame
        let theme = BuiltinTheme.theme
        func cell(_ needle: String, row: Int) -> Cell {
            let line = frame.lines[row]
            let column = line.distance(from: line.startIndex, to: line.range(of: needle)!.lowerBound)
            return frame[column, row]
        }
        let ortizQuote = cell("We have", row: 4)
        let haddadQuote = cell("The steel", row: 8)
        #expect(ortizQuote.symbol == "W")
        #expect(ortizQuote.style.foreground == theme.style("quote.speaker.1").foreground)
        #expect(haddadQuote.symbol == "T")
        #expect(haddadQuote.style.foreground == theme.style("quote.speaker.2").foreground)
        #expect(ortizQuote.style.foreground != haddadQuote.style.foreground)
        let mention = cell("Lena", row: 3)
        #expect(mention.style.foreground == theme.style("quote.speaker.1").foreground)
        #expect(mention.style.modifiers.contains(.bold))
        let claim = cell("bridge", row: 3)
        #expect(claim.symbol == "b")
        #expect(claim.style.modifiers.contains(.underline))
        let vague = cell("cost", row: 10)
        #expect(vague.symbol == "c")
        #expect(vague.style.foreground == theme.style("claim.vague").foreground)
        #expect(vague.style.modifiers.contains(.italic))
        #expect(frame[0, 10].style.foreground == theme.style("gutter.claim.vague").foreground)
        #expect(frame[2, 4].style == theme.style("ui.text").patched(with: theme.style("claim")), "plain claim text keeps the text colour")
        let badge = cell("·official", row: 3)
        #expect(badge.symbol == "·")
        #expect(badge.style.foreground == theme.style("badge.official").foreground)
    }

    @Test func theFocusedQuoteIsReversed() {
        var app = Harness(size: Size(width: 60, height: 14))
        app.openFixture()
        app.type("]q")
        #expect(app.frame[12, 4].style.modifiers.contains(.reverse))
        #expect(!app.frame[3, 8].style.modifiers.contains(.reverse))
    }

    @Test func escapeSequencesInAnArticleRenderInert() {
        var builder = ArticleBuilder()
        builder.append("Red \u{1B}[31mtext\u{1B}[0m and a clipboard \u{1B}]52;c;aGVsbG8=\u{07} grab, a bell \u{07} and \u{9B}2J clear.")
        let article = Article(title: "Hostile \u{1B}[2J title", text: builder.text, paragraphs: builder.paragraphs)
        var app = Harness(size: Size(width: 60, height: 10), library: InMemoryLibrary(entries: [.init(id: 1, article: article, analysis: Analysis())]))
        app.openFixture()
        #expect(app.state.screen == .reader)
        for cell in app.frame.cells {
            #expect(!cell.symbol.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
        #expect(app.screenText.contains("Red \u{FFFD}[31mtext"))
    }

    @Test func wideCharactersWrapByDisplayWidth() {
        var builder = ArticleBuilder()
        builder.append(String(repeating: "日本語の記事です。 ", count: 12) + "👍🏽 emoji 🎉 end")
        let article = Article(title: "CJK", text: builder.text, paragraphs: builder.paragraphs)
        var app = Harness(size: Size(width: 44, height: 20), library: InMemoryLibrary(entries: [.init(id: 1, article: article, analysis: Analysis())]))
        app.openFixture()
        let width = ReaderGeometry(size: app.state.size, panelVisible: false).textWidth
        for line in app.state.reader!.layout.lines {
            #expect(line.runs.reduce(0) { $0 + DisplayWidth.of($1.text) } <= width)
        }
        #expect(app.frame.lines.allSatisfy { DisplayWidth.of($0) == 44 })
    }

    @Test func aSmallWindowShowsANotice() {
        var app = Harness(size: Size(width: 30, height: 5))
        #expect(app.screenText.contains("Window too small"))
        app.send(.resize(Size(width: 60, height: 10)))
        #expect(!app.screenText.contains("Window too small"))
    }

    @Test func anEmptyLibraryWelcomesAndSaysHowToAddArticles() {
        let app = Harness(size: Size(width: 80, height: 24), library: InMemoryLibrary(entries: []))
        #expect(app.screenText.contains("Welcome to Byline"))
        #expect(app.screenText.contains("byline add"))
        #expect(app.screenText.contains("byline demo"))
    }

    @Test func helpIsGeneratedFromTheLiveKeymap() {
        var app = Harness()
        app.state.keymap.bind([.control("n")], to: .nextQuote, in: .reader)
        app.type("?")
        #expect(app.state.screen == .help)
        let lines = HelpView.lines(for: app.state.keymap)
        #expect(lines.contains { $0.keys == "]q <C-n>" && $0.text == Command.nextQuote.summary })
        #expect(app.screenText.contains("Byline keys"))
        app.type("q")
        #expect(app.state.screen == .library)
    }

    @Test func thePanelListsSourcesAndClaims() {
        var app = Harness(size: Size(width: 100, height: 20))
        app.openFixture()
        app.type("p")
        let rows = PanelView.rows(app.state.reader!).map(\.text)
        #expect(rows == [
            "Who is quoted",
            "● Lena Ortiz [official] 1q · Mayor",
            "● Amir Haddad [expert] 1q · professor of engineering, Northgate University",
            "",
            "Claims",
            "▌ the bridge would open in spring — Lena Ortiz",
            "? the cost is too high — no source",
        ])
        #expect(app.screenText.contains("Who is quoted"))
    }
}
