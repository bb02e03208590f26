import BylineCore
import BylineTerminal

/// The help lines laid out in rows of at most `width` columns: keys in a column on the left
/// and their text wrapped beside them; where the window is too narrow for both, the keys take
/// a row of their own and the text wraps under them. Nothing is cut.
struct HelpLayout {
    /// One row of help on screen: keys (at column 2) and text (at `textIndent`), either empty.
    struct Row: Equatable {
        var keys = ""
        var text = ""
        var textIndent = 0
        var isHeading = false
    }

    /// The narrowest text column kept beside the keys.
    static let minimumTextWidth = 24
    /// The widest the keys column gets.
    static let maximumKeysWidth = 28
    /// Where keys start.
    static let keysIndent = 2

    let rows: [Row]

    init(lines: [(keys: String, text: String, heading: Bool)], width: Int) {
        let width = max(8, width)
        let keysWidth = min(Self.maximumKeysWidth, (lines.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let textBesideKeys = width - Self.keysIndent - keysWidth >= Self.minimumTextWidth
        var rows: [Row] = []
        for line in lines {
            if line.heading {
                rows += WordWrapper.wrap(line.text, width: width).map { Row(text: $0, isHeading: true) }
            } else if line.keys.isEmpty {
                rows += WordWrapper.wrap(line.text, width: width - Self.keysIndent).map { Row(text: $0, textIndent: Self.keysIndent) }
            } else if textBesideKeys, DisplayWidth.of(line.keys) < keysWidth {
                let indent = Self.keysIndent + keysWidth
                var text = WordWrapper.wrap(line.text, width: width - indent).map { Row(text: $0, textIndent: indent) }
                text[0].keys = line.keys
                rows += text
            } else {
                rows += WordWrapper.wrap(line.keys, width: width - Self.keysIndent).map { Row(keys: $0) }
                rows += WordWrapper.wrap(line.text, width: width - 2 * Self.keysIndent).map { Row(text: $0, textIndent: 2 * Self.keysIndent) }
            }
        }
        self.rows = rows
    }
}
