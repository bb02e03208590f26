/// Decides how to decode an HTML page's bytes: a byte-order mark first, then a charset the
/// page declares in its first few kilobytes (`<meta charset>` or an http-equiv content type),
/// then the caller's hint, then UTF-8.
///
/// Latin-1 and ASCII labels mean windows-1252, as in browsers. A page that declares a legacy
/// single-byte charset but whose bytes are valid UTF-8 with non-ASCII characters in them is
/// read as UTF-8: pages are often transcoded without their declaration being updated, and
/// text in a single-byte charset is almost never valid UTF-8 by accident.
struct HTMLEncoding: Equatable, Sendable {
    /// The encoding name to hand libxml2.
    var name: String
    /// How many bytes of byte-order mark to skip.
    var byteOrderMarkLength: Int

    /// How far into the page a charset declaration is looked for.
    static let prescanLength = 4096

    /// Detects the encoding of `bytes`.
    static func detect(_ bytes: [UInt8], hint: String?) -> HTMLEncoding {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return HTMLEncoding(name: "UTF-8", byteOrderMarkLength: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return HTMLEncoding(name: "UTF-16LE", byteOrderMarkLength: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return HTMLEncoding(name: "UTF-16BE", byteOrderMarkLength: 2) }
        if let declared = declaredCharset(in: bytes).map(canonicalName) {
            if isSingleByteLegacy(declared), looksLikeUTF8(bytes) { return HTMLEncoding(name: "UTF-8", byteOrderMarkLength: 0) }
            return HTMLEncoding(name: declared, byteOrderMarkLength: 0)
        }
        if let hint { return HTMLEncoding(name: canonicalName(hint), byteOrderMarkLength: 0) }
        return HTMLEncoding(name: "UTF-8", byteOrderMarkLength: 0)
    }

    /// The charset named by the first `<meta>` tag that names one, within the prescan window.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let window = Array(bytes.prefix(prescanLength).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
        var index = 0
        while let tagStart = find(Array("<meta".utf8), in: window[...], from: index) {
            let tagEnd = window[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? window.count
            if let charset = find(Array("charset".utf8), in: window[..<tagEnd], from: tagStart),
               let value = value(after: charset + 7, in: window, before: tagEnd) {
                return value
            }
            index = tagEnd
        }
        return nil
    }

    private static func value(after start: Int, in window: [UInt8], before end: Int) -> String? {
        var index = start
        let skippable: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0C]
        while index < end, skippable.contains(window[index]) { index += 1 }
        guard index < end, window[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < end, skippable.contains(window[index]) || window[index] == 0x22 || window[index] == 0x27 { index += 1 }
        var valueEnd = index
        while valueEnd < end, !skippable.contains(window[valueEnd]),
              ![0x22, 0x27, UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: ">")].contains(window[valueEnd]) {
            valueEnd += 1
        }
        guard valueEnd > index else { return nil }
        return String(decoding: window[index..<valueEnd], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.endIndex - needle.count else { return nil }
        for index in start...(haystack.endIndex - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }

    /// The name libxml2 knows for an encoding label, with WHATWG's aliases applied.
    static func canonicalName(_ label: String) -> String {
        let lowered = label.trimmingASCIIWhitespace().lowercased()
        switch lowered {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "us-ascii", "ascii", "cp1252",
             "windows-1252", "x-cp1252":
            return "windows-1252"
        default: return lowered
        }
    }

    static func isSingleByteLegacy(_ name: String) -> Bool {
        name.hasPrefix("windows-125") || name.hasPrefix("iso-8859-") || name.hasPrefix("koi8")
    }

    private static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x80 } && String(validating: bytes, as: UTF8.self) != nil
    }
}
