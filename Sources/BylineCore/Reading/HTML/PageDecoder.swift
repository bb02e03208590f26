/// Turns a page's bytes into the UTF-8 that libxml2 is handed, whatever their encoding
/// (`HTMLEncoding`): legacy and wide encodings through iconv, each byte it cannot read
/// becoming U+FFFD, invalid UTF-8 repaired the same way, stray NUL bytes left out. Decoding
/// never stops early and never fails; what was repaired becomes a warning.
///
/// libxml2 decoding a page itself stops at the first byte it cannot decode, silently keeping
/// only the text before it, and prints its complaint on stderr.
enum PageDecoder {
    /// Valid UTF-8, without a byte-order mark or NUL bytes, and what was repaired.
    struct Result {
        var bytes: [UInt8]
        var warnings: [String] = []
    }

    /// Decodes `bytes`; `encodingHint` names the charset to assume when the page declares none.
    static func utf8(_ bytes: [UInt8], encodingHint: String?) -> Result {
        let encoding = HTMLEncoding.detect(bytes, hint: encodingHint)
        let body = encoding.byteOrderMarkLength > 0 ? Array(bytes.dropFirst(encoding.byteOrderMarkLength)) : bytes
        var result = Result(bytes: body)
        if encoding.name != "UTF-8" {
            if let converted = IconvDecoder.utf8(body, from: encoding.name) {
                result.bytes = converted.bytes
                if converted.unreadable > 0 {
                    result.warnings.append("\(converted.unreadable) byte sequence(s) not valid \(encoding.name) replaced with U+FFFD")
                }
            } else {
                result.warnings.append("unknown character encoding \(encoding.name); read as UTF-8")
            }
        }
        let withoutNULs = StrayNULs.removed(from: result.bytes)
        result.bytes = withoutNULs.bytes
        result.warnings += withoutNULs.warnings
        if !UTF8Validation.isValid(result.bytes) {
            let decoded = TextDecoder.decode(result.bytes)
            result.warnings += decoded.warnings
            result.bytes = Array(decoded.text.utf8)
        }
        return result
    }
}
