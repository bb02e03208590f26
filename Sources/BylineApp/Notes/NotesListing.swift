import BylineCore
import BylineStore

/// Annotations as readable lines for a terminal.
public struct NotesListing {
    /// The annotations listed, by article then position.
    public let notes: [StoredAnnotation]

    /// A listing of `notes`.
    public init(notes: [StoredAnnotation]) {
        self.notes = notes
    }

    /// The listing, one article's title then its annotations, ending with a newline; a hint
    /// when there are none.
    public var rendered: String {
        guard !notes.isEmpty else { return "No annotations. Add one with `byline annotate ID --quote \"words\"`.\n" }
        var lines: [String] = []
        var lastArticle: Int64?
        for note in notes {
            if note.article.id != lastArticle {
                lastArticle = note.article.id
                if !lines.isEmpty { lines.append("") }
                lines.append("\(PrintableText.title(note.article.title)) [\(note.article.id)]")
            }
            let tags = note.tags.isEmpty ? "" : "  " + note.tags.map { "#" + TerminalText.line($0) }.joined(separator: " ")
            let orphan = note.isOrphan ? "  (orphan: no longer found in the article)" : ""
            lines.append("  [\(note.id)] “\(TerminalText.line(note.anchor.quote.exact))”\(orphan)\(tags)")
            if !note.note.isEmpty { lines.append("       \(TerminalText.line(note.note))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
