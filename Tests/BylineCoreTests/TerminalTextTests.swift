import Testing
@testable import BylineCore

@Suite("Terminal text: the one sanitiser of what reaches a terminal")
struct TerminalTextTests {
    @Test("a line loses control characters and whole escape sequences", arguments: [
        ("retitle \u{1B}]0;pwned\u{07}here", "retitle here"),
        ("clip \u{1B}]52;c;aGVsbG8=\u{1B}\\board", "clip board"),
        ("clear \u{1B}[2Jscreen", "clear screen"),
        ("C1 \u{9B}31mred \u{9D}0;t\u{9C}done", "C1 red done"),
        ("bell\u{07} and\ttab\nand line", "bell and tab and line"),
        ("  spaced   out  ", "spaced out"),
        ("plain words", "plain words"),
        ("", ""),
    ])
    func line(input: String, expected: String) {
        #expect(TerminalText.line(input) == expected)
    }

    @Test("lines keep their breaks, not their escapes")
    func lines() {
        #expect(TerminalText.lines("one \u{1B}[1mbold\u{1B}[0m\r\ntwo\u{1B}]0;x\u{07}") == "one bold\ntwo")
    }

    @Test("escaped shows every control character, one line")
    func escaped() {
        #expect(TerminalText.escaped("--x\u{1B}]0;t\u{07}\nname") == "--x\\u{1B}]0;t\\u{7}\\u{A}name")
        #expect(TerminalText.escaped("C1\u{9B}") == "C1\\u{9B}")
        #expect(TerminalText.escaped("plain") == "plain")
    }
}
