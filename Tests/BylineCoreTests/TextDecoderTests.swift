import Testing
@testable import BylineCore

@Suite("Decoding text files")
struct TextDecoderTests {
    @Test("UTF-8 with and without a byte-order mark")
    func utf8() {
        let plain = TextDecoder.decode(Array("Zürich “vote”".utf8))
        let marked = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Zürich “vote”".utf8))
        #expect(plain.text == "Zürich “vote”")
        #expect(marked.text == "Zürich “vote”")
        #expect(plain.warnings.isEmpty && marked.warnings.isEmpty)
    }

    @Test("invalid bytes become U+FFFD with a warning, never a failure")
    func invalidUTF8() {
        let result = TextDecoder.decode(Array("caf".utf8) + [0xE9] + Array(" au lait ".utf8) + [0xFF, 0xFE, 0x80])
        #expect(result.text.hasPrefix("caf\u{FFFD} au lait "))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("invalid UTF-8") == true)
    }

    @Test("a truncated multi-byte sequence at the end is replaced")
    func truncatedSequence() {
        let result = TextDecoder.decode(Array("end ".utf8) + [0xE2, 0x80])
        #expect(result.text.hasPrefix("end "))
        #expect(result.text.unicodeScalars.last == "\u{FFFD}")
        #expect(!result.warnings.isEmpty)
    }

    @Test("UTF-16 in either byte order, announced by its byte-order mark")
    func utf16() {
        let littleEndian: [UInt8] = [0xFF, 0xFE] + "Ré".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + "Ré".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(littleEndian).text == "Ré")
        #expect(TextDecoder.decode(bigEndian).text == "Ré")
    }

    @Test("an odd trailing byte and an unpaired surrogate in UTF-16 are warned about")
    func brokenUTF16() {
        let odd = TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(odd.text == "A")
        #expect(odd.warnings.count == 1)
        let surrogate = TextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        #expect(surrogate.text == "\u{FFFD}A")
        #expect(surrogate.warnings.count == 1)
    }

    @Test("the reader passes decoding warnings on to the article")
    func readerKeepsWarnings() throws {
        let article = try ArticleReader.read(Array("The vote passed.\n\nCaf".utf8) + [0xE9] + Array(" owners cheered.".utf8), options: .init(format: .text))
        #expect(article.warnings.count == 1)
        #expect(article.text.contains("Caf\u{FFFD} owners cheered."))
    }

    @Test("CRLF text with a byte-order mark reads like LF text")
    func crlfWithMark() throws {
        let crlf = try ArticleReader.read([0xEF, 0xBB, 0xBF] + Array("Flood barrier tested ahead of winter\r\n\r\nEngineers raised it.\r\n".utf8))
        #expect(crlf.title == "Flood barrier tested ahead of winter")
        #expect(crlf.text == "Engineers raised it.")
    }

    @Test("the format is sniffed from the first character after white space and byte-order marks", arguments: [
        ("Flood barrier tested\n\nEngineers raised it.", ArticleFormat.text),
        ("  \r\n\tThe <p> tag is not a page", .text),
        ("\u{FEFF}  <!DOCTYPE html><html><body><p>Hi</p></body></html>", .html),
        ("\n\n<HTML><body>Hi</body></html>", .html),
        ("\u{00A0}<div>markup after a no-break space</div>", .html),
        ("<b>bold</b> is no document", .text),
        ("Ünïcode first, <html> later", .text),
        ("\u{0001}<html>", .text),
    ])
    func sniffing(text: String, format: ArticleFormat) {
        #expect(ArticleFormat.sniff(Array(text.utf8)) == format)
    }
}
