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
