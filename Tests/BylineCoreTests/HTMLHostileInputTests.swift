import Testing
@testable import BylineCore

@Suite("HTML reader: hostile input")
struct HTMLHostileInputTests {
    @Test("100,000 nested elements neither crash nor recurse, and keep their text")
    func deepNesting() {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div><span>", count: depth) + "deep text here"
            + String(repeating: "</span></div>", count: depth) + "<p>Words after the nest.</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text.contains("deep text here"))
        #expect(article.text.contains("Words after the nest."))
    }

    @Test("a page nested past libxml2's limit keeps the text inside and after the nest, with a warning",
          arguments: [255, 300, 2_000])
    func pastTheDepthLimit(depth: Int) {
        let page = "<html><head><title>Tide tables</title></head><body><article><p>The harbour opened at dawn.</p>"
            + String(repeating: "<div>", count: depth) + "<p>The pilot boat waited inside.</p>" + String(repeating: "</div>", count: depth)
            + "<p>The ferry left at noon.</p><p>The gulls followed it out.</p></article></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text == "The harbour opened at dawn.\n\nThe pilot boat waited inside.\n\nThe ferry left at noon.\n\nThe gulls followed it out.")
        #expect(article.warnings.contains { $0.contains("nested deeper than") })
    }

    @Test("400 paragraphs each opening an unclosed <font> are all read")
    func unclosedFonts() {
        let page = "<html><body>" + (0..<400).map { "<font face=\"serif\"><p>Paragraph \($0) of the river notes.</p>" }.joined()
            + "</body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.paragraphs.count == 400)
        #expect(article.text.hasSuffix("Paragraph 399 of the river notes."))
    }

    /// Paragraphs that each open an inline element and never close it, in the shapes pages use
    /// (the last in the items of one list).
    static let unclosedInlineShapes: [(name: String, paragraph: @Sendable (Int) -> String)] = [
        ("<font>", { "<p><font face=\"serif\">Paragraph \($0) of the river notes." }),
        ("<span>", { "<p><span>Paragraph \($0) of the river notes." }),
        ("<em>", { "<p><em>Paragraph \($0) of the river notes." }),
        ("<b>, </p> missing", { "<p><b>Paragraph \($0)</b> of the <b>river notes." }),
        ("<a> after words", { "<p>Paragraph \($0) of the <a href=\"/notes/\($0)\">river notes." }),
        ("<span> then a heading", { "<p><span>Paragraph \($0) of the river notes.<h2>Heading \($0) of the river notes</h2>" }),
        ("<font> then a list item", { "\($0 == 0 ? "<ul>" : "")<li><p><font>Paragraph \($0) of the river notes." }),
    ]

    @Test("paragraphs that open an inline element and never close it are all read, in order",
          arguments: 0..<unclosedInlineShapes.count, [20, 400])
    func unclosedInlineElements(shape: Int, count: Int) {
        let paragraph = Self.unclosedInlineShapes[shape].paragraph
        let page = "<html><head><title>River notes</title></head><body>" + (0..<count).map(paragraph).joined() + "</body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        let blocks = article.text.components(separatedBy: "\n\n")
        #expect(blocks.count == article.paragraphs.count)
        let numbers = blocks.filter { $0.hasPrefix("Paragraph ") }.map { Int($0.dropFirst(10).prefix { $0 != " " }) }
        #expect(numbers == Array(0..<count), "\(Self.unclosedInlineShapes[shape].name)")
        #expect(!article.warnings.contains { $0.contains("nested deeper than") })
    }

    @Test("a text node over libxml2's 10 MB limit is read whole, and what follows it")
    func hugeTextNode() {
        let words = String(repeating: "tide ", count: 2_200_000)
        let page = "<html><body><p>" + words + "</p><p>The last paragraph.</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text.hasSuffix("tide\n\nThe last paragraph."))
        #expect(article.text.utf8.count > 10_000_000)
    }

    @Test("a byte sequence Shift_JIS cannot read becomes U+FFFD, and the rest of the page is read")
    func shiftJISError() {
        let page = Array("<html><head><meta charset=\"shift_jis\"><title>Port</title></head><body><p>".utf8)
            + [0x8D, 0x60, 0x81, 0x42] + [0x81, 0x20, 0x85, 0xFF] + Array(" after the bad bytes</p><p>Second paragraph.</p></body></html>".utf8)
        let article = HTMLReader.read(page)
        #expect(article.text.hasPrefix("港。"))
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.text.hasSuffix("after the bad bytes\n\nSecond paragraph."))
        #expect(article.warnings.contains { $0.contains("not valid shift_jis") })
    }

    @Test("byte 0x9D, undefined in windows-1252, becomes U+FFFD on an undeclared page read with that hint")
    func windows1252Undefined() {
        let page = Array("<html><body><p>The caf".utf8) + [0xE9, 0x20, 0x9D] + Array(" stayed open.</p><p>Then the rain came.</p></body></html>".utf8)
        let article = HTMLReader.read(page, encodingHint: "windows-1252")
        #expect(article.text == "The café \u{FFFD} stayed open.\n\nThen the rain came.")
        #expect(article.warnings.contains { $0.contains("not valid windows-1252") })
    }

    @Test("libxml2 writes nothing to stderr on an encoding error")
    func nothingOnStderr() throws {
        let page = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>a".utf8) + [0x81, 0x20, 0x85, 0xFF] + Array("b</p></body></html>".utf8)
        let printed = try StandardError.captured { _ = HTMLReader.read(page) }
        #expect(!printed.contains("encoding error"))
        #expect(!printed.contains("I/O error"))
    }

    @Test("escape sequences in text, titles and links are removed whole, not only their ESC")
    func escapeSequencesWhole() throws {
        let page = "<html><head><title>Harbour \u{1B}]0;pwned\u{07}news</title>"
            + "<link rel=\"canonical\" href=\"https://example.org/tide\u{1B}]0;pwned\u{07}\"></head><body><article>"
            + "<p>Clear \u{1B}[2Jthe screen, \u{1B}]52;c;aGVsbG8=\u{1B}\\copy, \u{9D}0;eight-bit\u{9C}title and \u{1B}(Bmore.</p>"
            + "<p><a href=\"https://example.org/\u{1B}[31mred\">a \u{1B}[1mbold\u{1B}[0m link</a> ends here.</p></article></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        let everything = [article.title ?? "", article.url ?? "", article.text] + article.paragraphs.flatMap { $0.links.map(\.url) }
        for value in everything {
            #expect(!value.contains("pwned") && !value.contains("[2J") && !value.contains("]52;") && !value.contains("[31m"), "\(value)")
        }
        #expect(article.title == "Harbour news")
        #expect(article.text == "Clear the screen, copy, title and more.\n\na bold link ends here.")
    }

    @Test("a broken escape sequence in markup stops at the next tag")
    func brokenSequenceStopsAtTag() {
        let page = "<html><body><p>Start \u{1B}]0;never terminated</p><p>The next paragraph survives.</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text == "Start\n\nThe next paragraph survives.")
    }

    @Test("garbage bytes give an article, never a crash", arguments: [0, 1, 2, 3])
    func garbage(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 1...255, using: &generator) }
        _ = HTMLReader.read([0x3C, 0x70, 0x3E] + bytes)
    }

    @Test("unclosed tags, stray closers and broken attributes are recovered")
    func brokenMarkup() {
        let page = "<html><body><article><p>First, unclosed<p>Second paragraph, after an unclosed one.</div></span><p>Third <b>bold <i>both</b> italic</article><td>stray cell</html></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text.contains("Second paragraph, after an unclosed one."))
        #expect(article.text.contains("Third bold both italic"))
    }

    @Test("control characters and escape sequences in the page never reach the text")
    func controls() {
        let page = "<html><body><article><p>Red \u{1B}[31malert\u{1B}[0m and a bell\u{07} and C1\u{9B}2J here.</p></article></body></html>"
        let text = HTMLReader.read(Array(page.utf8)).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("alert"))
    }

    @Test("a page that is only markup, or empty of text, gives an empty body")
    func noText() {
        #expect(HTMLReader.read(Array("<html><head><title>T</title></head><body><script>x()</script></body></html>".utf8)).text.isEmpty)
        #expect(HTMLReader.read([]).text.isEmpty)
    }

    @Test("a huge JSON-LD array stays cheap and correct")
    func hugeJSONLD() {
        let items = Array(repeating: "{\"@type\":\"Thing\"}", count: 50_000).joined(separator: ",")
        let page = "<html><head><script type=\"application/ld+json\">[\(items)]</script></head><body><p>Body text.</p></body></html>"
        #expect(HTMLReader.read(Array(page.utf8)).text == "Body text.")
    }
}

/// A small deterministic random generator (SplitMix64), so that fuzz cases repeat.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite("HTML reader: slimming pages before parsing")
struct HTMLPageSlimmerTests {
    private func stripped(_ page: String) -> String {
        String(decoding: PageSlimmer.stripped(Array(page.utf8)), as: UTF8.self)
    }

    @Test("script and style bodies go, their tags and JSON-LD stay")
    func strips() {
        #expect(stripped("<p>a</p><SCRIPT type=\"x\">if (a < b) { w('</p>') }</script><p>b</p>")
            == "<p>a</p><SCRIPT type=\"x\"></script><p>b</p>")
        #expect(stripped("<style type=\"a>b\">p { color: red }</style>x") == "<style type=\"a>b\"></style>x")
        let jsonLD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
        #expect(stripped(jsonLD) == jsonLD)
    }

    @Test("start tags keep only the attributes the reader uses, quotes and all")
    func attributes() {
        #expect(stripped("<div data-x='{\"a\":1}' class=\"body\" onclick=go() id=main>t</div>")
            == "<div class=\"body\" id=main>t</div>")
        #expect(stripped("<a HREF = \"/x?a=1&amp;b=2\" target=_blank>l</a><br/>") == "<a HREF = \"/x?a=1&amp;b=2\">l</a><br>")
        #expect(stripped("<img src=\"a>b.png\" alt=x><p>after</p>") == "<img><p>after</p>")
        #expect(stripped("<p title=\"never closed>text") == "<p")
    }

    @Test("look-alike names, comments and unclosed scripts")
    func edges() {
        #expect(stripped("<scripted>keep</scripted>") == "<scripted>keep</scripted>")
        #expect(stripped("<!-- <script> --><p>kept</p>") == "<!-- <script> --><p>kept</p>")
        #expect(stripped("<p>x</p><script>never closed") == "<p>x</p><script>")
        #expect(stripped("<script") == "<script")
    }

    @Test("with a nesting limit, deeper tags are left out, block ones as one paragraph break")
    func nestingLimit() {
        let slimmed = PageSlimmer.stripped(Array("<div><div><div><p>a</p></div></div></div>b".utf8), nestingLimit: 2)
        #expect(String(decoding: slimmed.bytes, as: UTF8.self) == "<div><div><br><br>a<br><br></div></div>b")
        #expect(slimmed.leftOut == 2)
        let inline = PageSlimmer.stripped(Array("<b><i><u>x</u></i></b><br><hr>".utf8), nestingLimit: 1)
        #expect(String(decoding: inline.bytes, as: UTF8.self) == "<b>x</b><br><hr>")
    }

    @Test("a tag that closes a paragraph first closes the elements open inside it, as HTML5 does")
    func paragraphClosed() {
        #expect(stripped("<p><font>a<p><font>b") == "<p><font>a</font></p><p><font>b")
        #expect(stripped("<P><a href=x><I>a<H2>b</h2>") == "<P><a href=x><I>a</i></a></p><H2>b</h2>")
        #expect(stripped("<p><span>a</span>b<ul><li>c") == "<p><span>a</span>b</p><ul><li>c")
        #expect(stripped("<p>a<img src=x><br>b<div>c") == "<p>a<img><br>b</p><div>c")
    }

    @Test("end tags inside a paragraph close what they name; a stray inline one changes nothing")
    func paragraphEndTags() {
        #expect(stripped("<p><b><i>a</b>b<div>c") == "<p><b><i>a</b>b</p><div>c")
        #expect(stripped("<p><span>a</b>b<p>c") == "<p><span>a</b>b</span></p><p>c")
        #expect(stripped("<p><span>a</p>b<div>c") == "<p><span>a</p>b<div>c")
        #expect(stripped("<div><p><span>a</div><p>b") == "<div><p><span>a</div><p>b")
    }

    @Test("a paragraph is not closed from inside a button, an object or a table cell")
    func paragraphScope() {
        #expect(stripped("<p><button>a<div>b</div></button><p>c") == "<p><button>a<div>b</div></button></p><p>c")
        #expect(stripped("<p><object><p>a</p></object>b<p>c") == "<p><object><p>a</p></object>b</p><p>c")
    }

    @Test("with a nesting limit, the end tags written for a paragraph are bounded too")
    func paragraphClosedWithinBound() {
        let slimmed = PageSlimmer.stripped(Array("<p><b><i><u>a<p>b".utf8), nestingLimit: 2)
        #expect(String(decoding: slimmed.bytes, as: UTF8.self) == "<p><b>a</b></p><p>b")
        #expect(slimmed.leftOut == 2)
    }

    @Test("an element that libxml2 keeps open past an end tag is never counted closed")
    func nestingCountsNoFewer() {
        // The first `</p>` does not meet its `<p>` on top: both stay counted open, as libxml2
        // may keep them, so the second `<span>` is past the limit of three.
        let slimmed = PageSlimmer.stripped(Array("<p><span></p><p><span></p><p>c".utf8), nestingLimit: 3)
        #expect(String(decoding: slimmed.bytes, as: UTF8.self) == "<p><span></p><p></p><p>c")
        #expect(slimmed.leftOut == 1)
    }

    @Test("text that a script writes is never read as the article")
    func scriptTextNotRead() {
        let page = "<html><body><article><p>Real text of the article, long enough to count.</p><script>document.write('</div><p>Injected words</p>')</script></article></body></html>"
        let text = HTMLReader.read(Array(page.utf8)).text
        #expect(text == "Real text of the article, long enough to count.")
    }
}
