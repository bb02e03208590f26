import BylineCore
import BylineTerminal

/// One line of text in several styles, cut with `…` where it is wider than its room.
struct StyledLine {
    /// The stretches of text and their styles, in order.
    var parts: [(text: String, style: Style)]

    /// A note's Markdown spans over `base`: emphasis italic, strong bold, code in `ui.code`.
    init(note spans: [NoteMarkdown.Span], base: Style, theme: Theme) {
        parts = spans.map { span in
            switch span.emphasis {
            case .plain: (span.text, base)
            case .emphasis: (span.text, base.patched(with: Style(modifiers: .italic)))
            case .strong: (span.text, base.patched(with: Style(modifiers: .bold)))
            case .strongEmphasis: (span.text, base.patched(with: Style(modifiers: [.bold, .italic])))
            case .code: (span.text, base.patched(with: theme.style("ui.code")))
            }
        }
    }

    init(_ parts: [(text: String, style: Style)]) {
        self.parts = parts
    }

    /// Draws the line from (`x`, `y`) in at most `width` columns.
    func draw(x: Int, y: Int, width: Int, into grid: inout Grid) {
        let total = parts.reduce(0) { $0 + DisplayWidth.columns($1.text) }
        var column = x
        var room = width
        for part in parts where room > 0 {
            let partWidth = DisplayWidth.columns(part.text)
            if total > width, partWidth >= room {
                grid.write(ListDrawing.truncated(part.text + "…", width: room), x: column, y: y, style: part.style)
                return
            }
            column += grid.write(part.text, x: column, y: y, style: part.style, maxWidth: room)
            room -= partWidth
        }
    }
}
