import Testing
@testable import BylineCore

@Suite("HTML reader: hostile input")
struct HTMLHostileInputTests {
    @Test("100,000 nested elements neither crash nor recurse")
    func deepNesting() {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div><span>", count: depth) + "deep text here"
            + String(repeating: "</span></div>", count: depth) + "</body></html>"
        let article = HTMLReader.read(Array(page.utf8))
        #expect(article.text.contains("deep text") || article.text.isEmpty)
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

    @Test("text that a script writes is never read as the article")
    func scriptTextNotRead() {
        let page = "<html><body><article><p>Real text of the article, long enough to count.</p><script>document.write('</div><p>Injected words</p>')</script></article></body></html>"
        let text = HTMLReader.read(Array(page.utf8)).text
        #expect(text == "Real text of the article, long enough to count.")
    }
}
