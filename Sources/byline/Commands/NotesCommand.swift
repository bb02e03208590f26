import ArgumentParser
import BylineStore
import Foundation

/// `byline notes [ID]`: the user's annotations, orphans included, or an export of them.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List annotations (all, or one article's), or export them as Markdown or W3C JSON-LD.",
        discussion: "Orphans (highlights whose words are no longer in the article) are listed, never deleted."
    )

    @Argument(help: ArgumentHelp("Only this article's annotations.", valueName: "id"))
    var id: Int64?

    @Option(name: .long, help: ArgumentHelp("Export as markdown (grouped by article) or jsonld (W3C Web Annotations).", valueName: "format"))
    var export: NotesFormat?

    @Option(name: .long, help: ArgumentHelp("Write the export to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print the annotations as W3C JSON-LD (same as --export jsonld).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if output != nil, export == nil, !json { throw ValidationError("--output is for --export") }
    }

    func run() throws {
        try Failure.exitingOnError {
            let notes = try library.open().annotations(articleId: id)
            let format = json ? .jsonld : export
            let text: String
            switch format {
            case .markdown: text = MarkdownNotes(notes: notes).rendered
            case .jsonld: text = try WebAnnotationCollection(notes).json
            case nil: text = NotesListing(notes: notes).rendered
            }
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data("byline: wrote \(notes.count) annotation(s) to \(output)\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}

/// `--export`'s choices.
enum NotesFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, jsonld
}

/// Annotations as readable lines for a terminal.
struct NotesListing {
    let notes: [StoredAnnotation]

    var rendered: String {
        guard !notes.isEmpty else { return "No annotations. Add one with `byline annotate ID --quote \"words\"`.\n" }
        var lines: [String] = []
        var lastArticle: Int64?
        for note in notes {
            if note.article.id != lastArticle {
                lastArticle = note.article.id
                if !lines.isEmpty { lines.append("") }
                lines.append("\(PrintableText.title(note.article.title)) [\(note.article.id)]")
            }
            let tags = note.tags.isEmpty ? "" : "  " + note.tags.map { "#" + PrintableText.line($0) }.joined(separator: " ")
            let orphan = note.isOrphan ? "  (orphan: no longer found in the article)" : ""
            lines.append("  [\(note.id)] “\(PrintableText.line(note.anchor.quote.exact))”\(orphan)\(tags)")
            if !note.note.isEmpty { lines.append("       \(PrintableText.line(note.note))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Annotations as a Markdown document, grouped by article.
struct MarkdownNotes {
    let notes: [StoredAnnotation]

    var rendered: String {
        var lines = ["# Byline notes", ""]
        var lastArticle: Int64?
        for note in notes {
            if note.article.id != lastArticle {
                lastArticle = note.article.id
                lines.append("## \(PrintableText.title(note.article.title))")
                let byline = PrintableText.byline(site: note.article.site, published: note.article.published)
                let link = note.articleURL.map { "<\($0)>" }
                let details = [byline.isEmpty ? nil : byline, link, "article \(note.article.id)"].compactMap { $0 }
                lines.append("")
                lines.append("*" + details.joined(separator: " · ") + "*")
                lines.append("")
            }
            lines.append("> " + PrintableText.line(note.anchor.quote.exact))
            if note.isOrphan { lines.append(">\n> *(orphan: these words are no longer in the article)*") }
            lines.append("")
            if !note.note.isEmpty {
                lines.append(note.note)
                lines.append("")
            }
            var facts: [String] = []
            if !note.tags.isEmpty { facts.append("Tags: " + note.tags.map { "#" + $0 }.joined(separator: " ")) }
            if let color = note.color { facts.append("Colour: \(color)") }
            facts.append("Created \(Timestamp.iso(note.createdAt))")
            lines.append(facts.joined(separator: " · "))
            lines.append("")
        }
        if notes.isEmpty { lines.append("No annotations yet.") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One annotation in the W3C Web Annotation Data Model (JSON-LD).
struct WebAnnotation: Encodable {
    struct Body: Encodable {
        let type = "TextualBody"
        let value: String
        let format: String?
        let purpose: String
    }

    struct Selector: Encodable {
        let type: String
        let exact: String?
        let prefix: String?
        let suffix: String?
        let start: Int?
        let end: Int?
    }

    struct Target: Encodable {
        let source: String
        let selector: [Selector]
    }

    let context = "http://www.w3.org/ns/anno.jsonld"
    let id: String
    let type = "Annotation"
    let motivation: String
    let created: String
    let modified: String
    let body: [Body]
    let target: Target
    let orphan: Bool
    let color: String?

    init(_ note: StoredAnnotation) {
        id = "urn:byline:annotation:\(note.id)"
        motivation = note.note.isEmpty ? "highlighting" : "commenting"
        created = Timestamp.iso(note.createdAt)
        modified = Timestamp.iso(note.modifiedAt)
        body = (note.note.isEmpty ? [] : [Body(value: note.note, format: "text/markdown", purpose: "commenting")])
            + note.tags.map { Body(value: $0, format: nil, purpose: "tagging") }
        let quote = note.anchor.quote
        target = Target(source: note.articleURL ?? "urn:byline:article:\(note.article.id)", selector: [
            Selector(type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: nil, end: nil),
            Selector(type: "TextPositionSelector", exact: nil, prefix: nil, suffix: nil,
                     start: note.anchor.position.start, end: note.anchor.position.end),
        ])
        orphan = note.isOrphan
        color = note.color
    }

    private enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, motivation, created, modified, body, target, orphan, color
    }
}

/// Annotations as a W3C `AnnotationCollection` with one page.
struct WebAnnotationCollection: Encodable {
    struct Page: Encodable {
        let type = "AnnotationPage"
        let items: [WebAnnotation]
    }

    let context = "http://www.w3.org/ns/anno.jsonld"
    let type = "AnnotationCollection"
    let total: Int
    let first: Page

    init(_ notes: [StoredAnnotation]) {
        total = notes.count
        first = Page(items: notes.map(WebAnnotation.init))
    }

    private enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type, total, first
    }

    /// The collection as pretty-printed JSON with a final newline.
    var json: String {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
        }
    }
}
