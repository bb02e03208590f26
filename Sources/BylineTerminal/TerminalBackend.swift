/// A terminal that can show cells and report input. The ncurses backend talks to a real
/// terminal; `TestBackend` keeps everything in memory.
public protocol TerminalBackend: AnyObject {
    /// The terminal's current size.
    var size: Size { get }
    /// Draws the given cells (only those; the rest of the screen is left as it is).
    func draw(_ changes: [CellChange])
    /// Makes what was drawn visible.
    func flush()
    /// Forgets what the terminal shows, so the next frame is drawn in full.
    func clear()
    /// The next input event, waiting at most `timeoutMilliseconds` (negative: wait forever).
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Hands the terminal back to the shell (to run an editor), until `resume()`.
    func suspend()
    /// Takes the terminal back after `suspend()` and redraws from scratch.
    func resume()
}

/// Draws frames on a backend, writing only the cells that changed since the previous frame.
public final class Terminal {
    /// The backend drawn on.
    public let backend: TerminalBackend
    private var previous: Grid?
    /// How many cells the last frame wrote.
    public private(set) var lastFrameCellCount = 0

    /// Creates a terminal over `backend`.
    public init(backend: TerminalBackend) {
        self.backend = backend
    }

    /// Shows `grid`: the cells that differ from the last frame are written, then flushed.
    public func draw(_ grid: Grid) {
        let changes = grid.changes(from: previous)
        lastFrameCellCount = changes.count
        if !changes.isEmpty {
            backend.draw(changes)
            backend.flush()
        }
        previous = grid
    }

    /// Forgets the last frame, so that the next one is drawn in full (after a resize or an editor).
    public func invalidate() {
        previous = nil
        backend.clear()
    }
}
