/// One terminal cell: the character drawn in it and its style.
///
/// A character two columns wide lives in its first cell; the cell after it is a continuation
/// (`symbol` empty) that is never drawn on its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell, "" for the second half of a wide character.
    public var symbol: String
    /// How the cell looks.
    public var style: Style

    /// Creates a cell.
    public init(symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// An empty cell in the default style.
    public static let blank = Cell()

    /// Whether the cell is the second half of a wide character.
    public var isContinuation: Bool { symbol.isEmpty }
}
