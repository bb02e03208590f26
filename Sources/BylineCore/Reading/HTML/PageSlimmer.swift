import Foundation

/// Slims a page before libxml2 sees it: empties `<script>` and `<style>` elements and drops
/// every attribute the reader never looks at; asked to, also bounds how deep elements nest.
///
/// Half the bytes of a typical news page are scripts and style sheets, and most of the rest
/// are attributes (`data-*`, `srcset`, tracking parameters) that libxml2 would parse, unescape
/// and allocate only for the reader to ignore them. Elements stay, so the tree keeps its shape;
/// JSON-LD scripts keep their content, since the metadata is read from them; comments are
/// copied whole, so a `<script` inside one changes nothing. Works on any ASCII-compatible
/// encoding (UTF-8, the single-byte charsets, Shift_JIS, EUC), where a `<` byte is always `<`.
enum PageSlimmer {
    /// The attributes the reader reads (metadata, links, classification); all others go.
    private static let keptAttributes: [[UInt8]] = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "href", "lang", "content",
        "name", "property", "http-equiv", "charset", "rel", "type", "datetime",
    ].map { Array($0.utf8) }

    /// `bytes` with the content of every non-JSON-LD `<script>` and every `<style>` removed,
    /// and start tags reduced to the attributes the reader uses.
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        var unbounded: NestingBound?
        return slimmed(bytes, bound: &unbounded)
    }

    /// `stripped(_:)`, with the tags of elements nested deeper than `limit` left out, their
    /// text kept (`NestingBound`); a left-out block element's tags become a paragraph break
    /// (`<br><br>`, once for a run of them). Also returns how many start tags were left out.
    static func stripped(_ bytes: [UInt8], nestingLimit limit: Int) -> (bytes: [UInt8], leftOut: Int) {
        var bound: NestingBound? = NestingBound(limit: limit)
        let slimmed = slimmed(bytes, bound: &bound)
        return (slimmed, bound?.leftOut ?? 0)
    }

    private static func slimmed(_ bytes: [UInt8], bound: inout NestingBound?) -> [UInt8] {
        var paragraphs = ParagraphCloser()
        defer { WorkMeter.count(.markupNodes, paragraphs.work) }
        return bytes.withUnsafeBufferPointer { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count / 2)
            var copied = 0
            var index = 0
            var breakEnd = -1
            /// Leaves out the tag `tag`, writing a paragraph break for a block element's.
            func leaveOut(_ tag: Range<Int>, name: [UInt8]) {
                output.append(contentsOf: input[copied..<tag.lowerBound])
                copied = tag.upperBound
                guard output.count != breakEnd, HTMLTag(name: String(decoding: name, as: UTF8.self)).isBlock else { return }
                output.append(contentsOf: "<br><br>".utf8)
                breakEnd = output.count
            }
            /// Writes, before the start tag at `tagStart`, the end tags of the paragraph it closes.
            func closeParagraph(before tagStart: Int, name: [UInt8]) {
                for closed in paragraphs.endTags(before: name) {
                    guard bound?.keepsEnd(of: closed) ?? true else {
                        leaveOut(tagStart..<tagStart, name: closed)
                        continue
                    }
                    output.append(contentsOf: input[copied..<tagStart])
                    copied = tagStart
                    output.append(contentsOf: "</".utf8)
                    output.append(contentsOf: closed)
                    output.append(UInt8(ascii: ">"))
                }
            }
            while index < input.count {
                guard let next = firstIndex(of: UInt8(ascii: "<"), in: input, from: index) else { break }
                index = next
                if matches(input, at: index + 1, "!--") {
                    index = find(input, "-->", from: index + 4).map { $0 + 3 } ?? input.count
                    continue
                }
                if index + 2 < input.count, input[index + 1] == UInt8(ascii: "/"), isLetter(input[index + 2]) {
                    let name = lowercasedName(in: input, from: index + 2)
                    let tagEnd = firstIndex(of: UInt8(ascii: ">"), in: input, from: index + 2 + name.count).map { $0 + 1 } ?? input.count
                    paragraphs.noteEnd(of: name)
                    if bound?.keepsEnd(of: name) == false { leaveOut(index..<tagEnd, name: name) }
                    index = tagEnd
                    continue
                }
                guard index + 1 < input.count, isLetter(input[index + 1]) else {
                    index += 1
                    continue
                }
                let tagStart = index
                var nameEnd = index + 1
                while nameEnd < input.count, isNameByte(input[nameEnd]) { nameEnd += 1 }
                let name = lowercasedName(in: input, from: tagStart + 1)
                closeParagraph(before: tagStart, name: name)
                let keepsTag = bound?.keepsStart(of: name) ?? true
                if keepsTag { output.append(contentsOf: input[copied..<nameEnd]) }
                let tagEnd = appendKeptAttributes(of: input, from: nameEnd, to: &output, writing: keepsTag)
                if keepsTag { copied = tagEnd } else { leaveOut(tagStart..<tagEnd, name: name) }
                paragraphs.noteStart(of: name)
                index = tagEnd
                guard let rawName = rawTextElement(in: input, at: tagStart + 1) else { continue }
                let closing = findClosing(rawName, in: input, from: tagEnd)
                if !keepsTag || !isJSONLD(input[tagStart..<tagEnd]) { copied = closing }
                index = closing
            }
            output.append(contentsOf: input[copied..<input.count])
            return output
        }
    }

    /// The element name that starts at `start`, in lower case.
    private static func lowercasedName(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        var end = start
        while end < input.count, isNameByte(input[end]) { end += 1 }
        return input[start..<end].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Reads the attributes of the start tag whose name ends at `start`, appends the kept ones
    /// and the closing `>` to `output` when `writing`, and returns the index after the tag.
    private static func appendKeptAttributes(
        of input: UnsafeBufferPointer<UInt8>, from start: Int, to output: inout [UInt8], writing: Bool
    ) -> Int {
        var position = start
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: ">") {
                if writing { output.append(byte) }
                return position + 1
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") {
                position += 1
                continue
            }
            let nameStart = position
            while position < input.count, !isSpace(input[position]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(input[position]) {
                position += 1
            }
            let nameEnd = position
            var look = position
            while look < input.count, isSpace(input[look]) { look += 1 }
            if look < input.count, input[look] == UInt8(ascii: "=") {
                look += 1
                while look < input.count, isSpace(input[look]) { look += 1 }
                if look < input.count, input[look] == 0x22 || input[look] == 0x27 {
                    let quote = input[look]
                    look += 1
                    while look < input.count, input[look] != quote { look += 1 }
                    position = min(look + 1, input.count)
                } else {
                    while look < input.count, !isSpace(input[look]), input[look] != UInt8(ascii: ">") { look += 1 }
                    position = look
                }
            }
            if writing, isKept(input[nameStart..<nameEnd]) {
                output.append(0x20)
                output.append(contentsOf: input[nameStart..<position])
            }
        }
        return input.count
    }

    private static func isKept(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        keptAttributes.contains { kept in
            kept.count == name.count && zip(kept, name).allSatisfy { $0 == ((0x41...0x5A).contains($1) ? $1 | 0x20 : $1) }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        !isSpace(byte) && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "/")
    }

    private static let elementNames: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

    /// The element name at `index` when it is `script` or `style` followed by the end of the name.
    private static func rawTextElement(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> [UInt8]? {
        for name in elementNames where matches(input, at: index, name) {
            let after = index + name.count
            guard after < input.count else { return nil }
            switch input[after] {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"): return name
            default: return nil
            }
        }
        return nil
    }

    /// The index of the `</name` that closes the element, or the end of the input.
    private static func findClosing(_ name: [UInt8], in input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        while let candidate = find(input, "</", from: position) {
            if matches(input, at: candidate + 2, name) { return candidate }
            position = candidate + 2
        }
        return input.count
    }

    private static func isJSONLD(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let needle: StaticString = "ld+json"
        guard tag.count >= needle.utf8CodeUnitCount else { return false }
        var start = tag.startIndex
        while start + needle.utf8CodeUnitCount <= tag.endIndex {
            if matches(tag.base, at: start, needle) { return true }
            start += 1
        }
        return false
    }

    /// Whether `input` holds `text` (lower-case ASCII, compared without case) at `index`.
    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { matches(input, at: index, $0) }
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        matches(input, at: index, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 0, index + text.count <= input.count else { return false }
        for offset in 0..<text.count {
            let byte = input[index + offset]
            if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != text[offset] { return false }
        }
        return true
    }

    /// The index of the next `text` (ASCII, exact) at or after `index`.
    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ text: StaticString, from index: Int) -> Int? {
        var position = max(index, 0)
        while let candidate = firstIndex(of: text.utf8Start[0], in: input, from: position) {
            if matches(input, at: candidate, text) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// The index of the next `byte` at or after `index`, found with `memchr`.
    private static func firstIndex(of byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < input.count, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + index, Int32(byte), input.count - index) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
