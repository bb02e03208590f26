import BylineTerminal

/// The smallest window Byline draws into; smaller ones get a notice.
public enum MinimumSize {
    /// Columns needed.
    public static let width = 40
    /// Rows needed.
    public static let height = 8

    /// Whether `size` is too small for the layout.
    public static func isTooSmall(_ size: Size) -> Bool { size.width < width || size.height < height }
}

/// Where the reader's parts go in a window.
struct ReaderGeometry {
    /// The widest the text gets, however wide the window.
    static let maximumTextWidth = 100
    /// Columns left of the text for claim marks.
    static let gutterWidth = 2

    let text: Rect
    let panel: Rect?
    /// The columns the article wraps to.
    let textWidth: Int
    /// The column where text starts (after the gutter), centred in the text area.
    let textX: Int

    init(size: Size, panelVisible: Bool) {
        let content = Rect(x: 0, y: 0, width: size.width, height: max(1, size.height - 1))
        if panelVisible {
            let panelWidth = min(44, max(24, size.width / 3))
            let parts = content.split(.horizontal, [.fill, .length(panelWidth)])
            text = parts[0]
            panel = parts[1]
        } else {
            text = content
            panel = nil
        }
        textWidth = max(10, min(Self.maximumTextWidth, text.width - Self.gutterWidth - 2))
        textX = text.x + max(Self.gutterWidth, (text.width - textWidth) / 2)
    }

    /// Rows of text shown.
    var height: Int { text.height }
}

/// Where the library list goes.
enum LibraryGeometry {
    /// Rows of articles shown (the window less the header and the status line).
    static func rows(_ size: Size) -> Int { max(1, size.height - 2) }
}
