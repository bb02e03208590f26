import CLibXML2

/// A repaired feed document parsed by libxml2: recovering from malformed markup, never
/// touching the network, never loading a DTD or substituting entities, and silent (errors go
/// to a handler that counts them, not to stderr).
final class LibXMLDocument {
    /// libxml2's options. `XML_PARSE_NOENT` and `XML_PARSE_DTDLOAD` are never set, and
    /// `XML_PARSE_HUGE` is not either, so libxml2's own limits on depth and text size hold.
    static let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The parsed tree; freed with the document.
    private let document: xmlDocPtr
    /// A note on the errors libxml2 recovered from, if there were any.
    let malformation: String?

    /// Parses repaired UTF-8 bytes; `url` is the document's address, the base of relative
    /// links. `nil` when libxml2 builds no tree at all.
    init?(_ bytes: [UInt8], url: String?) {
        _ = HTMLReader.parserInitialized
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        let (parsed, log) = LibXMLErrorLog.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), url, "UTF-8", Self.options)
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
        malformation = Self.summary(of: log)
    }

    deinit { xmlFreeDoc(document) }

    /// The root element, valid while the document is alive.
    var root: LibXMLElement? { xmlDocGetRootElement(document).map(LibXMLElement.init) }

    /// A note on the errors of `log`, if there were any.
    private static func summary(of log: LibXMLErrorLog) -> String? {
        switch log.count {
        case 0: nil
        case 1: "malformed XML: read as far as line \(log.lastLine)"
        default: "malformed XML (\(Quantity.phrase(log.count, "error")), the first at line \(log.firstLine)): read as far as line \(log.lastLine)"
        }
    }
}

/// An element of a parsed feed, valid while its document is alive.
struct LibXMLElement {
    /// The libxml2 node.
    let pointer: xmlNodePtr

    /// The element's name in lower case, prefixed by the usual prefix of its namespace when
    /// that is one feeds use (`dc:creator`, `content:encoded`, `atom:link`); RSS 1.0's
    /// namespace and unknown default namespaces give no prefix, and an undeclared prefix
    /// stays as written.
    var key: String {
        let local = pointer.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        guard let namespace = pointer.pointee.ns?.pointee else { return local }
        let href = namespace.href.map { String(cString: $0) } ?? ""
        if let known = Self.prefixes[href] { return known.isEmpty ? local : "\(known):\(local)" }
        return namespace.prefix.map { "\(String(cString: $0).lowercased()):\(local)" } ?? local
    }

    /// Namespaces feeds use, by the prefix this reader knows them by.
    private static let prefixes: [String: String] = [
        "http://www.w3.org/2005/Atom": "atom",
        "http://purl.org/atom/ns#": "atom",
        "http://purl.org/rss/1.0/": "",
        "http://my.netscape.com/rdf/simple/0.9/": "",
        "http://backend.userland.com/rss2": "",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://www.w3.org/1999/xhtml": "xhtml",
    ]

    /// The element's local name as written.
    var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The child elements, in order.
    var children: [LibXMLElement] {
        var result: [LibXMLElement] = []
        var cursor = pointer.pointee.children
        while let node = cursor {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(LibXMLElement(pointer: node)) }
            cursor = node.pointee.next
        }
        return result
    }

    /// The first child element with `key`.
    func child(_ key: String) -> LibXMLElement? {
        children.first { $0.key == key }
    }

    /// The value of the attribute whose local name is `name` (any case, any namespace).
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let attributeName = attribute.pointee.name,
                  String(cString: attributeName).lowercased() == name else { continue }
            return Self.value(of: attribute)
        }
        return nil
    }

    /// The value of a libxml2 attribute (its text; nothing else is ever expanded).
    static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var cursor = attribute.pointee.children
        while let node = cursor {
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content { value += String(cString: content) }
            cursor = node.pointee.next
        }
        return value
    }

    /// The text of the element and its descendants (text and CDATA only; nothing else is ever
    /// expanded).
    var text: String {
        var result = ""
        forEachText { _, text in result += text }
        return result
    }

    /// Calls `body` with each text node or CDATA section inside the element, in document order,
    /// saying whether it is CDATA.
    func forEachText(_ body: (_ isCDATA: Bool, _ text: String) -> Void) {
        var cursor = pointer.pointee.children
        while let node = cursor {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { body(node.pointee.type == XML_CDATA_SECTION_NODE, String(cString: content)) }
            case XML_ELEMENT_NODE:
                if let first = node.pointee.children {
                    cursor = first
                    continue
                }
            default:
                break
            }
            cursor = Self.next(after: node, within: pointer)
        }
    }

    /// The base URL that applies to the element: its `xml:base` attributes and its
    /// ancestors', resolved against the document's URL.
    var base: String? {
        guard let base = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { byline_xmlFree(base) }
        return String(cString: base)
    }

    /// The node after `node` in document order, skipping `node`'s children, without leaving `root`.
    private static func next(after node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while current != root {
            if let sibling = current.pointee.next { return sibling }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }
}
