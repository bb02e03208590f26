/// The body of a plain-text article as `ArticleBuilder` makes it (each paragraph's white space
/// collapsed, one blank line between paragraphs, empty paragraphs left out), made in one pass
/// over the UTF-8 bytes of the text the paragraphs lie in, into one buffer: no paragraph is
/// made into a string of its own and copied again.
struct PlainTextBody {
    /// The body text.
    private(set) var text = ""
    /// The paragraphs, with ranges in `text`.
    private(set) var paragraphs: [Paragraph] = []

    /// The body of `paragraphs` of `source`: their ranges are scalar offsets into it, in order.
    init(of paragraphs: [PlainTextLayout.BodyParagraph], in source: String) {
        var source = source
        var written: [Paragraph] = []
        let capacity = source.utf8.count + 2 * paragraphs.count
        text = source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: capacity) { output in
                var writer = BodyWriter(source: bytes, output: output)
                for paragraph in paragraphs {
                    if let range = writer.write(paragraph.block.range) {
                        written.append(Paragraph(range: range, kind: paragraph.kind))
                    }
                }
                return writer.byteCount
            }
        }
        self.paragraphs = written
    }
}

/// Walks the source's bytes forward, counting scalars, and writes the paragraphs it is asked
/// for into the output, white space collapsed, a blank line before each but the first.
private struct BodyWriter {
    private let source: UnsafeBufferPointer<UInt8>
    private let output: UnsafeMutableBufferPointer<UInt8>
    /// Where the walk is in the source, in bytes and in scalars.
    private var byteIndex = 0
    private var scalarIndex = 0
    /// How much is written, in bytes and in scalars.
    private(set) var byteCount = 0
    private var scalarCount = 0

    init(source: UnsafeBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>) {
        self.source = source
        self.output = output
    }

    /// Writes the scalars of `range` (which lies at or after the walk), white space collapsed,
    /// and returns where they lie in the output, or `nil` when nothing but white space was there.
    mutating func write(_ range: TextRange) -> TextRange? {
        while scalarIndex < range.start, byteIndex < source.count { skipScalar() }
        let separatorAt = byteCount
        if scalarCount > 0 {
            writeByte(0x0A)
            writeByte(0x0A)
        }
        let start = scalarCount
        // The walk, in local variables: the loop runs once a scalar of the whole body.
        var (byteIndex, scalarIndex, byteCount, scalarCount) = (self.byteIndex, self.scalarIndex, self.byteCount, self.scalarCount)
        var pendingSpace = false
        while scalarIndex < range.end, byteIndex < source.count {
            let lead = source[byteIndex]
            let (scalar, length) = lead < 0x80 ? (Unicode.Scalar(lead), 1) : [Unicode.Scalar].scalar(in: source, at: byteIndex)
            if scalar.isWhitespaceQuickly {
                pendingSpace = scalarCount > start
            } else {
                if pendingSpace {
                    output[byteCount] = 0x20
                    byteCount &+= 1
                    scalarCount &+= 1
                    pendingSpace = false
                }
                output[byteCount] = lead
                for offset in 1..<max(1, length) { output[byteCount &+ offset] = source[byteIndex &+ offset] }
                byteCount &+= length
                scalarCount &+= 1
            }
            byteIndex &+= length
            scalarIndex &+= 1
        }
        (self.byteIndex, self.scalarIndex, self.byteCount, self.scalarCount) = (byteIndex, scalarIndex, byteCount, scalarCount)
        guard scalarCount > start else {
            // Nothing but white space: the separator is taken back, as if it had not been asked for.
            self.scalarCount -= self.byteCount - separatorAt
            self.byteCount = separatorAt
            return nil
        }
        return TextRange(start: start, end: scalarCount)
    }

    private mutating func skipScalar() {
        let lead = source[byteIndex]
        byteIndex += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        scalarIndex += 1
    }

    /// Writes an ASCII byte, a scalar of its own.
    private mutating func writeByte(_ byte: UInt8) {
        output[byteCount] = byte
        byteCount += 1
        scalarCount += 1
    }
}
