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
    private let mailbox: Mailbox
    private let clock = ContinuousClock()

    /// How often the mailbox is looked at while a reload runs.
    static let mailboxInterval = 50

    /// Creates a program over a terminal backend; background work posts to `mailbox`.
    public init(state: AppState, backend: TerminalBackend, renderer: Renderer, library: LibraryExecutor, external: ExternalActions,
                mailbox: Mailbox = Mailbox()) {
        self.state = state
        terminal = Terminal(backend: backend)
        self.renderer = renderer
        self.library = library
        self.external = external
        self.mailbox = mailbox
    }

    /// Cells the last frame wrote.
    public var lastFrameCellCount: Int { terminal.lastFrameCellCount }

    /// Loads the first screen and draws it.
    public func start() {
        if state.size != terminal.backend.size { send(.resize(terminal.backend.size)) }
        perform(state.startEffects)
        drawFrame()
    }

    /// Runs until the user quits: waits for input (or, while a reload runs, for its news,
    /// or for the next automatic reload), handles every event and message already waiting,
    /// draws. On quitting, background work is finished or cancelled before it returns.
    public func run() {
        start()
        var nextAutoReload = autoReloadInterval.map { clock.now + $0 }
        while !state.isQuitting {
            var changed = false
            if let first = terminal.backend.nextEvent(timeoutMilliseconds: waitMilliseconds(until: nextAutoReload)) {
                handle(first)
                while !state.isQuitting, let next = terminal.backend.nextEvent(timeoutMilliseconds: 0) { handle(next) }
                changed = true
            }
            changed = receiveMail() || changed
            if let due = nextAutoReload, clock.now >= due, let interval = autoReloadInterval {
                send(.autoReloadDue)
                nextAutoReload = clock.now + interval
                changed = true
            }
            if changed, !state.isQuitting { drawFrame() }
        }
        library.finish()
    }

    /// Handles the messages background work posted, performing each effect they ask for
    /// once (a reload's feeds may each ask for the same lists). Returns whether there were any.
    @discardableResult
    public func receiveMail() -> Bool {
        let messages = mailbox.takeAll()
        var effects: [Effect] = []
        for message in messages {
            for effect in update(&state, message) where !effects.contains(effect) { effects.append(effect) }
        }
        perform(effects)
        return !messages.isEmpty
    }

    private var autoReloadInterval: Duration? {
        state.autoReloadMinutes.map { .seconds($0 * 60) }
    }

    /// How long to wait for input: briefly while a reload posts news, else until the next
    /// automatic reload, else for as long as it takes.
    private func waitMilliseconds(until nextAutoReload: ContinuousClock.Instant?) -> Int {
        if state.feeds.reload != nil { return Self.mailboxInterval }
        guard let nextAutoReload else { return -1 }
        let (seconds, attoseconds) = (nextAutoReload - clock.now).components
        return max(0, min(Int(Int32.max), Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000) + 1))
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
