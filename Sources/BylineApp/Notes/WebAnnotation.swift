import BylineStore
import Foundation

/// One annotation in the W3C Web Annotation Data Model (JSON-LD): its note and tags as bodies,
/// its words as a `TextQuoteSelector` and a `TextPositionSelector` on the article.
public struct WebAnnotation: Encodable {
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

    /// The Web Annotation of `note`.
    public init(_ note: StoredAnnotation) {
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
