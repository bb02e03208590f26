@testable import BylineTerminal
import Testing

@Suite struct KeyNotationTests {
    @Test func parsesPlainAndBracketedKeys() {
        #expect(KeyPress.sequence("]q") == [.character("]"), .character("q")])
        #expect(KeyPress.sequence("<C-o>") == [.control("o")])
        #expect(KeyPress.sequence("<Tab>") == [KeyPress(.tab)])
        #expect(KeyPress.sequence("<S-Tab>") == [KeyPress(.backTab)])
        #expect(KeyPress.sequence("g<Space>") == [.character("g"), .character(" ")])
        #expect(KeyPress.sequence("<A-Enter>") == [KeyPress(.enter, alt: true)])
        #expect(KeyPress.sequence("<F5>") == [KeyPress(.function(5))])
        #expect(KeyPress.sequence("<") == [.character("<")])
    }

    @Test func rejectsUnknownNames() {
        #expect(KeyPress.sequence("<Bogus>") == nil)
        #expect(KeyPress.sequence("<X-a>") == nil)
        #expect(KeyPress.sequence("") == nil)
    }

    @Test func describesKeysInTheSameNotation() {
        for notation in ["j", "<C-o>", "<Enter>", "<PageDown>", "<Space>", "<A-x>", "<F2>"] {
            #expect(KeyPress.sequence(notation)?.map(\.description).joined() == notation)
        }
    }
}

@Suite struct ColorTests {
    @Test func parsesThemeColours() {
        #expect(Color(parsing: "#ff8000") == .rgb(255, 128, 0))
        #expect(Color(parsing: "bright-blue") == .named(.brightBlue))
        #expect(Color(parsing: "light-red") == .named(.brightRed))
        #expect(Color(parsing: "gray") == .named(.brightBlack))
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "chartreuse") == nil)
    }

    @Test func noColorAndDumbTerminalsGetNoColour() {
        #expect(ColorCapability.detect(environment: ["NO_COLOR": "1", "TERM": "xterm-256color"], reportedColors: 256) == .none)
        #expect(ColorCapability.detect(environment: ["TERM": "dumb"], reportedColors: 8) == .none)
        #expect(ColorCapability.detect(environment: ["NO_COLOR": "", "TERM": "xterm"], reportedColors: 8) == .sixteen)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color"], reportedColors: 256) == .palette256)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-direct"], reportedColors: 0x100_0000) == .trueColor)
    }

    @Test func downgradesStepByStep() {
        let orange = Color.rgb(255, 135, 0)
        #expect(ColorCapability.trueColor.downgrade(orange) == orange)
        #expect(ColorCapability.palette256.downgrade(orange) == .indexed(208))
        #expect(ColorCapability.palette256.downgrade(.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorCapability.sixteen.downgrade(.rgb(250, 10, 10)) == .named(.brightRed))
        #expect(ColorCapability.sixteen.downgrade(.indexed(196)) == .named(.brightRed))
        #expect(ColorCapability.none.downgrade(orange) == .default)
        let style = Style(foreground: orange, background: .named(.blue), modifiers: .bold)
        #expect(ColorCapability.none.downgrade(style) == Style(foreground: .default, background: .default, modifiers: .bold))
    }
}
