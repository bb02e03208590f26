import BylineCore

/// An article's paragraphs and links as one compact blob (the `article.layout` column), instead
/// of a row per paragraph and per link: an import writes one value where it wrote a dozen rows,
/// and the layout is only ever read whole, with its article.
///
/// Format: a version byte, then variable-length integers (LEB128; signed values zigzag-encoded,
/// so that damaged ranges survive a round trip): the paragraph count, then for each paragraph
/// its start relative to the previous paragraph's end, its length, its kind, its link count,
/// and for each link its start relative to the paragraph's start, its length, and its URL as
/// UTF-8 with its byte count.
enum ParagraphLayout {
    private static let version: UInt8 = 1
    private static let kinds = Paragraph.Kind.allCases

    /// The blob of `paragraphs`.
    static func encode(_ paragraphs: [Paragraph]) -> [UInt8] {
        var writer = VarIntWriter()
        writer.bytes.reserveCapacity(4 + paragraphs.count * 6)
        writer.bytes.append(version)
        writer.append(UInt64(paragraphs.count))
        var previousEnd = 0
        for paragraph in paragraphs {
            writer.append(signed: paragraph.range.start - previousEnd)
            writer.append(signed: paragraph.range.end - paragraph.range.start)
            writer.append(UInt64(kinds.firstIndex(of: paragraph.kind) ?? 0))
            writer.append(UInt64(paragraph.links.count))
            for link in paragraph.links {
                writer.append(signed: link.range.start - paragraph.range.start)
                writer.append(signed: link.range.end - link.range.start)
                let url = Array(link.url.utf8)
                writer.append(UInt64(url.count))
                writer.bytes.append(contentsOf: url)
            }
            previousEnd = paragraph.range.end
        }
        return writer.bytes
    }

    /// The paragraphs of a blob made by `encode`, or `nil` when it is damaged.
    static func decode(_ bytes: [UInt8]) -> [Paragraph]? {
        var reader = VarIntReader(bytes: bytes)
        guard reader.byte() == version, let count = reader.count() else { return nil }
        var paragraphs: [Paragraph] = []
        var previousEnd = 0
        for _ in 0..<count {
            guard let startDelta = reader.signed(), let length = reader.signed(), let kindIndex = reader.count(),
                  kindIndex < kinds.count, let linkCount = reader.count() else { return nil }
            let start = previousEnd &+ startDelta
            var links: [Link] = []
            for _ in 0..<linkCount {
                guard let linkDelta = reader.signed(), let linkLength = reader.signed(), let urlLength = reader.count(),
                      let url = reader.bytes(urlLength) else { return nil }
                let linkStart = start &+ linkDelta
                links.append(Link(range: TextRange(start: linkStart, end: linkStart &+ linkLength), url: String(decoding: url, as: UTF8.self)))
            }
            let range = TextRange(start: start, end: start &+ length)
            paragraphs.append(Paragraph(range: range, kind: kinds[kindIndex], links: links))
            previousEnd = range.end
        }
        return reader.isAtEnd ? paragraphs : nil
    }
}

/// Appends LEB128 variable-length integers to a byte buffer.
private struct VarIntWriter {
    var bytes: [UInt8] = []

    mutating func append(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed value, zigzag-encoded so that small negative numbers stay short.
    mutating func append(signed value: Int) {
        let wide = Int64(value)
        append(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }
}

/// Reads what `VarIntWriter` wrote; every read returns `nil` past the end or on a malformed value.
private struct VarIntReader {
    let bytes: [UInt8]
    private var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = byte() {
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func signed() -> Int? {
        guard let raw = unsigned() else { return nil }
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        return Int(exactly: value)
    }

    /// A count or length, which can be no larger than the bytes left (each item takes one at least).
    mutating func count() -> Int? {
        guard let value = unsigned(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }

    mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
        guard count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
