import BylineStore

/// The user's annotations exported as one document: Markdown grouped by article, or a W3C Web
/// Annotation collection (JSON-LD) that other annotation tools read.
public struct NotesExport {
    /// The formats of an export.
    public enum Format: String, CaseIterable, Sendable {
        /// Markdown, grouped by article.
        case markdown
        /// A W3C `AnnotationCollection` (JSON-LD).
        case jsonld
    }

    /// The annotations exported, by article then position.
    public let notes: [StoredAnnotation]

    /// An export of `notes`.
    public init(notes: [StoredAnnotation]) {
        self.notes = notes
    }

    /// The export as `format`, ending with a newline.
    public func rendered(as format: Format) throws -> String {
        switch format {
        case .markdown: MarkdownNotes(notes: notes).rendered
        case .jsonld: try WebAnnotationCollection(notes).json
        }
    }
}
