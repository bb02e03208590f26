/// Closes an open `<p>` where an HTML5 parser would and libxml2 does not: at a start tag of
/// the HTML5 "close a p element" set (`<p>`, `<div>`, headings, lists, `<table>`, …) while
/// elements other than the paragraph are open inside it.
///
/// libxml2 closes a paragraph at such a tag only when the paragraph is the innermost open
/// element: in `<p><font>One<p><font>Two` it nests the second paragraph inside the first
/// one's `<font>`, and so on down a page, where the reader's content locator then finds an
/// inner part of the nest only. `PageSlimmer` asks this closer, tag by tag in document order,
/// which end tags to write before a start tag: the elements open inside the paragraph,
/// innermost first, then the paragraph (`<p><font>One</font></p><p><font>Two`). HTML5 would
/// also reopen the formatting elements (`<b>`, `<a>`, `<font>`) in the next paragraph; the
/// reader keeps their text either way, and leaving them closed keeps the work linear.
///
/// Only what lies inside the innermost open paragraph is followed. An end tag of an element
/// open inside it closes that element and what it holds, as libxml2 does; `</p>`, or the end
/// tag of a block element not open inside it (most often one around the paragraph), ends
/// the paragraph; a stray end tag of an inline element changes nothing. A paragraph holding a
/// scope boundary (`<button>`, `<object>`, a table cell, …) is not closed from inside it.
/// Every tag costs constant work, amortised: an element is pushed once and popped or written
/// out once.
struct ParagraphCloser {
    /// Whether a paragraph is open.
    private var isParagraphOpen = false
    /// The elements open inside the paragraph, innermost last (lower-case names).
    private var inside: [[UInt8]] = []
    /// How many of each name `inside` holds, to tell a stray end tag without a search.
    private var insideCounts: [[UInt8]: Int] = [:]
    /// How many scope boundaries `inside` holds.
    private var boundaries = 0
    /// Tags weighed, elements pushed and popped, end tags written: the closer's work.
    private(set) var work = 0

    private static let paragraph = Array("p".utf8)

    private static func names(_ list: String) -> Set<[UInt8]> {
        Set(list.split(separator: " ").map { Array($0.utf8) })
    }

    /// HTML5's start tags that close a paragraph open in button scope, with the table's rows,
    /// cells and sections, which end a paragraph inside the cell before them.
    private static let paragraphClosers = names("""
        address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer \
        form header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing \
        li dd dt plaintext table hr xmp caption colgroup col tbody thead tfoot tr td th
        """)

    /// Elements that stop a search for an open paragraph (HTML5's button scope).
    private static let scopeBoundaries = names("applet caption html table td th marquee object template button")

    /// Elements without content in HTML5 or in libxml2 (HTML 4), which never stay open. One
    /// that libxml2 keeps open (`<wbr>`) is closed by the `</p>` written after it.
    private static let voidElements = names("""
        area base basefont bgsound br col embed frame hr img input isindex keygen link meta param source track wbr
        """)

    /// The phrasing elements whose stray end tag leaves the paragraph open (for libxml2 too,
    /// when no element of the name is open around the paragraph).
    private static let inlineElements = names("""
        a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp small \
        span strike strong sub sup time tt u var
        """)

    /// The end tags to write before the start tag of element `name` (lower case), innermost
    /// first: those of the elements open inside the paragraph, then `p`, when the tag closes
    /// a paragraph; none otherwise.
    mutating func endTags(before name: [UInt8]) -> [[UInt8]] {
        work += 1
        guard isParagraphOpen, boundaries == 0, Self.paragraphClosers.contains(name) else { return [] }
        let closed = inside.reversed() + [Self.paragraph]
        endParagraph()
        return closed
    }

    /// Notes the start tag of element `name` (lower case), written after the end tags
    /// `endTags(before:)` gave. A closing slash (`<span/>`) changes nothing: `PageSlimmer`
    /// drops it, and libxml2 then keeps the element open, as HTML5 does.
    mutating func noteStart(of name: [UInt8]) {
        if name == Self.paragraph, !isParagraphOpen {
            isParagraphOpen = true
            return
        }
        guard isParagraphOpen, !Self.voidElements.contains(name) else { return }
        work += 1
        inside.append(name)
        insideCounts[name, default: 0] += 1
        if Self.scopeBoundaries.contains(name) { boundaries += 1 }
    }

    /// Notes the end tag of element `name` (lower case).
    mutating func noteEnd(of name: [UInt8]) {
        work += 1
        guard isParagraphOpen else { return }
        if insideCounts[name, default: 0] > 0 {
            while let last = inside.popLast() {
                work += 1
                forget(last)
                if last == name { return }
            }
        } else if !Self.inlineElements.contains(name) {
            endParagraph()
        }
    }

    private mutating func forget(_ name: [UInt8]) {
        if let count = insideCounts[name], count > 1 { insideCounts[name] = count - 1 } else { insideCounts[name] = nil }
        if Self.scopeBoundaries.contains(name) { boundaries -= 1 }
    }

    /// Closes the paragraph and everything open inside it, at a cost of one step an element.
    private mutating func endParagraph() {
        isParagraphOpen = false
        while let last = inside.popLast() {
            work += 1
            forget(last)
        }
    }
}
