/// Turns a feed's bytes into UTF-8. UTF-8 bytes stay as they are; bytes that are not valid
/// UTF-8 are read as windows-1252 one by one, so that a legacy feed without a label and a
/// UTF-8 feed with a few stray bytes both come out readable. Every other encoding goes
/// through iconv, each unreadable byte becoming U+FFFD.
enum FeedTranscoder {
    /// UTF-8 bytes and what was repaired on the way.
    struct Result {
        var bytes: [UInt8]
        var warnings: [String] = []
    }

    /// The bytes after `charset`'s byte-order mark, as UTF-8.
    static func utf8(_ bytes: [UInt8], charset: FeedCharset) -> Result {
        let body = charset.byteOrderMarkLength > 0 ? Array(bytes.dropFirst(charset.byteOrderMarkLength)) : bytes
        switch charset.name {
        case "UTF-8":
            return utf8OrWindows1252(body)
        case "windows-1252":
            var output: [UInt8] = []
            output.reserveCapacity(body.count + body.count / 4)
            for byte in body {
                if byte < 0x80 { output.append(byte) } else { Windows1252.appendUTF8(Windows1252.scalar(for: byte), to: &output) }
            }
            return Result(bytes: output)
        default:
            guard let converted = IconvDecoder.utf8(body, from: charset.name) else {
                var result = utf8OrWindows1252(body)
                result.warnings.insert("encoding: unknown charset \(charset.name); read as UTF-8", at: 0)
                return result
            }
            let unreadable = converted.unreadable
            let warnings = unreadable > 0 ? ["encoding: \(unreadable) byte sequence(s) unreadable as \(charset.name) replaced with U+FFFD"] : []
            return Result(bytes: converted.bytes, warnings: warnings)
        }
    }

    /// Valid UTF-8 sequences kept, every other byte read as windows-1252.
    static func utf8OrWindows1252(_ bytes: [UInt8]) -> Result {
        if UTF8Validation.isValid(bytes) { return Result(bytes: bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var repaired = 0
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index < raw.count {
                let length = UTF8Validation.sequenceLength(raw, at: index)
                if length > 0 {
                    output.append(contentsOf: raw[index..<(index + length)])
                    index += length
                } else {
                    Windows1252.appendUTF8(Windows1252.scalar(for: raw[index]), to: &output)
                    repaired += 1
                    index += 1
                }
            }
        }
        return Result(bytes: output, warnings: ["encoding: \(repaired) byte(s) not valid UTF-8 read as windows-1252"])
    }
}
