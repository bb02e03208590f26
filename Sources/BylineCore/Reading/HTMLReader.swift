import CLibXML2

/// Reads an HTML page into an article with libxml2's forgiving parser.
public enum HTMLReader {
    /// Reads the bytes of an HTML page.
    public static func read(_ bytes: [UInt8], encodingHint: String? = nil, url: String? = nil) -> Article {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), url, encodingHint ?? "UTF-8", options)
            }
        }
        guard let document else { return Article(url: url, text: "", paragraphs: []) }
        defer { xmlFreeDoc(document) }
        var builder = ArticleBuilder()
        collectParagraphs(xmlDocGetRootElement(document), into: &builder)
        return Article(url: url, text: builder.text, paragraphs: builder.paragraphs)
    }

    private static func collectParagraphs(_ node: xmlNodePtr?, into builder: inout ArticleBuilder) {
        var child = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, String(cString: current.pointee.name) == "p" {
                if let content = xmlNodeGetContent(current) {
                    let text = TextNormalizer.normalize(String(cString: content))
                    builder.append(ParagraphSplitter.collapsingWhitespace(in: text, range: TextRange(start: 0, end: text.unicodeScalars.count)))
                    byline_xmlFree(content)
                }
            } else {
                collectParagraphs(current.pointee.children, into: &builder)
            }
            child = current.pointee.next
        }
    }
}
