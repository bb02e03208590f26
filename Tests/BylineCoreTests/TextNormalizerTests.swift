import Testing
@testable import BylineCore

@Suite("Text normalisation")
struct TextNormalizerTests {
    @Test("odd spaces become plain spaces", arguments: ["\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2007}"])
    func oddSpaces(space: String) {
        #expect(TextNormalizer.normalize("a\(space)b") == "a b")
    }

    @Test("zero-width and bidi characters are dropped, joiners kept")
    func invisibles() {
        #expect(TextNormalizer.normalize("zero\u{200B}width\u{FEFF}\u{202E}") == "zerowidth")
        #expect(TextNormalizer.normalize("👩\u{200D}💻") == "👩\u{200D}💻")
    }

    @Test("CRLF and CR become LF")
    func lineEndings() {
        #expect(TextNormalizer.normalize("a\r\nb\rc\n") == "a\nb\nc\n")
    }

    @Test("text is composed to NFC")
    func composition() {
        #expect(TextNormalizer.normalize("e\u{0301}").unicodeScalars.map(\.value) == [0xE9])
    }

    @Test("escape sequences are removed whole", arguments: [
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("title\u{1B}]0;pwned\u{07}!", "title!"),
        ("clip\u{1B}]52;c;ZXZpbA==\u{1B}\\board", "clipboard"),
        ("csi\u{9B}2Jclear", "csiclear"),
        ("charset\u{1B}(Bok", "charsetok"),
        ("bell\u{07} and nul\u{00} and del\u{7F}", "bell and nul and del"),
        ("dangling\u{1B}", "dangling"),
    ])
    func escapes(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test("an unterminated control string stops at the end of its line")
    func unterminatedControlString() {
        #expect(TextNormalizer.normalize("a\u{1B}]0;never ends\nnext line") == "a\nnext line")
    }

    @Test("newline and tab survive, no other control does")
    func onlyNewlineAndTab() {
        let everyControl = String(String.UnicodeScalarView((0...0x9F).compactMap(Unicode.Scalar.init).filter {
            $0.value < 0x20 || $0.value >= 0x7F
        }))
        let result = TextNormalizer.normalize("x" + everyControl + "y")
        #expect(result.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || $0.value >= 0x20 && ($0.value < 0x7F || $0.value > 0x9F) })
    }
}
