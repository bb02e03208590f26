/// Empties `<script>` and `<style>` elements before libxml2 sees the page.
///
/// Half the bytes of a typical news page are scripts and style sheets, and libxml2 reads their
/// raw text character by character only for the reader to throw it away. The elements stay
/// (empty), so the tree keeps its shape; JSON-LD scripts keep their content, since the metadata
/// is read from them. Comments are copied whole, so a `<script` inside one changes nothing.
/// Works on any ASCII-compatible encoding (UTF-8, the single-byte charsets, Shift_JIS, EUC),
/// where a `<` byte is always the character `<`.
enum RawTextStripper {
    /// `bytes` with the content of every non-JSON-LD `<script>` and every `<style>` removed.
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var copied = 0
            var index = 0
            while index < input.count {
                guard input[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if matches(input, at: index + 1, "!--") {
                    index = find(input, "-->", from: index + 4).map { $0 + 3 } ?? input.count
                    continue
                }
                guard let name = rawTextElement(in: input, at: index + 1) else {
                    index += 1
                    continue
                }
                let tagEnd = endOfTag(in: input, from: index + 1 + name.count)
                let closing = findClosing(name, in: input, from: tagEnd)
                if isJSONLD(input[index..<tagEnd]) {
                    index = closing
                    continue
                }
                output.append(contentsOf: input[copied..<tagEnd])
                copied = closing
                index = closing
            }
            output.append(contentsOf: input[copied..<input.count])
            return output
        }
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

    /// One past the `>` that ends the start tag beginning before `index`, quotes respected.
    private static func endOfTag(in input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        var quote: UInt8?
        while position < input.count {
            let byte = input[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            }
            position += 1
        }
        return input.count
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
        let first = text.utf8Start[0]
        var position = max(index, 0)
        while position + text.utf8CodeUnitCount <= input.count {
            if input[position] == first, matches(input, at: position, text) { return position }
            position += 1
        }
        return nil
    }
}
