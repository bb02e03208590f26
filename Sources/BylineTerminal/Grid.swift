import BylineCore

/// A screen's worth of cells that views draw into; the terminal shows it by writing only the
/// cells that differ from the previous frame (`changes(from:)`).
public struct Grid: Hashable, Sendable {
    /// The grid's size.
    public private(set) var size: Size
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A grid of blank cells.
    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The whole grid as a rectangle.
    public var area: Rect { Rect(size) }

    /// The cell at (`x`, `y`), or a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Replaces the cell at (`x`, `y`); ignored outside the grid.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cells[y * size.width + x] = cell
    }

    /// Fills `area` (clipped to the grid) with blank cells in `style`.
    public mutating func fill(_ area: Rect, style: Style = .plain) {
        let cell = Cell(symbol: " ", style: style)
        for y in max(0, area.y)..<min(size.height, area.bottom) where area.x < size.width {
            for x in max(0, area.x)..<min(size.width, area.right) { cells[y * size.width + x] = cell }
        }
    }

    /// Gives every cell that has no foreground or no background colour of its own those of
    /// `base`: a theme with a background colour then paints the whole screen, whatever the
    /// terminal's own colours are.
    public mutating func fillUnsetColors(from base: Style) {
        for index in cells.indices {
            if cells[index].style.foreground == nil { cells[index].style.foreground = base.foreground }
            if cells[index].style.background == nil { cells[index].style.background = base.background }
        }
    }

    /// Lays `style` over the styles of every cell in `area` (keeping the characters).
    public mutating func patchStyle(_ area: Rect, with style: Style) {
        for y in max(0, area.y)..<min(size.height, area.bottom) where area.x < size.width {
            for x in max(0, area.x)..<min(size.width, area.right) {
                cells[y * size.width + x].style = cells[y * size.width + x].style.patched(with: style)
            }
        }
    }

    /// Writes `text` from (`x`, `y`) in `style`, never past `maxWidth` columns nor the grid's
    /// edge, and returns the columns written.
    ///
    /// Characters are measured by display width (CJK and emoji take two columns; a wide
    /// character that does not fit is left out). Control characters (ESC, BEL, …) are drawn as
    /// `�`, so text can never reach the terminal as an escape sequence.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = maxWidth >= size.width ? size.width : min(size.width, x + max(0, maxWidth))
        var column = x
        for character in text {
            let written = put(character, x: column, y: y, style: style, limit: limit)
            if written < 0 { break }
            column += written
        }
        return column - x
    }

    /// Writes one character at (`x`, `y`) and returns its width (0 for invisible characters),
    /// or -1 when it would not fit before column `limit` (the grid's edge by default).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return -1 }
        let (symbol, width) = Self.displayable(character)
        if width == 0 { return 0 }
        if x + width > min(limit ?? size.width, size.width) { return -1 }
        if x >= 0 {
            cells[y * size.width + x] = Cell(symbol: symbol, style: style)
            if width == 2 { cells[y * size.width + x + 1] = Cell(symbol: "", style: style) }
        }
        return width
    }

    /// The symbol to draw for `character` and its width: controls become the replacement
    /// character; other zero-width characters are skipped. Printable ASCII takes the fast path.
    static func displayable(_ character: Character) -> (String, Int) {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? (String(character), 1) : ("\u{FFFD}", 1)
        }
        if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
            return ("\u{FFFD}", 1)
        }
        return (String(character), DisplayWidth.of(character))
    }

    /// The cells that differ from `previous`, in screen order; every cell when the sizes differ.
    /// Continuation cells are left out: writing a wide character fills both of its columns.
    public func changes(from previous: Grid?) -> [CellChange] {
        var result: [CellChange] = []
        let comparable = previous?.size == size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if comparable, let previous, previous.cells[y * size.width + x] == cell { continue }
                if cell.isContinuation {
                    // A wide character now covers this column: drawing it redraws both halves.
                    if x > 0, result.last.map({ $0.x != x - 1 || $0.y != y }) ?? true {
                        result.append(CellChange(x: x - 1, y: y, cell: cells[y * size.width + x - 1]))
                    }
                    continue
                }
                result.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return result
    }

    /// The grid's characters, one string per row, with trailing spaces kept (for tests).
    public var lines: [String] {
        (0..<size.height).map { y in
            (0..<size.width).reduce(into: "") { line, x in line += cells[y * size.width + x].symbol }
        }
    }
}

/// One cell to (re)draw at a position.
public struct CellChange: Hashable, Sendable {
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int
    /// What to draw there.
    public var cell: Cell

    /// Creates a change.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
