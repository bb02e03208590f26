/// Reads a plain-text article: paragraphs on blank lines (or on single line breaks when the
/// text has no blank line), a title header with the site's name, a byline and a dateline when
/// the text opens with them, and the boilerplate at its head and tail left out.
public enum PlainTextReader {
    /// Reads decoded text into a normalised article.
    public static func read(_ text: String) -> Article {
        // Most text is normal already: its scalars are checked as they are read, and serve as they are.
        let normalScalars = TextNormalizer.scalarsIfNormal(text)
        let clean = normalScalars == nil ? TextNormalizer.normalize(text) : text
        let layout = PlainTextLayout(scalars: normalScalars ?? [Unicode.Scalar](scalarsOf: clean), isNormalized: true)
        let body = PlainTextBody(of: layout.body, in: clean)
        return article(from: layout, text: body.text, paragraphs: body.paragraphs)
    }

    /// An article whose `text` is exactly `text`, unnormalised: the form offsets must take when
    /// they index an input file itself. Its paragraphs are the title's line (a heading) and the
    /// body's paragraphs as they lie in the file; the rest of the header and the boilerplate
    /// stay in `text` but in no paragraph.
    public static func verbatim(_ text: String) -> Article {
        let layout = PlainTextLayout(scalars: [Unicode.Scalar](scalarsOf: text), isNormalized: false)
        let heading = layout.titleRange.map { [Paragraph(range: $0, kind: .heading)] } ?? []
        let paragraphs = heading + layout.body.map { Paragraph(range: $0.block.range, kind: $0.kind) }
        return article(from: layout, text: text, paragraphs: paragraphs)
    }

    /// Decodes `bytes` (UTF-8 with or without a byte-order mark, or UTF-16 with one) and reads
    /// them verbatim, decoding problems as warnings. Refuses empty and binary input.
    public static func verbatim(_ bytes: [UInt8]) throws(ArticleReadError) -> Article {
        if let problem = ArticleReadError.problem(in: bytes) { throw problem }
        let decoded = TextDecoder.decode(bytes)
        var article = verbatim(decoded.text)
        article.warnings = decoded.warnings
        return article
    }

    private static func article(from layout: PlainTextLayout, text: String, paragraphs: [Paragraph]) -> Article {
        Article(
            title: layout.title,
            site: layout.site,
            authors: layout.authors,
            published: layout.published,
            text: text,
            paragraphs: paragraphs
        )
    }
}

extension ArticleReadError {
    /// Why `bytes` cannot be an article at all: nothing but white space, or NUL bytes outside
    /// UTF-16 text. `nil` when they may be read.
    public static func problem(in bytes: [UInt8]) -> ArticleReadError? {
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return .empty }
        if holdsBinary(bytes) { return .binary }
        return nil
    }

    /// Whether `bytes` (a whole input, or its first part) hold the NUL bytes of binary data
    /// (`StrayNULs`) outside UTF-16 text.
    public static func holdsBinary(_ bytes: [UInt8]) -> Bool {
        !TextDecoder.startsWithUTF16ByteOrderMark(bytes) && StrayNULs.looksBinary(bytes)
    }
}
