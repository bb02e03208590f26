/// A fetched document on its way to a reader: decoded to UTF-8, then, when it is XML,
/// repaired and parsed.
struct FeedInput {
    /// The document as UTF-8.
    let bytes: [UInt8]
    /// Notes on the encoding.
    let warnings: [String]
    /// The first byte that is not white space.
    let firstByte: UInt8

    /// Decodes `bytes` (see `FeedCharset`); throws `.empty` when they hold only white space.
    init(_ bytes: [UInt8], contentType: String?) throws(FeedParseError) {
        let charset = FeedCharset.detect(bytes, contentType: contentType)
        let decoded = FeedTranscoder.utf8(bytes, charset: charset)
        guard let first = decoded.bytes.first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else { throw .empty }
        self.bytes = decoded.bytes
        warnings = charset.warnings + decoded.warnings
        firstByte = first
    }

    /// Whether the document is JSON.
    var isJSON: Bool { firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") }

    /// The document parsed as XML, with the repairs made on the way; `url` is its address.
    func xml(url: String?) throws(FeedParseError) -> (document: LibXMLDocument, warnings: [String]) {
        guard let repaired = XMLRepair(bytes) else { throw .notAFeed("a document that is neither XML nor JSON") }
        if repaired.rootName?.lowercased() == "html" || repaired.doctypeName?.lowercased() == "html" {
            throw .notAFeed("an HTML page")
        }
        guard let document = LibXMLDocument(repaired.bytes, url: url) else { throw .unreadable("no XML could be read") }
        return (document, repaired.warnings + [document.malformation].compactMap { $0 })
    }

    /// What a document whose root element is `root` is, when it is not what was expected.
    static func description(ofRoot root: LibXMLElement) -> String {
        let name = root.localName
        return HTMLTag(name: name.lowercased()) == .other ? "an XML document whose root element is <\(name)>" : "an HTML page"
    }
}
