import CLibXML2

/// A parsed page flattened in document order: every element and text node once, each with
/// the index one past its last descendant, so that a subtree is the index range
/// `index..<end` and every walk over the page is a loop, never a recursion.
///
/// The tree borrows libxml2's nodes: it is valid only while its document is alive.
struct HTMLTree {
    /// One element or text node.
    struct Node {
        /// The element's name, or `.text` for a text node.
        var tag: HTMLTag
        /// The index of the parent element, or -1 for a top-level node.
        var parent: Int32
        /// One past the index of the node's last descendant.
        var end: Int32
        /// The libxml2 node.
        var pointer: xmlNodePtr
    }

    /// The nodes in document order.
    private(set) var nodes: [Node] = []

    /// Flattens a libxml2 document.
    init(document: xmlDocPtr) {
        var tags: [UnsafePointer<xmlChar>: HTMLTag] = [:]
        var open: [Int32] = []
        var cursor = document.pointee.children
        while let node = cursor {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = Self.tag(of: node, cache: &tags)
                nodes.append(Node(tag: tag, parent: open.last ?? -1, end: Int32(nodes.count + 1), pointer: node))
                if node.pointee.children != nil {
                    open.append(Int32(nodes.count - 1))
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                nodes.append(Node(tag: .text, parent: open.last ?? -1, end: Int32(nodes.count + 1), pointer: node))
            default:
                break
            }
            if descend {
                cursor = node.pointee.children
                continue
            }
            cursor = node.pointee.next
            while cursor == nil, let closed = open.popLast() {
                nodes[Int(closed)].end = Int32(nodes.count)
                cursor = nodes[Int(closed)].pointer.pointee.next
            }
        }
        WorkMeter.count(.markupNodes, nodes.count)
    }

    /// The number of nodes.
    var count: Int { nodes.count }

    /// The tag of node `index`.
    func tag(_ index: Int) -> HTMLTag { nodes[index].tag }

    /// One past the last descendant of node `index`.
    func end(_ index: Int) -> Int { Int(nodes[index].end) }

    /// The parent of node `index`, or `nil` at the top.
    func parent(_ index: Int) -> Int? {
        let parent = nodes[index].parent
        return parent >= 0 ? Int(parent) : nil
    }

    /// The raw bytes of text node `index` (UTF-8 as libxml2 decoded it), or `nil` for an element.
    func textBytes(_ index: Int) -> UnsafePointer<xmlChar>? {
        guard nodes[index].tag == .text else { return nil }
        return UnsafePointer(nodes[index].pointer.pointee.content)
    }

    /// The text of text node `index`.
    func text(_ index: Int) -> String {
        guard let bytes = textBytes(index) else { return "" }
        return String(cString: bytes)
    }

    /// All the text inside node `index`, concatenated without separators.
    func textContent(_ index: Int) -> String {
        var result = ""
        for descendant in index..<end(index) where nodes[descendant].tag == .text {
            result += text(descendant)
        }
        return result
    }

    /// The value of attribute `name` (lower case) on element `index`, or `nil` when absent.
    func attribute(_ name: StaticString, of index: Int) -> String? {
        guard nodes[index].tag != .text else { return nil }
        var property = nodes[index].pointer.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name, Self.equal(attributeName, name) {
                return Self.value(of: attribute)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// The attributes the reader classifies elements by.
    enum ClassifyingAttribute {
        case `class`, id, hidden, ariaHidden, style, role, itemprop

        /// The attribute a libxml2 attribute name names, if it is one of these.
        init?(name: UnsafePointer<xmlChar>) {
            let candidate: (Self, StaticString)
            switch name[0] | 0x20 {
            case UInt8(ascii: "c"): candidate = (.class, "class")
            case UInt8(ascii: "i"): candidate = name[1] | 0x20 == UInt8(ascii: "d") ? (.id, "id") : (.itemprop, "itemprop")
            case UInt8(ascii: "h"): candidate = (.hidden, "hidden")
            case UInt8(ascii: "a"): candidate = (.ariaHidden, "aria-hidden")
            case UInt8(ascii: "s"): candidate = (.style, "style")
            case UInt8(ascii: "r"): candidate = (.role, "role")
            default: return nil
            }
            guard HTMLTree.equal(name, candidate.1) else { return nil }
            self = candidate.0
        }
    }

    /// Calls `body` with each classifying attribute of element `index` and its value's bytes,
    /// without copying values that are plain text.
    func forEachAttribute(of index: Int, _ body: (ClassifyingAttribute, UnsafeBufferPointer<UInt8>) -> Void) {
        guard nodes[index].tag != .text else { return }
        var property = nodes[index].pointer.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let cName = attribute.pointee.name, let known = ClassifyingAttribute(name: cName) else { continue }
            if let first = attribute.pointee.children, first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE,
               let content = first.pointee.content {
                var length = 0
                while content[length] != 0 { length += 1 }
                body(known, UnsafeBufferPointer(start: content, count: length))
            } else {
                let copy = Array(Self.value(of: attribute).utf8)
                copy.withUnsafeBufferPointer { body(known, $0) }
            }
        }
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let first = attribute.pointee.children else { return "" }
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE, let content = first.pointee.content {
            return String(cString: content)
        }
        guard let value = xmlNodeListGetString(attribute.pointee.doc, first, 1) else { return "" }
        defer { byline_xmlFree(value) }
        return String(cString: value)
    }

    fileprivate static func equal(_ cName: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        let expected = name.utf8Start
        for offset in 0..<count where Self.lowercased(cName[offset]) != expected[offset] {
            return false
        }
        return cName[count] == 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    private static func tag(of node: xmlNodePtr, cache: inout [UnsafePointer<xmlChar>: HTMLTag]) -> HTMLTag {
        guard let name = node.pointee.name else { return .other }
        if let known = cache[name] { return known }
        let tag = HTMLTag(name: String(cString: name).lowercased())
        cache[name] = tag
        return tag
    }
}
