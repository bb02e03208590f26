import CLibXML2

/// Reads an HTML page into an article with libxml2's forgiving parser: metadata from JSON-LD,
/// OpenGraph and the head; the body from the page's main content, without its furniture.
public enum HTMLReader {
    /// libxml2's options: recover from any markup, stay silent, never touch the network.
    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)

    /// Reads the bytes of an HTML page. `encodingHint` names the charset to assume when the
    /// page declares none; `url` is where the page was saved from.
    public static func read(_ bytes: [UInt8], encodingHint: String? = nil, url: String? = nil) -> Article {
        var warnings: [String] = []
        guard let document = parse(bytes, encodingHint: encodingHint, warnings: &warnings) else {
            return Article(url: url, text: "", paragraphs: [], warnings: warnings + ["the page could not be parsed"])
        }
        defer { xmlFreeDoc(document) }
        let tree = HTMLTree(document: document)
        let metadata = PageMetadata(tree: tree, pageURL: url)
        let body = MainContent(tree: tree).paragraphs(resolver: URLResolver(base: metadata.baseURL))
        var builder = ArticleBuilder()
        for paragraph in TitleEcho.removing(metadata.title, from: body) {
            builder.append(paragraph.text, kind: paragraph.kind, links: paragraph.links)
        }
        return Article(
            title: metadata.title, site: metadata.site, authors: metadata.authors, published: metadata.published,
            url: metadata.url, language: metadata.language, text: builder.text, paragraphs: builder.paragraphs,
            warnings: warnings
        )
    }

    /// Parses `bytes` as UTF-8 with libxml2 and frees the tree, doing nothing else: the
    /// yardstick the reader's speed is measured against. Returns whether a tree was built.
    public static func parseOnly(_ bytes: [UInt8]) -> Bool {
        _ = parserInitialized
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", parseOptions)
                }
            }
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }

    /// libxml2's global state, set up once before any page is parsed, on whatever thread.
    private static let parserInitialized: Void = xmlInitParser()

    /// Parses `bytes` with the detected encoding; invalid UTF-8 is repaired first so that
    /// libxml2 does not fall back to Latin-1 for the whole page. Safe to call from several
    /// threads at once.
    static func parse(_ bytes: [UInt8], encodingHint: String?, warnings: inout [String]) -> xmlDocPtr? {
        _ = parserInitialized
        let encoding = HTMLEncoding.detect(bytes, hint: encodingHint)
        var input = Array(bytes.dropFirst(encoding.byteOrderMarkLength))
        var encodingName = encoding.name
        if encodingName == "UTF-8", String(validating: input, as: UTF8.self) == nil {
            let decoded = TextDecoder.decode(input)
            warnings += decoded.warnings
            input = Array(decoded.text.utf8)
        } else if encodingName != "UTF-8", xmlFindCharEncodingHandler(encodingName) == nil {
            warnings.append("unknown character encoding \(encodingName); read as UTF-8")
            encodingName = "UTF-8"
            let decoded = TextDecoder.decode(input)
            warnings += decoded.warnings
            input = Array(decoded.text.utf8)
        }
        guard !input.isEmpty, input.count <= Int(Int32.max) else { return nil }
        return input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encodingName, parseOptions)
            }
        }
    }
}

/// The article's title repeated at the top of its body, as pages do with their `<h1>`.
enum TitleEcho {
    /// `paragraphs` without headings, or a first paragraph, that only repeat `title`.
    static func removing(_ title: String?, from paragraphs: [CollectedParagraph]) -> [CollectedParagraph] {
        guard let title = title.map(comparable), !title.isEmpty else { return paragraphs }
        return paragraphs.enumerated().filter { offset, paragraph in
            guard paragraph.kind == .heading || offset == 0 else { return true }
            return comparable(paragraph.text) != title
        }.map(\.element)
    }

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
