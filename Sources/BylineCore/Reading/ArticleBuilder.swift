/// Assembles an article's body one paragraph at a time, keeping scalar offsets right:
/// paragraphs are joined by one blank line and each link is moved from paragraph-relative
/// to article-relative offsets.
public struct ArticleBuilder: Sendable {
    // A `String` grown with `+=` appends in amortised constant time; appending to a
    // `String.UnicodeScalarView` copies the whole text on every call on Linux.
    private var body = ""
    private var length = 0
    /// The paragraphs appended so far, with article-relative ranges.
    public private(set) var paragraphs: [Paragraph] = []

    /// Creates an empty builder.
    public init() {}

    /// Makes room for a body of about `bytes` UTF-8 bytes, so that a long text is not copied
    /// each time it outgrows its storage.
    public mutating func reserveCapacity(_ bytes: Int) {
        body.reserveCapacity(bytes)
    }

    /// Appends a paragraph. `links` ranges are scalar offsets into `text`. A paragraph that is
    /// empty or only white space is ignored.
    public mutating func append(_ text: String, kind: Paragraph.Kind = .body, links: [Link] = []) {
        guard text.unicodeScalars.contains(where: { !$0.isWhitespaceQuickly }) else { return }
        if !paragraphs.isEmpty {
            body += "\n\n"
            length += 2
        }
        let start = length
        body += text
        length += text.unicodeScalarCount
        let moved = links.map { Link(range: $0.range.shifted(by: start), url: $0.url) }
        paragraphs.append(Paragraph(range: TextRange(start: start, end: length), kind: kind, links: moved))
    }

    /// The body text built so far.
    public var text: String { body }
}
