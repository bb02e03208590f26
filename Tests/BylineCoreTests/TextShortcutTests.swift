import Foundation
import Testing
@testable import BylineCore

@Suite("Text shortcuts answer as the Unicode tables and Foundation do")
struct TextShortcutTests {
    @Test("white space, letters and digits, and lower case of every scalar below U+0800 and of some beyond")
    func scalarProperties() {
        let beyond: [Unicode.Scalar] = ["\u{2003}", "\u{2028}", "\u{3000}", "\u{0130}", "\u{01C5}", "\u{1E9E}", "\u{2167}", "\u{1F600}", "\u{10400}"]
        let scalars = (0...0x7FF).compactMap(Unicode.Scalar.init) + beyond
        let wrong = scalars.filter { scalar in
            var lowercase: [Unicode.Scalar] = []
            scalar.forEachLowercaseScalar { lowercase.append($0) }
            return scalar.isWhitespaceQuickly != scalar.properties.isWhitespace
                || scalar.isLetterOrDigitQuickly != (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                || lowercase != Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }

    @Test("the scalar count read from the bytes", arguments: ["", "plain", "Zürich – “quoted” 😀", "e\u{301}\r\n", "한국어"])
    func scalarCount(text: String) {
        #expect(text.unicodeScalarCount == text.unicodeScalars.count)
    }

    @Test("`mayContain(anyOf:)` finds what Foundation finds, and answers alone only where that is plain", arguments: [
        ("Tide mill reopens - The Advertiser", " - ", true),
        ("Café owners protest the new rates", " - ", false),
        ("Five facts | 3 min read", " min read", true),
        ("Notes, 3 min reaď", " min read", false),
        ("Storm closes port -\u{301} Ledger", " - ", true),
        ("Thumbs up - \u{1F3FD}all round", " - ", true),
    ])
    func mayContain(text: String, needle: String, expected: Bool) {
        #expect(text.mayContain(anyOf: [needle]) == expected)
        if !expected { #expect(text.range(of: needle) == nil) }
    }

    @Test("where `mayContain(anyOf:)` says no, Foundation finds no separator, next to any composition-inert scalar")
    func mayContainBesideInertScalars() {
        let scalars = (0x20...0x1FFFF).compactMap(Unicode.Scalar.init).filter {
            TextNormalizer.isCompositionInert($0) && !(0x7F...0x9F).contains($0.value)
        }
        let sample = scalars.enumerated().filter { $0.offset % 7 == 0 || $0.element.value < 0x800 }.map(\.element)
        var contradictions: [String] = []
        for scalar in sample {
            let mark = String(scalar)
            for separator in TitleHeaderDetector.separators {
                let middle = separator.index(after: separator.startIndex)
                let texts = [
                    "a" + mark + separator + "b", "a" + separator + mark + "b",
                    "a" + separator[..<middle] + mark + separator[middle...] + "b",
                ]
                for text in texts where !text.mayContain(anyOf: [separator]) && text.range(of: separator) != nil {
                    contradictions.append(text)
                }
            }
        }
        #expect(sample.count > 5_000)
        #expect(contradictions.isEmpty, "\(contradictions.prefix(5))")
    }
}
