import CLibXML2

/// Writes the elements inside a feed field back out as HTML: Atom's inline XHTML, and the
/// unescaped markup some RSS feeds put straight into `<description>`.
///
/// Elements are written by local name (an `xhtml:p` is a `p`), attributes by local name with
/// escaped values, void elements without an end tag. Only elements, text and CDATA are
/// written; comments and processing instructions are dropped. libxml2 stops parsing at 256
/// levels of nesting, which bounds the recursion.
enum MarkupSerializer {
    /// The HTML for the content of `element`. When `textIsMarkup`, text directly inside
    /// `element` is already HTML (an RSS description) and is written as it is; text inside
    /// child elements is always escaped.
    static func html(ofContentOf element: LibXMLElement, textIsMarkup: Bool) -> String {
        var output = ""
        writeChildren(of: element.pointer, textIsMarkup: textIsMarkup, to: &output)
        return output
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    private static func writeChildren(of parent: xmlNodePtr, textIsMarkup: Bool, to output: inout String) {
        var cursor = parent.pointee.children
        while let node = cursor {
            cursor = node.pointee.next
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let text = String(cString: content)
                output += textIsMarkup ? text : HTMLText.escaped(text)
            case XML_ELEMENT_NODE:
                write(node, to: &output)
            default:
                continue
            }
        }
    }

    private static func write(_ node: xmlNodePtr, to output: inout String) {
        let name = LibXMLElement(pointer: node).localName
        output += "<" + name
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let attributeName = attribute.pointee.name else { continue }
            output += " \(String(cString: attributeName))=\"\(HTMLText.escaped(LibXMLElement.value(of: attribute)))\""
        }
        output += ">"
        guard !voidElements.contains(name.lowercased()) else { return }
        writeChildren(of: node, textIsMarkup: false, to: &output)
        output += "</\(name)>"
    }
}
