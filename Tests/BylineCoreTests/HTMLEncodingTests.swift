import Testing
@testable import BylineCore

@Suite("HTML reader: encodings")
struct HTMLEncodingTests {
    @Test("<meta http-equiv> windows-1252 decodes curly quotes, dashes and the euro sign")
    func windows1252() throws {
        let article = try HTMLFixture.article("windows-1252")
        #expect(article.title == "Café owners “delighted” by new terrace rules")
        #expect(article.text.contains("twice as many as last year — after"))
        #expect(article.text.contains("Renée Lavallée"))
        #expect(article.text.contains("€5"))
    }

    @Test("ISO-8859-1 declared in the content type")
    func latin1() throws {
        let article = try HTMLFixture.article("latin1-meta-charset")
        #expect(article.text.contains("naïve hope"))
    }

    @Test("an undeclared page follows the encoding hint")
    func hint() throws {
        let article = try HTMLFixture.article("undeclared-windows-1252", encodingHint: "windows-1252")
        #expect(article.text.contains("Renée Lavallée"))
        #expect(article.warnings.isEmpty)
    }

    @Test("an undeclared page without a hint is UTF-8; invalid bytes are replaced with a warning")
    func invalidUTF8() throws {
        let article = try HTMLFixture.article("undeclared-windows-1252")
        #expect(article.text.contains("Ren\u{FFFD}e"))
        #expect(!article.warnings.isEmpty)
    }

    @Test("a UTF-8 byte-order mark is skipped and wins over a declared charset")
    func utf8BOM() {
        let page = [0xEF, 0xBB, 0xBF] + Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë’s café</p></body></html>".utf8)
        #expect(HTMLReader.read(page).text == "Zoë’s café")
    }

    @Test("a UTF-16LE byte-order mark")
    func utf16BOM() {
        let text = "<html><body><p>Łódź in spring</p></body></html>"
        let page: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(HTMLReader.read(page).text == "Łódź in spring")
    }

    @Test("a legacy charset declared on bytes that are valid UTF-8 is read as UTF-8")
    func transcodedPage() {
        let page = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Crème brûlée</p></body></html>".utf8)
        #expect(HTMLReader.read(page).text == "Crème brûlée")
    }

    @Test("charset declarations are found in either meta form", arguments: [
        ("<meta charset='KOI8-R'>", "koi8-r"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">", "shift_jis"),
        ("<meta name=\"viewport\" content=\"width=device-width\"><meta charset=utf8>", "UTF-8"),
    ])
    func declarations(head: String, expected: String) {
        let name = HTMLEncoding.detect(Array("<html><head>\(head)</head></html>".utf8), hint: nil).name
        #expect(name == expected)
    }
}

@Suite("HTML reader: byte-level helpers")
struct HTMLByteHelperTests {
    @Test("UTF-8 validation agrees with the standard library", arguments: [
        [0x61, 0x62], [0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0xF0, 0x9F, 0x98, 0x80],
        [0xC3], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x28, 0xA1],
        Array("plain ASCII text longer than eight bytes, then é".utf8),
    ] as [[UInt8]])
    func validation(bytes: [UInt8]) {
        #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test("text the normaliser would change is never taken as stable", arguments: [
        "e\u{301}", "a\u{200B}b", "x\u{1B}[31m", "\u{AD}", "Ω\u{2126}", "\u{FEFF}", "\u{85}",
    ])
    func unstable(text: String) {
        var copy = text
        #expect(copy.withUTF8 { StableUTF8.isStable($0, strictSpaces: true) } == false)
        #expect(NormalizedText.normalize(text) == TextNormalizer.normalize(text))
    }

    @Test("news prose in several scripts is stable and unchanged by the normaliser", arguments: [
        "“Quoted,” she said — twice…", "Ça coûte 5 €", "Москва", "東京と서울", "ＡＢＣ",
    ])
    func stable(text: String) {
        var copy = text
        #expect(copy.withUTF8 { StableUTF8.isStable($0, strictSpaces: true) })
        #expect(TextNormalizer.normalize(text) == text)
    }

    @Test("class and id hints", arguments: [
        ("article-body js-share", ClassHint.articleBody), ("article-body__share", .chrome),
        ("social-media-embed", .neutral), ("ad-slot", .possibleChrome), ("adslot", .chrome), ("header shadow", .neutral),
        ("field-label-hidden", .neutral), ("commentary-body", .neutral), ("comments-section", .chrome),
        ("imageEmbedCredit", .chrome), ("entry-content", .articleBody), ("tag-harbour widget", .possibleChrome),
        ("widget-area sidebar", .chrome), ("date social-links", .chrome), ("kommentar-liste", .chrome),
        ("bloc-partage", .chrome), ("articulos-relacionados", .chrome), ("box-werbung", .possibleChrome),
        ("bewerbung-formular", .neutral),
    ])
    func hints(classAndID: String, expected: ClassHint) {
        #expect(ClassHint(classAndID: classAndID) == expected)
    }
}
