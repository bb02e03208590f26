import Glibc

/// Converts text in a legacy or wide encoding (Shift_JIS, KOI8-R, windows-1252, UTF-16…) to
/// UTF-8 with iconv, never stopping: each byte iconv cannot read becomes U+FFFD, and a
/// sequence cut short by the end of the input becomes one.
enum IconvDecoder {
    /// UTF-8 bytes, and how many unreadable bytes were replaced.
    struct Result {
        var bytes: [UInt8]
        var unreadable: Int
    }

    /// `bytes` in the encoding iconv calls `name`, as UTF-8; `nil` when iconv does not know it.
    static func utf8(_ bytes: [UInt8], from name: String) -> Result? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var unreadable = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        bytes.withUnsafeBytes { raw in
            // iconv's input is not const, but it never writes through it.
            var input = raw.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: CChar.self)) }
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
                    // A sequence cut short by the end of the input (EINVAL), or a failure.
                    output.append(contentsOf: replacement)
                    unreadable += 1
                    remaining = 0
                }
            }
        }
        return Result(bytes: output, unreadable: unreadable)
    }
}
