import Foundation
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

    @Test("text of composition-inert scalars is in NFC already, so composing it may be skipped")
    func compositionInertScalars() {
        let inert = (0x20...0x1FFFF).compactMap(Unicode.Scalar.init).filter { TextNormalizer.isCompositionInert($0) }
        #expect(inert.count > 40_000)
        let text = String(String.UnicodeScalarView(inert))
        #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test("the scalars of normal text are read as they are; any other text is normalised", arguments: [
        "Zürich “votes” – 会谈 😀\tend\n", "plain ASCII", "", "a\r\nb", "no\u{00A0}break", "cafe\u{0301}", "bell\u{07}", "zero\u{200B}width",
    ])
    func scalarsIfNormal(text: String) {
        let isNormal = TextNormalizer.normalize(text).unicodeScalars.elementsEqual(text.unicodeScalars)
        #expect(TextNormalizer.scalarsIfNormal(text) == (isNormal ? Array(text.unicodeScalars) : nil))
    }

    @Test("a combining mark after composed Latin text is still composed")
    func compositionAfterInertText() {
        #expect(TextNormalizer.normalize("Straße, Zürich, cafe\u{0301}").unicodeScalars.elementsEqual("Straße, Zürich, café".unicodeScalars))
        #expect(TextNormalizer.normalize("Ωmega \u{1100}\u{1161}") == "Ωmega \u{AC00}")
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

@Suite("Text normalisation: further cases")
struct TextNormalizerFurtherTests {
    @Test("every Unicode space separator and the line and paragraph separators", arguments: [
        "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}",
        "\u{2008}", "\u{200A}", "\u{205F}",
    ])
    func spaceSeparators(space: String) {
        #expect(TextNormalizer.normalize("a\(space)b") == "a b")
    }

    @Test("soft hyphen, word joiner, bidi isolates and LRM/RLM are dropped")
    func moreInvisibles() {
        #expect(TextNormalizer.normalize("co\u{00AD}op\u{2060}er\u{2066}a\u{2069}t\u{200E}i\u{200F}on") == "cooperation")
    }

    @Test("ZWNJ stays: Persian and Indic spelling needs it")
    func zeroWidthNonJoiner() {
        #expect(TextNormalizer.normalize("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }

    @Test("a CR at the very end and mixed line endings")
    func mixedLineEndings() {
        #expect(TextNormalizer.normalize("a\r\n\r\nb\n\rc\r") == "a\n\nb\n\nc\n")
    }

    @Test("NFC composes Hangul jamo and stacked accents, and leaves composed text alone")
    func moreComposition() {
        #expect(TextNormalizer.normalize("\u{1100}\u{1161}") == "\u{AC00}")
        #expect(TextNormalizer.normalize("o\u{0308}\u{0304}") == "\u{022B}")
        #expect(TextNormalizer.normalize("Zürich") == "Zürich")
    }

    @Test("C1 control strings and sequences are removed whole", arguments: [
        ("osc\u{9D}0;window title\u{9C}end", "oscend"),
        ("dcs\u{90}q#0;2;0;0;0\u{9C}end", "dcsend"),
        ("pm\u{9E}private\u{9C}end", "pmend"),
        ("apc\u{9F}app\u{07}end", "apcend"),
        ("nel\u{85}and ind\u{84}gone", "neland indgone"),
        ("dcs\u{1B}Pq#0\u{1B}\\end", "dcsend"),
        ("apc\u{1B}_payload\u{1B}\\end", "apcend"),
        ("hyperlink \u{1B}]8;;https://evil.example\u{1B}\\text\u{1B}]8;;\u{1B}\\ here", "hyperlink text here"),
        ("keypad\u{1B}=mode\u{1B}>off", "keypadmodeoff"),
        ("csi with params\u{1B}[1;31;4mbold", "csi with paramsbold"),
        ("private csi\u{1B}[?1049hscreen", "private csiscreen"),
    ])
    func c1AndEscapes(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test("tab survives, vertical tab and form feed do not")
    func tabs() {
        #expect(TextNormalizer.normalize("a\tb\u{0B}c\u{0C}d") == "a\tbcd")
    }

    @Test("a long run of hostile escapes is removed in one pass")
    func manyEscapes() {
        let hostile = String(repeating: "\u{1B}[31m\u{9B}2J\u{1B}]0;x\u{07}", count: 20_000) + "ok"
        #expect(TextNormalizer.normalize(hostile) == "ok")
    }
}
