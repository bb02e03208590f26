import CLibXML2

/// Small conversions between HTML and text for feed fields, with libxml2's tables of HTML
/// elements and entities.
public enum HTMLText {
    /// The text of an HTML fragment: tags of HTML elements and comments removed (block
    /// elements and line breaks leave a space), entities decoded. A `<` that opens no HTML
    /// element (`Vec<T>`, `<name>`) and an `&` that starts no reference stay as written.
    static func plain(fromHTML html: String) -> String {
        let input = Array(html.utf8)
        guard input.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            switch input[index] {
            case 0x3C:
                if let (end, isInline) = tagEnd(in: input, at: index) {
                    if !isInline { output.append(0x20) }
                    index = end
                } else {
                    output.append(0x3C)
                    index += 1
                }
            case 0x26:
                if let (scalar, end) = reference(in: input, at: index) {
                    Windows1252.appendUTF8(scalar, to: &output)
                    index = end
                } else {
                    output.append(0x26)
                    index += 1
                }
            default:
                output.append(input[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` with `&`, `<`, `>` and `"` escaped, fit for HTML or XML content and attributes.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Plain text as HTML: escaped, a paragraph for each run of lines between blank lines,
    /// `<br>` for the line breaks inside one.
    static func paragraphs(fromText text: String) -> String {
        let normalized = text.replacingOccurrences("\r\n", with: "\n")
        var paragraphs: [String] = []
        var lines: [Substring] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !lines.isEmpty { paragraphs.append(lines.map { escaped(String($0)) }.joined(separator: "<br>")) }
                lines = []
            } else {
                lines.append(line)
            }
        }
        if !lines.isEmpty { paragraphs.append(lines.map { escaped(String($0)) }.joined(separator: "<br>")) }
        return paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// The end of the tag or comment at `index` and whether it is an inline element's, or `nil`
    /// when the `<` there opens no HTML element.
    private static func tagEnd(in input: [UInt8], at index: Int) -> (Int, Bool)? {
        if input[index...].starts(with: Array("<!--".utf8)) {
            let close = input[(index + 4)...].firstRange(of: Array("-->".utf8))?.upperBound
            return (close ?? input.count, true)
        }
        var cursor = index + 1
        if cursor < input.count, input[cursor] == UInt8(ascii: "/") { cursor += 1 }
        let nameStart = cursor
        while cursor < input.count, isASCIIAlphanumeric(input[cursor]) { cursor += 1 }
        guard cursor > nameStart, cursor - nameStart <= 12 else { return nil }
        let name = input[nameStart..<cursor].map { $0 | 0x20 } + [0]
        guard let element = name.withUnsafeBufferPointer({ htmlTagLookup($0.baseAddress) }) else { return nil }
        var quote: UInt8?
        while cursor < input.count {
            let byte = input[cursor]
            cursor += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                break
            }
        }
        let isLineBreak = name.starts(with: Array("br".utf8)) && name.count == 3
        return (cursor, element.pointee.isinline != 0 && !isLineBreak)
    }

    /// The character an entity or character reference at `index` stands for, and its end.
    private static func reference(in input: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 1
        guard let semicolon = input[cursor..<min(input.count, cursor + 34)].firstIndex(of: UInt8(ascii: ";")),
              semicolon > cursor else { return nil }
        if input[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < semicolon && input[cursor] | 0x20 == UInt8(ascii: "x")
            if hex { cursor += 1 }
            guard cursor < semicolon, semicolon - cursor <= 8,
                  var value = UInt32(String(decoding: input[cursor..<semicolon], as: UTF8.self), radix: hex ? 16 : 10)
            else { return nil }
            if (0x80...0x9F).contains(value) { value = Windows1252.scalar(for: UInt8(value)).value }
            guard let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (scalar, semicolon + 1)
        }
        let name = Array(input[cursor..<semicolon])
        guard name.allSatisfy(isASCIIAlphanumeric) else { return nil }
        if name == Array("apos".utf8) { return ("'", semicolon + 1) }
        guard let value = (name + [0]).withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress)?.pointee.value }),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, semicolon + 1)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte & 0xDF)
    }
}
