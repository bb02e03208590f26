import Glibc

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
            guard let converted = iconvUTF8(body, from: charset.name) else {
                var result = utf8OrWindows1252(body)
                result.warnings.insert("encoding: unknown charset \(charset.name); read as UTF-8", at: 0)
                return result
            }
            return converted
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

    /// The bytes converted by iconv, or `nil` when iconv does not know the encoding.
    private static func iconvUTF8(_ bytes: [UInt8], from name: String) -> Result? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var unreadable = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var source = bytes
        source.withUnsafeMutableBytes { raw in
            var input = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var remaining = raw.count
            var flushed = false
            while !flushed {
                let flushing = remaining == 0
                let (status, error) = chunk.withUnsafeMutableBytes { out -> (Int, Int32) in
                    var cursor = out.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var room = out.count
                    let status = flushing ? iconv(converter, nil, nil, &cursor, &room)
                        : iconv(converter, &input, &remaining, &cursor, &room)
                    let error = errno
                    output.append(contentsOf: out[0..<(out.count - room)])
                    return (status, error)
                }
                if status != -1 || error != E2BIG { flushed = flushing }
                guard status == -1, !flushing else { continue }
                switch error {
                case E2BIG:
                    continue
                case EILSEQ:
                    output.append(contentsOf: replacement)
                    unreadable += 1
                    input = input.map { $0 + 1 }
                    remaining -= 1
                default:
                    // A sequence cut short by the end of the document (EINVAL), or a failure.
                    output.append(contentsOf: replacement)
                    unreadable += 1
                    remaining = 0
                }
            }
        }
        let warnings = unreadable > 0 ? ["encoding: \(unreadable) byte sequence(s) unreadable as \(name) replaced with U+FFFD"] : []
        return Result(bytes: output, warnings: warnings)
    }
}
