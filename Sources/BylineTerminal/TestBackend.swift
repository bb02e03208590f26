import BylineCore

/// An in-memory terminal for tests and benchmarks: it applies drawn cells to a grid, counts
/// them, and replays queued input events.
public final class TestBackend: TerminalBackend {
    /// What the terminal shows.
    public private(set) var screen: Grid
    /// Input waiting to be read, first first.
    public var pendingEvents: [InputEvent] = []
    /// Cells written since creation.
    public private(set) var cellsWritten = 0
    /// Times `flush()` was called.
    public private(set) var flushCount = 0
    /// Whether the terminal is suspended (an editor runs).
    public private(set) var isSuspended = false

    /// Creates a terminal of `size`.
    public init(size: Size) {
        screen = Grid(size: size)
    }

    public var size: Size { screen.size }

    /// Changes the size and queues the resize event a real terminal would report.
    public func resize(to size: Size) {
        screen = Grid(size: size)
        pendingEvents.append(.resize(size))
    }

    public func draw(_ changes: [CellChange]) {
        for change in changes {
            screen.set(change.cell, x: change.x, y: change.y)
            if DisplayWidth.columns(change.cell.symbol) == 2 {
                screen.set(Cell(symbol: "", style: change.cell.style), x: change.x + 1, y: change.y)
            }
        }
        cellsWritten += changes.count
    }

    public func flush() { flushCount += 1 }

    public func clear() { screen = Grid(size: screen.size) }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    public func suspend() { isSuspended = true }

    public func resume() { isSuspended = false }
}
