import BylineCore

/// The promises a read article keeps whatever its bytes were; a broken one stops the fuzzer
/// with the input that broke it.
public enum ArticleChecks {
    /// Checks `article`: paragraphs and links inside the text and in order; with `normalized`,
    /// no control character but newline and tab in the text.
    public static func check(_ article: Article, normalized: Bool) {
        let length = article.text.unicodeScalars.count
        var previousEnd = 0
        for paragraph in article.paragraphs {
            precondition(paragraph.range.start >= previousEnd && paragraph.range.start <= paragraph.range.end && paragraph.range.end <= length,
                         "paragraph \(paragraph.range) outside the text of \(length) scalars or out of order")
            previousEnd = paragraph.range.end
            for link in paragraph.links {
                precondition(link.range.start >= paragraph.range.start && link.range.end <= paragraph.range.end && link.range.start <= link.range.end,
                             "link \(link.range) outside its paragraph \(paragraph.range)")
            }
        }
        if normalized {
            precondition(!article.text.unicodeScalars.contains { isControl($0) }, "a control character in normalised text")
            for field in [article.title, article.site, article.published].compactMap({ $0 }) + article.authors {
                precondition(!field.unicodeScalars.contains { isControl($0) || $0 == "\n" }, "a control character in a header field")
            }
        }
    }

    /// Checks that every range of `analysis` lies inside a text of `length` scalars and every
    /// source index names a source.
    public static func check(_ analysis: Analysis, length: Int) {
        let sources = analysis.sources.indices
        for quote in analysis.quotes {
            precondition(quote.range.start >= 0 && quote.range.start <= quote.range.end && quote.range.end <= length, "quote \(quote.range) outside the text")
            precondition(quote.sourceIndex.map(sources.contains) ?? true, "quote source \(String(describing: quote.sourceIndex)) out of range")
        }
        for claim in analysis.claims {
            precondition(claim.range.start >= 0 && claim.range.start <= claim.range.end && claim.range.end <= length, "claim \(claim.range) outside the text")
            precondition(claim.sourceIndex.map(sources.contains) ?? true, "claim source out of range")
        }
        for source in analysis.sources {
            for mention in source.mentions {
                precondition(mention.range.start >= 0 && mention.range.end <= length, "mention \(mention.range) outside the text")
            }
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && scalar.properties.generalCategory == .control
    }
}
