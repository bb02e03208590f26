import CLibXML2

/// Reads an HTML page into an article with libxml2's forgiving parser: metadata from JSON-LD,
/// OpenGraph and the head; the body from the page's main content, without its furniture.
public enum HTMLReader {
    /// libxml2's options: recover from any markup, stay silent, never touch the network, and
    /// read the bytes as the UTF-8 they are handed as, whatever charset the page declares.
    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The options of a second parse, after libxml2 stopped early: without libxml2's limits
    /// on depth and text size (`XML_PARSE_HUGE`), the depth being bounded by `NestingBound`.
    static let unlimitedParseOptions = parseOptions | Int32(XML_PARSE_HUGE.rawValue)

    /// How deep elements may nest in a page parsed again: below libxml2's 256, with room for
    /// the elements it adds (`html`, `body`, a `p`).
    static let nestingLimit = 200

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
        let body = MainContent(tree: tree).body(resolver: URLResolver(base: metadata.baseURL))
        var builder = ArticleBuilder()
        for paragraph in BodyEnds.trimmed(TitleEcho.removing(metadata.title, from: body.paragraphs)) {
            builder.append(paragraph.text, kind: paragraph.kind, links: paragraph.links)
        }
        return Article(
            title: metadata.title, site: metadata.site, authors: metadata.authors, published: metadata.published,
            url: metadata.url, language: metadata.language, text: builder.text, paragraphs: builder.paragraphs,
            warnings: warnings + body.warnings
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

    /// libxml2's global state, set up once before any page or feed is parsed, on whatever thread.
    static let parserInitialized: Void = xmlInitParser()

    /// Parses `bytes`, decoded to UTF-8 first (`PageDecoder`) and without escape sequences
    /// (`MarkupEscapes`). When libxml2 stops early (elements nested past its limit, a text
    /// node over 10 MB), the page is parsed again without its limits and with its nesting
    /// bounded, so that no text is lost. Safe to call from several threads at once.
    static func parse(_ bytes: [UInt8], encodingHint: String?, warnings: inout [String]) -> xmlDocPtr? {
        _ = parserInitialized
        let decoded = PageDecoder.utf8(bytes, encodingHint: encodingHint)
        warnings += decoded.warnings
        let page = MarkupEscapes.removed(from: decoded.bytes) ?? decoded.bytes
        guard !page.isEmpty, page.count <= Int(Int32.max) else { return nil }
        let first = parseUTF8(PageSlimmer.stripped(page), options: parseOptions)
        guard first.stoppedEarly else { return first.document }
        first.document.map(xmlFreeDoc)
        let bounded = PageSlimmer.stripped(page, nestingLimit: nestingLimit)
        if bounded.leftOut > 0 {
            warnings.append("elements nested deeper than \(nestingLimit) levels: \(bounded.leftOut) tag(s) left out, their text kept")
        }
        let second = parseUTF8(bounded.bytes, options: unlimitedParseOptions)
        if second.stoppedEarly { warnings.append("the page could be read only in part") }
        return second.document
    }

    /// Parses UTF-8 markup with libxml2, its error reports kept off stderr, and tells whether
    /// libxml2 stopped before the end (it then keeps only what it read).
    private static func parseUTF8(_ markup: [UInt8], options: Int32) -> (document: xmlDocPtr?, stoppedEarly: Bool) {
        guard !markup.isEmpty, let context = htmlNewParserCtxt() else { return (nil, false) }
        defer { htmlFreeParserCtxt(context) }
        let document = LibXMLErrorLog.capturing {
            markup.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }.result
        // libxml2 halts a parse by disabling its callbacks and moving to its end state.
        return (document, context.pointee.disableSAX != 0)
    }
}

/// The article's title repeated at the top of its body, as pages do with their `<h1>`.
enum TitleEcho {
    /// `paragraphs` without headings, or a first paragraph, that only repeat `title`.
    static func removing(_ title: String?, from paragraphs: [CollectedParagraph]) -> [CollectedParagraph] {
        guard let title, case let key = LetterKey.of(title), !key.isEmpty else { return paragraphs }
        let longest = title.utf8.count * 2
        return paragraphs.enumerated().filter { offset, paragraph in
            guard paragraph.kind == .heading || offset == 0, paragraph.text.utf8.count <= longest else { return true }
            return LetterKey.of(paragraph.text) != key
        }.map(\.element)
    }
}

/// The calls to action, legal lines and sign-up boxes that pages put inside the body's own
/// markup at its tail ("Subscribe for the full story", "© The Courier. All rights
/// reserved."), judged as the plain-text reader judges them, and the labels of furniture
/// ("Read also", "Mehr zum Thema") left behind wherever their block was removed.
enum BodyEnds {
    /// `paragraphs` without the boilerplate run at the end and without furniture labels.
    static func trimmed(_ paragraphs: [CollectedParagraph]) -> [CollectedParagraph] {
        let ends = BoilerplateTrimmer.ends(count: paragraphs.count) { BoilerplateScorer.score(paragraphs[$0].text) }
        return paragraphs[0..<(paragraphs.count - ends.tail)].filter { !BoilerplateScorer.isFurnitureLabel($0.text) }
    }
}

/// A fast check that bytes are well-formed UTF-8 (no copy; ASCII eight bytes at a time).
enum UTF8Validation {
    /// Whether `bytes` are valid UTF-8: no stray continuation bytes, no overlong forms, no
    /// surrogates, nothing above U+10FFFF, no truncated sequence.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var index = 0
            while index < count {
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let length = sequenceLength(raw, at: index)
                guard length > 0 else { return false }
                index += length
            }
            return true
        }
    }

    /// The length of the well-formed UTF-8 sequence that starts at `index` (1 for ASCII), or
    /// 0 when the bytes there are not one.
    @inline(__always)
    static func sequenceLength(_ raw: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = raw[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= raw.count, (low...high).contains(raw[index + 1]) else { return 0 }
        for offset in 2..<length where raw[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
