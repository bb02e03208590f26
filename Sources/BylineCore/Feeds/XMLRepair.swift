import CLibXML2

/// One linear pass over a feed's UTF-8 bytes that makes them safe and well-formed enough for
/// libxml2, before libxml2 sees them:
/// - whatever precedes the XML (white space, a stray warning printed by the server) is dropped,
///   and so are the XML declaration (the bytes are UTF-8 by now), processing instructions and
///   comments;
/// - a DOCTYPE is removed whole, internal subset included, so that no entity is ever declared:
///   external entities (XXE) cannot be resolved and entity bombs cannot be expanded;
/// - HTML's named entities (`&nbsp;`, `&eacute;`) become character references, numeric
///   references to 128–159 take their windows-1252 meaning, references to characters XML
///   forbids are dropped, and an `&` that starts no reference (`?a=1&b=2`) or names an unknown
///   entity is escaped, so that it reads as text;
/// - a `<` that cannot start markup (`a < b`) is escaped;
/// - control characters XML forbids are removed, terminal escape sequences whole;
/// - an unterminated CDATA section is closed before the end tag of the element it opened in.
///
/// Removed stretches keep their line breaks, so libxml2's line numbers still point into the
/// document as it was fetched.
struct XMLRepair {
    /// The repaired bytes.
    private(set) var bytes: [UInt8] = []
    /// The name of the first element (the root), as written.
    private(set) var rootName: String?
    /// The name the DOCTYPE gives the document, if there is one.
    private(set) var doctypeName: String?
    /// What was repaired, one line each.
    private(set) var warnings: [String] = []

    private var removedControls = 0
    private var unterminatedSections = 0
    private var unknownEntities = 0
    private var firstUnknownEntity: String?

    /// How far into the document an XML declaration is looked for behind leading garbage.
    static let declarationWindow = 1024

    /// Repairs `source`; `nil` when it holds no markup at all.
    init?(_ source: [UInt8]) {
        let scanned = source.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(input: buffer)
            return scanner.run()
        }
        guard let repaired = scanned else { return nil }
        self = repaired
    }

    fileprivate init() {}

    fileprivate mutating func noteControl() { removedControls += 1 }

    fileprivate mutating func noteUnterminatedSection() { unterminatedSections += 1 }

    fileprivate mutating func noteUnknownEntity(_ name: String) {
        unknownEntities += 1
        if firstUnknownEntity == nil { firstUnknownEntity = name }
    }

    fileprivate mutating func finish() {
        if removedControls > 0 {
            warnings.append("removed \(removedControls) control character(s) XML forbids")
        }
        if unterminatedSections > 0 {
            warnings.append("\(unterminatedSections) unterminated CDATA section(s) closed")
        }
        if unknownEntities > 0, let firstUnknownEntity {
            warnings.append("unknown entity &\(firstUnknownEntity); kept as text (\(unknownEntities) reference(s))")
        }
    }

    /// The scanner proper, over the borrowed input.
    private struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var result = XMLRepair()
        var output: [UInt8] = []
        /// The name of the last start tag, where an unterminated CDATA section is closed.
        var lastElementName: Range<Int>?
        /// Whether no `]]>` follows the CDATA section last left open: later ones need not look
        /// again (many unterminated sections would otherwise make the pass quadratic).
        var cdataEndMissing = false

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
            output.reserveCapacity(input.count + input.count / 16)
        }

        /// Bytes that end a run of plain text: markup, references, forbidden controls, and the
        /// lead byte of U+FFFE and U+FFFF.
        private static let special: [Bool] = (0...255).map { byte in
            byte == 0x3C || byte == 0x26 || byte == 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        }

        mutating func run() -> XMLRepair? {
            guard var index = start() else { return nil }
            let count = input.count
            while index < count {
                let runStart = index
                while index < count, !Self.special[Int(input[index])] { index += 1 }
                if index > runStart { output.append(contentsOf: input[runStart..<index]) }
                guard index < count else { break }
                switch input[index] {
                case 0x3C: index = markup(at: index)
                case 0x26: index = reference(at: index)
                default: index = special(at: index)
                }
            }
            result.bytes = output
            result.finish()
            return result
        }

        /// Where the XML starts: behind leading garbage and the XML declaration.
        private mutating func start() -> Int? {
            let window = min(input.count, XMLRepair.declarationWindow)
            var declaration: Int?
            var search = 0
            while let found = find("<?xml", from: search, before: window) {
                if found + 5 < input.count, Self.isSpace(input[found + 5]) {
                    declaration = found
                    break
                }
                search = found + 1
            }
            guard let begin = declaration ?? find("<", from: 0, before: input.count) else { return nil }
            let skipped = input[0..<begin].filter { !Self.isSpace($0) }.count
            if skipped > 0 { result.warnings.append("ignored \(skipped) byte(s) before the XML") }
            keepLineBreaks(0..<begin)
            guard declaration != nil else { return begin }
            let end = find("?>", from: begin, before: input.count).map { $0 + 2 } ?? input.count
            keepLineBreaks(begin..<end)
            return end
        }

        /// Handles the `<` at `index`; returns where to go on.
        private mutating func markup(at index: Int) -> Int {
            if starts(with: "<!--", at: index) {
                return skip(from: index, to: find("-->", from: index + 4, before: input.count).map { $0 + 3 })
            }
            if starts(with: "<![CDATA[", at: index) { return cdata(at: index) }
            if startsCaseInsensitively(with: "<!doctype", at: index) { return doctype(at: index) }
            if starts(with: "<?", at: index) {
                return skip(from: index, to: find("?>", from: index + 2, before: input.count).map { $0 + 2 })
            }
            guard index + 1 < input.count else {
                output.append(contentsOf: Array("&lt;".utf8))
                return index + 1
            }
            let next = input[index + 1]
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") { return tag(at: index) }
            guard Self.isNameStart(next) else {
                output.append(contentsOf: Array("&lt;".utf8))
                return index + 1
            }
            var nameEnd = index + 1
            while nameEnd < input.count, Self.isNameByte(input[nameEnd]) { nameEnd += 1 }
            lastElementName = (index + 1)..<nameEnd
            if result.rootName == nil { result.rootName = String(decoding: input[(index + 1)..<nameEnd], as: UTF8.self) }
            return tag(at: index)
        }

        /// Copies a start or end tag, escaping references and `<` inside quoted values.
        private mutating func tag(at index: Int) -> Int {
            output.append(input[index])
            var cursor = index + 1
            var quote: UInt8?
            while cursor < input.count {
                let runStart = cursor
                while cursor < input.count, !Self.special[Int(input[cursor])], !Self.tagSpecial[Int(input[cursor])] { cursor += 1 }
                if cursor > runStart { output.append(contentsOf: input[runStart..<cursor]) }
                guard cursor < input.count else { break }
                let byte = input[cursor]
                if let open = quote {
                    switch byte {
                    case open: quote = nil; output.append(byte); cursor += 1
                    case 0x26: cursor = reference(at: cursor)
                    case 0x3C: output.append(contentsOf: Array("&lt;".utf8)); cursor += 1
                    case 0x22, 0x27, 0x3E: output.append(byte); cursor += 1
                    default: cursor = special(at: cursor)
                    }
                    continue
                }
                switch byte {
                case 0x3E:
                    output.append(byte)
                    return cursor + 1
                case 0x3C:
                    // A tag cut short by the next one: let libxml2 recover from it.
                    return cursor
                case 0x22, 0x27:
                    quote = byte
                    output.append(byte)
                    cursor += 1
                case 0x26:
                    output.append(byte)
                    cursor += 1
                default:
                    cursor = special(at: cursor)
                }
            }
            return cursor
        }

        /// Bytes that matter inside a tag besides `special` ones: quotes and its end.
        private static let tagSpecial: [Bool] = (0...255).map { $0 == 0x22 || $0 == 0x27 || $0 == 0x3E }

        /// Copies a CDATA section; one left open is closed before the end tag of the element
        /// it opened in, or at the end of the document.
        private mutating func cdata(at index: Int) -> Int {
            let contentStart = index + 9
            let closing = cdataEndMissing ? nil : find("]]>", from: contentStart, before: input.count)
            var contentEnd = closing ?? input.count
            if closing == nil {
                cdataEndMissing = true
                if let name = lastElementName {
                    let endTag = [UInt8(ascii: "<"), UInt8(ascii: "/")] + Array(input[name])
                    contentEnd = find(endTag, from: contentStart, before: input.count) ?? input.count
                }
                result.noteUnterminatedSection()
            }
            output.append(contentsOf: Array("<![CDATA[".utf8))
            var cursor = contentStart
            while cursor < contentEnd {
                let runStart = cursor
                while cursor < contentEnd, !Self.special[Int(input[cursor])] || input[cursor] == 0x3C || input[cursor] == 0x26 {
                    cursor += 1
                }
                output.append(contentsOf: input[runStart..<cursor])
                if cursor < contentEnd { cursor = min(special(at: cursor), contentEnd) }
            }
            output.append(contentsOf: Array("]]>".utf8))
            return closing.map { $0 + 3 } ?? contentEnd
        }

        /// Removes a DOCTYPE with its internal subset, noting its name and any entity declarations.
        private mutating func doctype(at index: Int) -> Int {
            var cursor = index + 9
            while cursor < input.count, Self.isSpace(input[cursor]) { cursor += 1 }
            let nameStart = cursor
            while cursor < input.count, Self.isNameByte(input[cursor]) { cursor += 1 }
            if cursor > nameStart { result.doctypeName = String(decoding: input[nameStart..<cursor], as: UTF8.self) }
            var quote: UInt8?
            var inSubset = false
            var declaresEntities = false
            while cursor < input.count {
                let byte = input[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    inSubset = true
                } else if byte == UInt8(ascii: "]") {
                    inSubset = false
                } else if inSubset, starts(with: "<!--", at: cursor) {
                    cursor = find("-->", from: cursor + 4, before: input.count).map { $0 + 2 } ?? input.count
                } else if inSubset, starts(with: "<!ENTITY", at: cursor) {
                    declaresEntities = true
                } else if byte == 0x3E, !inSubset {
                    cursor += 1
                    break
                }
                cursor += 1
            }
            if declaresEntities {
                result.warnings.append("DOCTYPE declaring entities removed: entities are never expanded")
            }
            return skip(from: index, to: min(cursor, input.count))
        }

        /// Handles the `&` at `index`; returns where to go on.
        private mutating func reference(at index: Int) -> Int {
            let count = input.count
            var cursor = index + 1
            if cursor < count, input[cursor] == UInt8(ascii: "#") {
                cursor += 1
                let hex = cursor < count && (input[cursor] | 0x20) == UInt8(ascii: "x")
                if hex { cursor += 1 }
                let digitsStart = cursor
                var value: UInt32 = 0
                while cursor < count, cursor - digitsStart < 8, let digit = Self.digit(input[cursor], hex: hex) {
                    value = value * (hex ? 16 : 10) + digit
                    cursor += 1
                }
                guard cursor > digitsStart, cursor < count, input[cursor] == UInt8(ascii: ";") else {
                    output.append(contentsOf: Array("&amp;".utf8))
                    return index + 1
                }
                if (0x80...0x9F).contains(value) { value = Windows1252.scalar(for: UInt8(value)).value }
                if XMLRepair.isXMLCharacter(value) {
                    output.append(contentsOf: Array("&#\(value);".utf8))
                } else {
                    result.noteControl()
                }
                return cursor + 1
            }
            let nameStart = cursor
            while cursor < count, cursor - nameStart <= 32, Self.isNameByte(input[cursor]) { cursor += 1 }
            guard cursor > nameStart, cursor < count, input[cursor] == UInt8(ascii: ";"), Self.isNameStart(input[nameStart]) else {
                output.append(contentsOf: Array("&amp;".utf8))
                return index + 1
            }
            let name = Array(input[nameStart..<cursor])
            if Self.predefined.contains(name) {
                output.append(contentsOf: input[index...cursor])
            } else if let value = Self.htmlEntity(name) {
                output.append(contentsOf: Array("&#\(value);".utf8))
            } else {
                result.noteUnknownEntity(String(decoding: name, as: UTF8.self))
                output.append(contentsOf: Array("&amp;".utf8))
                output.append(contentsOf: input[nameStart...cursor])
            }
            return cursor + 1
        }

        /// Handles a forbidden control byte, or the lead byte of a possibly forbidden character.
        private mutating func special(at index: Int) -> Int {
            let byte = input[index]
            if byte == 0xEF, index + 2 < input.count, input[index + 1] == 0xBF, input[index + 2] >= 0xBE {
                result.noteControl()
                return index + 3
            }
            if byte == 0xEF {
                output.append(byte)
                return index + 1
            }
            result.noteControl()
            return byte == 0x1B ? endOfEscapeSequence(after: index) : index + 1
        }

        /// The end of the terminal escape sequence whose ESC is at `index`, so that it goes
        /// whole ("ESC [31m", not just the ESC): a CSI with its parameters, an OSC up to its
        /// terminator (or the end of the line), or an ESC with its intermediates and final byte.
        /// Markup (`<`, `&`) always ends a sequence, so that a stray ESC cannot swallow a tag.
        private func endOfEscapeSequence(after index: Int) -> Int {
            var cursor = index + 1
            guard cursor < input.count else { return cursor }
            let isMarkup = { (byte: UInt8) in byte == 0x3C || byte == 0x26 }
            switch input[cursor] {
            case UInt8(ascii: "["):
                cursor += 1
                while cursor < input.count, (0x20...0x3F).contains(input[cursor]), !isMarkup(input[cursor]) { cursor += 1 }
                return cursor < input.count && (0x40...0x7E).contains(input[cursor]) ? cursor + 1 : cursor
            case UInt8(ascii: "]"):
                while cursor < input.count, ![0x07, 0x0A, 0x1B].contains(input[cursor]), !isMarkup(input[cursor]) { cursor += 1 }
                return cursor < input.count && input[cursor] == 0x07 ? cursor + 1 : cursor
            default:
                while cursor < input.count, (0x20...0x2F).contains(input[cursor]) { cursor += 1 }
                return cursor < input.count && (0x30...0x7E).contains(input[cursor]) ? cursor + 1 : cursor
            }
        }

        /// Drops `from..<to` (to the end when `to` is `nil`), keeping its line breaks.
        private mutating func skip(from start: Int, to end: Int?) -> Int {
            let end = end ?? input.count
            keepLineBreaks(start..<end)
            return end
        }

        private mutating func keepLineBreaks(_ range: Range<Int>) {
            for index in range where input[index] == 0x0A { output.append(0x0A) }
        }

        private func starts(with literal: StaticString, at index: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= input.count else { return false }
            for offset in 0..<count where input[index + offset] != literal.utf8Start[offset] { return false }
            return true
        }

        private func startsCaseInsensitively(with literal: StaticString, at index: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= input.count else { return false }
            for offset in 0..<count {
                let byte = input[index + offset]
                let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if lowered != literal.utf8Start[offset] { return false }
            }
            return true
        }

        private func find(_ literal: StaticString, from start: Int, before end: Int) -> Int? {
            find(Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)), from: start, before: end)
        }

        private func find(_ needle: [UInt8], from start: Int, before end: Int) -> Int? {
            guard let first = needle.first, start + needle.count <= end else { return nil }
            var index = start
            let last = end - needle.count
            while index <= last {
                if input[index] == first, (1..<needle.count).allSatisfy({ input[index + $0] == needle[$0] }) { return index }
                index += 1
            }
            return nil
        }

        private static let predefined = Set(["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) })

        /// The code point of an HTML 4 named entity, from libxml2's table.
        private static func htmlEntity(_ name: [UInt8]) -> UInt32? {
            (name + [0]).withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress)?.pointee.value }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private static func isNameStart(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte & 0xDF) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }

        private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
            switch byte {
            case 0x30...0x39: return UInt32(byte - 0x30)
            case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
            default: return nil
            }
        }

    }

    /// Whether XML 1.0 allows the character `value`.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
