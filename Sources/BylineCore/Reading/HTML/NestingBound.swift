/// Keeps a page's elements from nesting deeper than libxml2 will build them: libxml2 stops
/// the whole parse at 256 open elements, keeping only the text before, and with its limit
/// lifted it scans its stack of open elements at every stray end tag (quadratic time).
///
/// Decides, tag by tag in document order, which tags `PageSlimmer` keeps. Start tags past
/// `limit` open elements are left out, with their end tags; the text inside stays and flows
/// into the deepest element kept (the page is flattened there, not cut).
///
/// The open elements are counted so as never to be fewer than libxml2's: an element counts
/// as closed only when its end tag meets it on top, where libxml2 closes it too. libxml2
/// closes more (an unclosed `<p>` at the next `<p>`, what a stray end tag implies), so the
/// count may run higher than libxml2's stack, never lower; this is why the reader asks for
/// the bound only when a page has stopped libxml2 (`HTMLReader`).
struct NestingBound {
    /// How many elements may be open at once.
    let limit: Int
    /// The elements kept and open, innermost last (lower-case names).
    private var open: [[UInt8]] = []
    /// The elements left out past the limit and open, innermost last.
    private var flattened: [[UInt8]] = []
    /// How many start tags were left out.
    private(set) var leftOut = 0

    /// How far into the left-out elements an end tag is looked for: a bound that keeps every
    /// tag's work constant.
    private static let searchDepth = 16

    /// The elements libxml2 treats as empty (HTML 4's), which never stay open. Only these:
    /// counting an element libxml2 leaves open as empty would count too few.
    private static let voidElements: Set<[UInt8]> = Set(
        ["area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param"]
            .map { Array($0.utf8) }
    )

    /// A bound of `limit` open elements.
    init(limit: Int) {
        self.limit = limit
    }

    /// Whether the start tag of element `name` (lower case) is kept.
    mutating func keepsStart(of name: [UInt8]) -> Bool {
        WorkMeter.count(.markupNodes, 1)
        if Self.voidElements.contains(name) { return true }
        guard flattened.isEmpty, open.count < limit else {
            flattened.append(name)
            leftOut += 1
            return false
        }
        open.append(name)
        return true
    }

    /// Whether the end tag of element `name` (lower case) is kept.
    mutating func keepsEnd(of name: [UInt8]) -> Bool {
        WorkMeter.count(.markupNodes, 1)
        if !flattened.isEmpty {
            // Left-out elements are not in libxml2's tree: closing them in the count is always safe.
            let searchStart = max(0, flattened.count - Self.searchDepth)
            if let match = (searchStart..<flattened.count).last(where: { flattened[$0] == name }) {
                flattened.removeSubrange(match...)
                return false
            }
            guard flattened.count <= Self.searchDepth, open.last == name else { return false }
            flattened.removeAll()
        }
        if open.last == name { open.removeLast() }
        return true
    }
}
