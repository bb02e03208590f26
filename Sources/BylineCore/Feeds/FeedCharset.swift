/// Decides which character encoding a feed's bytes are in, after RFC 3023 and RFC 7303:
/// a byte-order mark (unambiguous, so it wins), then the charset of the HTTP Content-Type,
/// then the XML declaration's `encoding`, then UTF-8.
///
/// Labels are read as browsers read them (`utf8` is UTF-8, Latin-1 and ASCII are
/// windows-1252). A label naming a single-byte legacy charset is overruled when the bytes are
/// valid UTF-8 with non-ASCII characters in them: feeds are often transcoded without their
/// labels being updated, and legacy text is almost never valid UTF-8 by accident.
struct FeedCharset: Equatable, Sendable {
    /// The encoding's name, as iconv knows it.
    var name: String
    /// How many bytes of byte-order mark to skip.
    var byteOrderMarkLength: Int
    /// Notes on labels that were overruled.
    var warnings: [String] = []

    /// How far into the document the XML declaration is looked for (garbage may precede it).
    static let declarationWindow = 1024

    /// Detects the encoding of `bytes`; `contentType` is the HTTP Content-Type header, if any.
    static func detect(_ bytes: [UInt8], contentType: String?) -> FeedCharset {
        if let marked = byteOrderMark(bytes) { return marked }
        let label = contentType.flatMap(charsetParameter)
        if let sniffed = sniffedUTF16Or32(bytes) {
            // Zero bytes around the first `<` prove a wide encoding whatever the label says.
            let labelled = label.map { canonicalName($0, sniffed: sniffed) }
            return FeedCharset(name: labelled.flatMap { isWide($0) ? $0 : nil } ?? sniffed, byteOrderMarkLength: 0)
        }
        // Without a byte-order mark or zero bytes, a label naming a wide encoding is wrong.
        var warnings: [String] = []
        let labelled = label.map { canonicalName($0, sniffed: nil) }
        if let label, let labelled, isWide(labelled) {
            warnings.append("encoding: the HTTP charset \(label) does not fit the bytes; ignored")
        }
        let declared = declaredEncoding(in: bytes)
        let declaredName = declared.map { canonicalName($0, sniffed: nil) }.flatMap { isWide($0) ? nil : $0 }
        if let label, let labelled, !isWide(labelled) {
            if let declared, let declaredName, declaredName != labelled {
                warnings.append("encoding: the HTTP charset \(label) overrides the XML declaration's \(declared)")
            }
            return checked(FeedCharset(name: labelled, byteOrderMarkLength: 0, warnings: warnings), bytes, label: label)
        }
        if let declared, let declaredName {
            return checked(FeedCharset(name: declaredName, byteOrderMarkLength: 0, warnings: warnings), bytes, label: declared)
        }
        return FeedCharset(name: "UTF-8", byteOrderMarkLength: 0, warnings: warnings)
    }

    private static func isWide(_ name: String) -> Bool { name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") }

    /// The value of the `charset` parameter of a Content-Type header.
    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, String(parts[0]).trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
            let value = String(String(parts[1]).trimmingASCIIWhitespace().filter { $0 != "\"" && $0 != "'" })
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The `encoding` pseudo-attribute of an XML declaration near the start of `bytes`.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        let window = bytes.prefix(declarationWindow)
        guard let start = window.firstRange(of: Array("<?xml".utf8))?.upperBound else { return nil }
        let end = window[start...].firstRange(of: Array("?>".utf8))?.lowerBound ?? window.endIndex
        guard let key = window[start..<end].firstRange(of: Array("encoding".utf8))?.upperBound else { return nil }
        var index = key
        while index < end, window[index] == 0x20 || window[index] == 0x09 || window[index] == 0x3D { index += 1 }
        guard index < end, window[index] == 0x22 || window[index] == 0x27 else { return nil }
        let quote = window[index]
        let valueStart = index + 1
        guard let valueEnd = window[valueStart..<end].firstIndex(of: quote), valueEnd > valueStart else { return nil }
        return String(decoding: window[valueStart..<valueEnd], as: UTF8.self)
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> FeedCharset? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return FeedCharset(name: "UTF-8", byteOrderMarkLength: 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return FeedCharset(name: "UTF-32LE", byteOrderMarkLength: 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return FeedCharset(name: "UTF-32BE", byteOrderMarkLength: 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return FeedCharset(name: "UTF-16LE", byteOrderMarkLength: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return FeedCharset(name: "UTF-16BE", byteOrderMarkLength: 2) }
        return nil
    }

    /// UTF-16 or UTF-32 without a byte-order mark, told by the zero bytes around the opening `<`.
    private static func sniffedUTF16Or32(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4 else { return nil }
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0x3C, 0x00, 0x00, 0x00): return "UTF-32LE"
        case (0x00, 0x00, 0x00, 0x3C): return "UTF-32BE"
        case (0x3C, 0x00, _, 0x00): return "UTF-16LE"
        case (0x00, 0x3C, 0x00, _): return "UTF-16BE"
        default: return nil
        }
    }

    /// The iconv name for a label; a bare "UTF-16" or "UTF-32" takes the sniffed byte order.
    private static func canonicalName(_ label: String, sniffed: String?) -> String {
        let name = HTMLEncoding.canonicalName(label)
        switch name {
        case "utf-16", "utf-32": return sniffed.flatMap { $0.lowercased().hasPrefix(name) ? $0 : nil } ?? name.uppercased()
        case "utf-16le", "utf-16be", "utf-32le", "utf-32be": return name.uppercased()
        default: return name
        }
    }

    /// `charset`, or UTF-8 when it names a single-byte legacy charset but the bytes are UTF-8.
    private static func checked(_ charset: FeedCharset, _ bytes: [UInt8], label: String) -> FeedCharset {
        guard HTMLEncoding.isSingleByteLegacy(charset.name), bytes.contains(where: { $0 >= 0x80 }),
              UTF8Validation.isValid(bytes) else { return charset }
        return FeedCharset(
            name: "UTF-8", byteOrderMarkLength: 0,
            warnings: charset.warnings + ["encoding: labelled \(label) but the bytes are UTF-8; read as UTF-8"]
        )
    }
}
