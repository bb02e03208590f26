import BylineTerminal

/// What the program asks of the world outside the terminal: a browser and an editor.
public protocol ExternalActions: AnyObject {
    /// Opens `url` in the browser; returns a reason when it could not.
    func open(url: String) -> String?
    /// Lets the user write a note starting from `initial` (the terminal is suspended
    /// meanwhile); returns the note, or `nil` when nothing was written.
    func editNote(_ initial: String) -> String?
}

/// The run loop: draws the state, reads input, runs `update`, performs the effects and feeds
/// their answers back, until the state asks to quit. Each batch of input gets one frame, and
/// each frame writes only the cells that changed.
public final class Program {
    /// The state, as of the last message.
    public private(set) var state: AppState
    private let terminal: Terminal
    private let renderer: Renderer
    private let library: LibraryExecutor
    private let external: ExternalActions

    /// Creates a program over a terminal backend.
    public init(state: AppState, backend: TerminalBackend, renderer: Renderer, library: LibraryExecutor, external: ExternalActions) {
        self.state = state
        terminal = Terminal(backend: backend)
        self.renderer = renderer
        self.library = library
        self.external = external
    }

    /// Cells the last frame wrote.
    public var lastFrameCellCount: Int { terminal.lastFrameCellCount }

    /// Loads the first screen and draws it.
    public func start() {
        if state.size != terminal.backend.size { send(.resize(terminal.backend.size)) }
        perform(state.startEffects)
        drawFrame()
    }

    /// Runs until the user quits: waits for input, handles every event already waiting, draws.
    public func run() {
        start()
        while !state.isQuitting {
            guard let first = terminal.backend.nextEvent(timeoutMilliseconds: -1) else { continue }
            handle(first)
            while !state.isQuitting, let next = terminal.backend.nextEvent(timeoutMilliseconds: 0) { handle(next) }
            if !state.isQuitting { drawFrame() }
        }
    }

    /// Handles one input event without drawing (for benchmarks and tests).
    public func handle(_ event: InputEvent) {
        send(Msg(event))
    }

    /// Draws the current state.
    public func drawFrame() {
        terminal.draw(renderer.render(state))
    }

    /// Runs `update` on a message and performs what it asks for.
    public func send(_ msg: Msg) {
        perform(update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                continue
            case .openURL(let url):
                if let failure = external.open(url: url) { send(.failed(failure)) }
            case .editNote(let initial, let purpose):
                terminal.backend.suspend()
                let note = external.editNote(initial)
                terminal.backend.resume()
                terminal.invalidate()
                send(.noteEdited(note, purpose: purpose))
            default:
                for answer in library.perform(effect) { send(answer) }
            }
        }
    }
}
