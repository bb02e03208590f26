import BylineCore
@testable import BylineTerminal
import Testing

@Suite struct GridTests {
    @Test func writesTextAndClipsAtMaxWidth() {
        var grid = Grid(size: Size(width: 8, height: 2))
        let used = grid.write("Hello, world", x: 1, y: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(grid.lines == [" Hello  ", "        "])
    }

    @Test func measuresCJKAndEmojiByDisplayWidth() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let used = grid.write("日本a👍", x: 0, y: 0)
        #expect(used == 7)
        #expect(grid[0, 0].symbol == "日")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[4, 0].symbol == "a")
        #expect(grid[5, 0].symbol == "👍")
        #expect(grid[6, 0].isContinuation)
        #expect(grid.lines == ["日本a👍 "])
    }

    @Test func leavesOutAWideCharacterThatDoesNotFit() {
        var grid = Grid(size: Size(width: 3, height: 1))
        #expect(grid.write("ab日", x: 0, y: 0) == 2)
        #expect(grid[2, 0].symbol == " ")
    }

    @Test func drawsControlCharactersInert() {
        var grid = Grid(size: Size(width: 20, height: 1))
        grid.write("a\u{1B}]52;c;eA==\u{07}b\u{9B}2J", x: 0, y: 0)
        let symbols = grid.cells.map(\.symbol).joined()
        #expect(!symbols.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(symbols.hasPrefix("a\u{FFFD}]52;c;eA==\u{FFFD}b\u{FFFD}2J"))
    }

    @Test func writesNothingOutsideTheGrid() {
        var grid = Grid(size: Size(width: 4, height: 1))
        #expect(grid.write("abc", x: 0, y: 3) == 0)
        grid.write("abcdef", x: -2, y: 0)
        #expect(grid.lines == ["cdef"])
    }

    @Test func patchesStylesKeepingCharacters() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.write("abc", x: 0, y: 0, style: Style(foreground: .named(.red)))
        grid.patchStyle(Rect(x: 1, y: 0, width: 1, height: 1), with: Style(modifiers: .bold))
        #expect(grid[1, 0] == Cell(symbol: "b", style: Style(foreground: .named(.red), modifiers: .bold)))
        #expect(grid[0, 0].style.modifiers.isEmpty)
    }
}

@Suite struct DiffTests {
    @Test func identicalFramesChangeNothing() {
        var grid = Grid(size: Size(width: 5, height: 2))
        grid.write("hi", x: 0, y: 0)
        #expect(grid.changes(from: grid).isEmpty)
    }

    @Test func onlyChangedCellsAreWritten() {
        var before = Grid(size: Size(width: 5, height: 2))
        before.write("hello", x: 0, y: 0)
        var after = before
        after.write("J", x: 0, y: 0)
        after.write("!", x: 4, y: 1)
        #expect(after.changes(from: before) == [
            CellChange(x: 0, y: 0, cell: Cell(symbol: "J")),
            CellChange(x: 4, y: 1, cell: Cell(symbol: "!")),
        ])
    }

    @Test func aStyleChangeIsAChange() {
        var before = Grid(size: Size(width: 2, height: 1))
        before.write("ab", x: 0, y: 0)
        var after = before
        after.patchStyle(Rect(x: 1, y: 0, width: 1, height: 1), with: Style(modifiers: .reverse))
        #expect(after.changes(from: before).map(\.x) == [1])
    }

    @Test func aNewSizeRedrawsEverything() {
        let before = Grid(size: Size(width: 2, height: 2))
        let after = Grid(size: Size(width: 3, height: 2))
        #expect(after.changes(from: before).count == 6)
        #expect(after.changes(from: nil).count == 6)
    }

    @Test func aWideCharacterIsWrittenOnceFromItsFirstCell() {
        let before = Grid(size: Size(width: 4, height: 1))
        var after = before
        after.write("日", x: 1, y: 0)
        #expect(after.changes(from: before) == [CellChange(x: 1, y: 0, cell: Cell(symbol: "日"))])
    }

    @Test func theTerminalWritesOnlyWhatChangedBetweenFrames() {
        let backend = TestBackend(size: Size(width: 10, height: 3))
        let terminal = Terminal(backend: backend)
        var grid = Grid(size: backend.size)
        grid.write("first", x: 0, y: 0)
        terminal.draw(grid)
        #expect(terminal.lastFrameCellCount == 30)
        grid.write("s", x: 0, y: 1)
        terminal.draw(grid)
        #expect(terminal.lastFrameCellCount == 1)
        terminal.draw(grid)
        #expect(terminal.lastFrameCellCount == 0)
        #expect(backend.screen == grid)
        #expect(backend.cellsWritten == 31)
    }
}

@Suite struct RectTests {
    @Test func splitsFixedAndFillParts() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(.vertical, [.length(1), .fill, .length(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
    }

    @Test func sharesWhatIsLeftAndShrinksWhatDoesNotFit() {
        let parts = Rect(x: 2, y: 0, width: 11, height: 1).split(.horizontal, [.fill, .percentage(50), .fill])
        #expect(parts.map(\.width) == [3, 5, 3])
        #expect(parts.map(\.x) == [2, 5, 10])
        let tight = Rect(x: 0, y: 0, width: 5, height: 1).split(.horizontal, [.length(4), .length(4)])
        #expect(tight.map(\.width) == [4, 1])
    }
}

@Suite struct ColumnsTests {
    @Test func agreesWithDisplayWidthOnAnyText() {
        for text in ["plain words", "", "tab\there", "日本", "café", "👍🏽 ok", "a\u{0301}"] {
            #expect(DisplayWidth.columns(text) == DisplayWidth.of(text), "\(text)")
        }
    }
}
