import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

/// Records what the program asked of the outside world, and answers with a fixed note.
private final class RecordingActions: ExternalActions {
    var opened: [String] = []
    var edited: [String] = []
    var note: String?
    var openFailure: String?

    func open(url: String) -> String? {
        opened.append(url)
        return openFailure
    }

    func editNote(_ initial: String) -> String? {
        edited.append(initial)
        return note
    }
}

@Suite struct ProgramTests {
    private func program(_ backend: TestBackend, editor: Bool = false, actions: RecordingActions = RecordingActions()) -> Program {
        Program(state: AppState(size: backend.size, editorAvailable: editor), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                library: Fixture.library(), external: actions)
    }

    @Test func drawsTheFirstFrameInFullThenOnlyWhatChanges() {
        let backend = TestBackend(size: Size(width: 60, height: 12))
        let program = program(backend)
        program.start()
        #expect(program.lastFrameCellCount == 60 * 12)
        #expect(backend.screen.lines[1].contains("Harbour council votes"))
        program.handle(.key(.character("j")))
        program.drawFrame()
        #expect(program.lastFrameCellCount > 0)
        #expect(program.lastFrameCellCount < 60 * 3, "only the two rows whose highlight moved, and the status line")
        program.drawFrame()
        #expect(program.lastFrameCellCount == 0)
    }

    @Test func takesTheBackendSizeAtStartAndRedrawsOnResize() {
        let backend = TestBackend(size: Size(width: 70, height: 12))
        let program = Program(state: AppState(size: Size(width: 10, height: 10)), backend: backend, renderer: Renderer(theme: BuiltinTheme.theme),
                              library: Fixture.library(), external: RecordingActions())
        program.start()
        #expect(program.state.size == Size(width: 70, height: 12))
        backend.resize(to: Size(width: 50, height: 10))
        program.handle(backend.nextEvent(timeoutMilliseconds: 0)!)
        program.drawFrame()
        #expect(program.lastFrameCellCount == 50 * 10)
        #expect(backend.screen.size == Size(width: 50, height: 10))
    }

    @Test func runsTheEditorWithTheTerminalSuspendedAndSavesTheNote() {
        let backend = TestBackend(size: Size(width: 80, height: 20))
        let actions = RecordingActions()
        actions.note = "written in the editor"
        let program = program(backend, editor: true, actions: actions)
        program.start()
        for key in KeyPress.sequence("<Enter>]qa") ?? [] { program.handle(.key(key)) }
        #expect(actions.edited == [""])
        #expect(!backend.isSuspended, "the terminal is taken back after the editor")
        #expect(program.state.reader?.detail.annotations.map(\.note) == ["written in the editor"])
        program.drawFrame()
        #expect(program.lastFrameCellCount == 80 * 20, "the whole screen is redrawn after the editor")
    }

    @Test func opensLinksAndReportsWhenTheBrowserFails() {
        let backend = TestBackend(size: Size(width: 80, height: 20))
        let actions = RecordingActions()
        actions.openFailure = "Could not start xdg-open to open the link"
        let program = program(backend, actions: actions)
        program.start()
        for key in KeyPress.sequence("<Enter>1o") ?? [] { program.handle(.key(key)) }
        #expect(actions.opened == ["https://example.org/nu"])
        #expect(program.state.message?.text == "Could not start xdg-open to open the link")
    }

    @Test func runReturnsWhenTheUserQuits() {
        let backend = TestBackend(size: Size(width: 80, height: 20))
        backend.pendingEvents = (KeyPress.sequence("<Enter>]qqq") ?? []).map(InputEvent.key)
        let program = program(backend)
        program.run()
        #expect(program.state.isQuitting)
        #expect(backend.pendingEvents.isEmpty)
    }
}

@Suite struct MoreCommandTests {
    @Test func helpScrollsAndQuoteSearchOpensTheSpeaker() {
        var app = Harness(size: Size(width: 80, height: 10))
        app.type("?")
        app.type("3j")
        #expect(app.state.helpTop == 3)
        app.type("k")
        #expect(app.state.helpTop == 2)
        app.type("<C-d>")
        #expect(app.state.helpTop == 11)
        app.type("gg")
        #expect(app.state.helpTop == 0)
        app.type("q")
        app.type("S")
        app.typeText("waited")
        app.type("<Tab>")
        #expect(app.state.screen == .speaker)
        #expect(app.state.speaker.profile?.name == "Lena Ortiz")
        app.type("q")
        #expect(app.state.screen == .quoteSearch)
        app.type("<Esc>")
        #expect(app.state.screen == .library)
    }

    @Test func zzQuitsAndCountsAreShownWhileTyped() {
        var app = Harness()
        app.type("1")
        app.type("2")
        #expect(app.state.count == 12)
        #expect(app.statusLine.contains("12"))
        app.type("<Esc>")
        #expect(app.state.isQuitting, "Esc goes back, and from the library that quits")
        var other = Harness()
        other.type("Z")
        #expect(other.state.pendingKeys.count == 1)
        other.type("Z")
        #expect(other.state.isQuitting)
    }

    @Test func orphanAnnotationsAreListedAsSuch() {
        var app = Harness()
        app.type("A")
        app.send(.annotationsLoaded(articleID: nil, [AnnotationItem(id: 5, articleID: 1, articleTitle: "Gone", range: nil, excerpt: "old words", note: "n")]))
        #expect(app.screenText.contains("orphan: passage no longer found · “old words” · Gone"))
    }
}
