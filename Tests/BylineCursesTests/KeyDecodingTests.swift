@testable import BylineCurses
import BylineTerminal
import Testing

/// How the curses backend turns character codes into keys (no terminal needed).
@Suite struct KeyDecodingTests {
    @Test func controlCodesBecomeControlKeys() {
        #expect(CursesBackend.character(15) == .control("o"))
        #expect(CursesBackend.character(3) == .control("c"))
        #expect(CursesBackend.character(9) == KeyPress(.tab), "Ctrl-i and Tab are one byte")
        #expect(CursesBackend.character(13) == KeyPress(.enter))
        #expect(CursesBackend.character(10) == KeyPress(.enter))
        #expect(CursesBackend.character(127) == KeyPress(.backspace))
        #expect(CursesBackend.character(27) == KeyPress(.escape))
        #expect(CursesBackend.character(30) == nil)
    }

    @Test func printableCodesBecomeCharacters() {
        #expect(CursesBackend.character(UInt32(("]" as Unicode.Scalar).value)) == .character("]"))
        #expect(CursesBackend.character(0x65E5) == .character("日"))
        #expect(CursesBackend.character(0xD800) == nil, "a lone surrogate is no character")
    }
}
