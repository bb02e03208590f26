import BylineCore
import BylineStore

/// Annotations as a Markdown document, grouped by article. Every value in it passes
/// `TerminalText`, as the document is printed on a terminal or read there later.
struct MarkdownNotes {
    let notes: [StoredAnnotation]

    /// The document: a heading per article with its site, date, link and id, then each
    /// highlight as a block quote followed by its note, tags, colour and date.
    var rendered: String {
        var lines = ["# Byline notes", ""]
        var lastArticle: Int64?
        for note in notes {
            if note.article.id != lastArticle {
                lastArticle = note.article.id
                lines.append("## \(PrintableText.title(note.article.title))")
                let byline = PrintableText.byline(site: note.article.site, published: note.article.published)
                let link = note.articleURL.map { "<\(TerminalText.line($0))>" }
                let details = [byline.isEmpty ? nil : byline, link, "article \(note.article.id)"].compactMap { $0 }
                lines.append("")
                lines.append("*" + details.joined(separator: " · ") + "*")
                lines.append("")
            }
            lines.append("> " + TerminalText.line(note.anchor.quote.exact))
            if note.isOrphan { lines.append(">\n> *(orphan: these words are no longer in the article)*") }
            lines.append("")
            if !note.note.isEmpty {
                lines.append(TerminalText.lines(note.note))
                lines.append("")
            }
            var facts: [String] = []
            if !note.tags.isEmpty { facts.append("Tags: " + note.tags.map { "#" + TerminalText.line($0) }.joined(separator: " ")) }
            if let color = note.color { facts.append("Colour: \(TerminalText.line(color))") }
            facts.append("Created \(Timestamp.iso(note.createdAt))")
            lines.append(facts.joined(separator: " · "))
            lines.append("")
        }
        if notes.isEmpty { lines.append("No annotations yet.") }
        return lines.joined(separator: "\n") + "\n"
    }
}
