import Foundation
import Testing
@testable import BylineCore

/// An RSS document with one item whose title is `title` (raw bytes), after an optional
/// XML declaration naming `declared`.
func rssBytes(title: [UInt8], declared: String? = nil, pubDate: [UInt8] = []) -> [UInt8] {
    let declaration = declared.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
    return Array("\(declaration)<rss version=\"2.0\"><channel><item><guid>g1</guid><title>".utf8) + title
        + Array("</title><pubDate>".utf8) + pubDate + Array("</pubDate></item></channel></rss>".utf8)
}

@Suite("Feed parser: encodings")
struct FeedEncodingTests {
    private func title(_ bytes: [UInt8], contentType: String? = nil) throws -> (String?, [String]) {
        let feed = try FeedParser.parse(bytes, contentType: contentType)
        return (feed.items.first?.title, feed.warnings)
    }

    @Test("the HTTP charset wins over a disagreeing XML declaration, with a warning")
    func httpCharsetWins() throws {
        let koi8 = rssBytes(title: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], declared: "windows-1252")
        let (text, warnings) = try title(koi8, contentType: "application/rss+xml; charset=KOI8-R")
        #expect(text == "Привет")
        #expect(warnings.contains { $0.contains("overrides the XML declaration") })
    }

    @Test("the XML declaration is followed when HTTP names no charset", arguments: [
        ("KOI8-R", [UInt8]([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]), "Привет"),
        ("Big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("windows-1252", [0x93, 0x51, 0x75, 0x61, 0x79, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35], "“Quay” – €5"),
        ("ISO-8859-1", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x92, 0x73], "Café ’s"),
    ])
    func declared(charset: String, bytes: [UInt8], expected: String) throws {
        let (text, warnings) = try title(rssBytes(title: bytes, declared: charset), contentType: "text/xml")
        #expect(text == expected)
        #expect(warnings.isEmpty)
    }

    @Test("charset=utf8 is UTF-8")
    func utf8Alias() throws {
        let (text, _) = try title(rssBytes(title: Array("Café Ōtautahi".utf8)), contentType: "application/xml; charset=\"utf8\"")
        #expect(text == "Café Ōtautahi")
    }

    @Test("an HTTP charset naming UTF-16 for bytes that are not is ignored, with a warning")
    func wrongWideLabel() throws {
        let (text, warnings) = try title(rssBytes(title: Array("Kōwhai".utf8)), contentType: "application/rss+xml; charset=utf-16")
        #expect(text == "Kōwhai")
        #expect(warnings.contains { $0.contains("does not fit the bytes") })
    }

    @Test("a UTF-8 byte-order mark is skipped and wins over the declaration")
    func utf8ByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + rssBytes(title: Array("Zoë’s".utf8), declared: "ISO-8859-1")
        #expect(try title(bytes).0 == "Zoë’s")
    }

    @Test("UTF-16 and UTF-32, with and without byte-order marks")
    func wideEncodings() throws {
        let text = String(decoding: rssBytes(title: Array("Ōtautahi 東京 🚢".utf8)), as: UTF8.self)
        let units = Array(text.utf16)
        let littleEndian = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let utf32 = text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } }
        for bytes in [[0xFF, 0xFE] + littleEndian, [0xFE, 0xFF] + bigEndian, littleEndian, bigEndian, [0xFF, 0xFE, 0, 0] + utf32, utf32] {
            #expect(try title(bytes).0 == "Ōtautahi 東京 🚢")
        }
        #expect(try title(bigEndian, contentType: "text/xml; charset=utf-16").0 == "Ōtautahi 東京 🚢")
    }

    @Test("bytes that are not valid UTF-8 are read as windows-1252, the valid ones kept, with a warning")
    func invalidUTF8() throws {
        let bytes = rssBytes(title: Array("café ".utf8) + [0x93, 0x69, 0x74, 0x92, 0x73, 0x94])
        let (text, warnings) = try title(bytes)
        #expect(text == "café “it’s”")
        #expect(warnings.contains { $0.contains("not valid UTF-8") })
    }

    @Test("a feed labelled Latin-1 whose bytes are UTF-8 is read as UTF-8")
    func mislabelledUTF8() throws {
        let (text, warnings) = try title(rssBytes(title: Array("Māori “news”".utf8), declared: "iso-8859-1"))
        #expect(text == "Māori “news”")
        #expect(warnings.contains { $0.contains("the bytes are UTF-8") })
    }

    @Test("double-encoded UTF-8 is repaired, correct text left alone")
    func doubleEncoded() throws {
        let (text, warnings) = try title(rssBytes(title: Array("CafÃ© itâ€™s SÃO Ribeira".utf8)))
        #expect(text == "Café it’s SÃO Ribeira")
        #expect(warnings.contains { $0.contains("double-encoded") })
        #expect(try title(rssBytes(title: Array("São Ribeira à côté".utf8))).0 == "São Ribeira à côté")
    }

    @Test("non-ASCII bytes inside a date")
    func nonASCIIDates() throws {
        let latin1 = rssBytes(title: Array("t".utf8), declared: "ISO-8859-1", pubDate: Array("S".utf8) + [0xE1] + Array("b, 10 Jul 2004 08:00:00 GMT".utf8))
        #expect(try FeedParser.parse(latin1).items.first?.published == utc(2004, 7, 10, 8, 0, 0))
        let stray = rssBytes(title: Array("t".utf8), pubDate: Array("Sat,".utf8) + [0xA0] + Array("10 Jul 2004 08:00:00 GMT".utf8))
        #expect(try FeedParser.parse(stray).items.first?.published == utc(2004, 7, 10, 8, 0, 0))
    }

    @Test("an unknown charset is read as UTF-8, with a warning")
    func unknownCharset() throws {
        let (text, warnings) = try title(rssBytes(title: Array("Tide".utf8), declared: "x-harbour-9"))
        #expect(text == "Tide")
        #expect(warnings.contains { $0.contains("unknown charset") })
    }
}
