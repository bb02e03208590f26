import BylineCore
import BylineTerminal
@testable import BylineUI
import Foundation
import Testing

/// The repository's `themes/` folder, found from this file.
private let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("themes").path

/// An annotation of the fixture article's first quote.
private func annotation(id: Int64 = 7, excerpt: String = "We have waited long enough,", note: String, color: NoteColor = .plain) -> AnnotationItem {
    AnnotationItem(id: id, articleID: 1, articleTitle: "Harbour council votes on the new bridge",
                   range: Fixture.range("We have waited long enough,"), excerpt: excerpt, note: note, color: color)
}

@Suite("The first hour: leaving, help, themes, notes")
struct FirstHourUITests {
    // MARK: Esc and q in the library

    @Test("Esc or q with a filter applied clears the filter; the next one quits", arguments: ["<Esc>", "q"])
    func backClearsTheFilterFirst(key: String) {
        var app = Harness(size: Size(width: 80, height: 12), library: syntheticLibrary(30))
        app.type("/")
        app.typeText("even")
        app.type("<Enter>")
        #expect(app.state.library.total == 15)
        app.type(key)
        #expect(!app.state.isQuitting)
        #expect(app.state.library.query.filter.isEmpty)
        #expect(app.state.library.total == 30)
        #expect(app.statusLine.contains("Filter cleared"))
        app.type(key)
        #expect(app.state.isQuitting)
    }

    // MARK: Quitting the demo

    @Test("quitting a temporary library with the session's annotations asks first")
    func quittingTheDemoAsks() {
        var app = Harness()
        app.state.isLibraryTemporary = true
        app.send(.annotationSaved(annotation(note: "Check this")))
        app.type("q")
        #expect(!app.state.isQuitting)
        #expect(app.statusLine.contains("y quits and deletes your 1 annotation with the demo library"))
        app.type("n")
        #expect(!app.state.isQuitting)
        #expect(app.statusLine.contains("Not quitting"))
        app.type("<C-c>")
        #expect(!app.state.isQuitting, "every way of quitting asks")
        app.type("y")
        #expect(app.state.isQuitting)
    }

    @Test("quitting asks nothing without annotations, nor from a library that stays")
    func quittingWithoutLossDoesNotAsk() {
        var demo = Harness()
        demo.state.isLibraryTemporary = true
        demo.send(.annotationSaved(annotation(note: "Gone")))
        demo.send(.annotationDeleted(id: 7))
        demo.type("q")
        #expect(demo.state.isQuitting)
        var kept = Harness()
        kept.send(.annotationSaved(annotation(note: "Kept")))
        kept.type("q")
        #expect(kept.state.isQuitting)
    }

    // MARK: Help

    @Test("help wraps at any width: every word of it is on screen, no row is cut", arguments: [40, 52, 80, 130])
    func helpWraps(width: Int) {
        let lines = HelpView.lines(for: .defaults)
        let rows = HelpLayout(lines: lines, width: width - 2).rows
        for row in rows {
            let end = row.text.isEmpty ? HelpLayout.keysIndent + DisplayWidth.of(row.keys) : row.textIndent + DisplayWidth.of(row.text)
            #expect(end <= width - 2, "row too wide at \(width): \(row)")
        }
        let shown = rows.flatMap { [$0.keys, $0.text] }.joined(separator: " ").split(separator: " ")
        let written = lines.flatMap { [$0.keys, $0.text] }.joined(separator: " ").split(separator: " ")
        #expect(shown == written, "help lost or changed words at width \(width)")

        var app = Harness(size: Size(width: width, height: 200))
        app.type("?")
        let screen = app.frame.lines
        for row in rows.prefix(190) where !row.text.isEmpty {
            #expect(screen.contains { $0.contains(row.text) }, "not on screen at \(width): \(row.text)")
        }
    }

    @Test("help names the figures of the status line and of the library's rows")
    func helpNamesTheFigures() {
        var app = Harness(size: Size(width: 100, height: 200))
        app.type("?")
        let screen = app.screenText
        #expect(screen.contains("The figures on screen"))
        #expect(screen.contains("12/70 55%"))
        #expect(screen.contains("the first line shown / the article's lines"))
        #expect(screen.contains("27q 1e"))
        #expect(screen.contains("library rows: the quotations found in the article"))
    }

    // MARK: Themes

    @Test("the light theme paints its paper under every cell of every screen")
    func lightThemePaintsItsBackground() {
        let (theme, issues) = ThemeLoader.searching([themesDirectory]).load("light")
        #expect(issues.isEmpty)
        let paper = theme.style("ui.text").background
        #expect(paper != nil)
        var app = Harness(size: Size(width: 70, height: 16))
        app.renderer = Renderer(theme: theme)
        for keys in ["", "<Enter>", "p", "?"] {
            app.type(keys)
            let frame = app.frame
            for y in 0..<frame.size.height {
                for x in 0..<frame.size.width {
                    #expect(frame[x, y].style.background != nil && frame[x, y].style.foreground != nil,
                            "cell \(x),\(y) after \(keys) is left to the terminal's colours")
                }
            }
        }
        #expect(app.frame[0, 0].style.background == paper)
    }

    // MARK: Notes

    @Test("a colour given to an annotation is drawn from the theme", arguments: [
        ("green", NoteColor.green), ("Yellow", .yellow), ("gray", .grey), ("#1e50e6", .blue), ("#ff1010", .red), (nil, .plain), ("chartreuse-ish", .plain),
    ] as [(String?, NoteColor)])
    func colourNames(given: String?, expected: NoteColor) {
        #expect(NoteColor(given) == expected)
    }

    @Test("each highlight is painted in its own colour in the reader")
    func highlightsInTheirColours() {
        var app = Harness()
        let green = annotation(note: "Green one", color: .green)
        var detail = Fixture.detail
        detail.annotations = [green]
        app.send(.articleLoaded(detail, focus: nil))
        let theme = BuiltinTheme.theme
        #expect(theme.style("ui.annotation.green").background != theme.style("ui.annotation").background)
        let lines = app.frame.lines
        let row = lines.firstIndex { $0.contains("\"We have") }!
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "We have")!.lowerBound)
        #expect(app.frame[column, row].style.background == theme.style("ui.annotation.green").background)
    }

    @Test("Markdown notes are set, not shown raw")
    func markdownNotes() {
        let spans = NoteMarkdown.line("Check the *tonnage* and **dates**; see `levy_2026` and [the report](https://example.org/r).\n- first point\n- snake_case stays")
        #expect(spans.map(\.text).joined() == "Check the tonnage and dates; see levy_2026 and the report. · • first point · • snake_case stays")
        #expect(spans.contains(NoteMarkdown.Span("tonnage", .emphasis)))
        #expect(spans.contains(NoteMarkdown.Span("dates", .strong)))
        #expect(spans.contains(NoteMarkdown.Span("levy_2026", .code)))
        #expect(NoteMarkdown.plainLine("# Heading\n> quoted *word*") == "Heading · quoted word")
        #expect(NoteMarkdown.plainLine("2 * 3 * 4 and a_b_c") == "2 * 3 * 4 and a_b_c")
        #expect(NoteMarkdown.plainLine("\u{1B}[31mred\u{1B}[0m *x*") == "red x", "control sequences never reach the screen")
    }

    @Test("the A list shows the note whole beside a long highlight, in the note's colour and styles")
    func annotationListShowsTheNote() {
        var app = Harness(size: Size(width: 60, height: 12))
        let long = String(repeating: "a very long highlighted passage ", count: 10)
        app.type("A")
        app.send(.annotationsLoaded(articleID: nil, [annotation(excerpt: long, note: "Check the *tonnage*", color: .orange)]))
        let lines = app.frame.lines
        let row = lines.firstIndex { $0.contains("Check the tonnage") }
        #expect(row != nil, "the note is cut off:\n\(lines.joined(separator: "\n"))")
        guard let row else { return }
        #expect(app.frame[2, row].style.patched(with: Style()).background != nil, "a swatch of the note's colour")
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "tonnage")!.lowerBound)
        #expect(app.frame[column, row].style.modifiers.contains(.italic))
        #expect(lines[row + 1].contains("“a very long highlighted"))
        #expect(lines[row + 1].contains("· Harbour council"), "the article's title still shows")
    }

    @Test("the side panel lists the article's notes, and Enter goes to one")
    func panelNotes() {
        var app = Harness(size: Size(width: 120, height: 30))
        var detail = Fixture.detail
        detail.annotations = [annotation(note: "Ask the **mayor**", color: .blue)]
        app.send(.articleLoaded(detail, focus: nil))
        app.type("p")
        #expect(app.screenText.contains("Notes"))
        #expect(app.screenText.contains("Ask the mayor — “We have"))
        app.type("<Tab>")
        app.type("G")
        app.type("<Enter>")
        #expect(app.state.reader?.focus == .passage(Fixture.range("We have waited long enough,")))
    }
}
