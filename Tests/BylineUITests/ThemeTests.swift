import BylineTerminal
@testable import BylineUI
import Foundation
import Testing

/// The repository's `themes/` folder, found from this file.
private let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("themes").path

private func loader(_ files: [String: String]) -> ThemeLoader {
    ThemeLoader { name in files[name].map { ("\(name).toml", $0) } }
}

@Suite struct ThemeTests {
    @Test func everyBundledThemeLoadsWithoutProblems() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: themesDirectory).filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        #expect(Set(names).isSuperset(of: ["dark", "light", "high-contrast", "monochrome"]))
        for name in names {
            let (theme, issues) = ThemeLoader.searching([themesDirectory]).load(name)
            #expect(issues.isEmpty, "\(name): \(issues)")
            #expect(theme.name == name)
            // Every speaker gets a style of its own, distinct from plain text.
            let speakers = (0..<Theme.speakerColorCount).map { theme.style(Theme.speakerScope($0)) }
            #expect(speakers.allSatisfy { $0 != theme.style("ui.text") } || name == "monochrome", "\(name)")
        }
    }

    @Test func theCompiledInThemeIsTheDarkThemeFile() throws {
        let file = try String(contentsOfFile: themesDirectory + "/dark.toml", encoding: .utf8)
        #expect(file == BuiltinTheme.toml)
        #expect(BuiltinTheme.theme.style("quote.speaker.1").foreground == .rgb(0x7a, 0xa2, 0xf7))
    }

    @Test func scopesFallBackToTheirParents() {
        let theme = Theme(name: "t", styles: ["quote": Style(modifiers: .bold), "quote.speaker": Style(foreground: .named(.red))])
        #expect(theme.style("quote.speaker.3") == Style(foreground: .named(.red)))
        #expect(theme.style("quote.unattributed") == Style(modifiers: .bold))
        #expect(theme.style("ui.status") == .plain)
    }

    @Test func inheritanceOverridesAndKeepsTheRest() {
        let files = [
            "base": "\"ui.text\" = \"red\"\n\"ui.status\" = { fg = \"fg\", bg = \"#000000\", modifiers = [\"bold\"] }\n[palette]\nfg = \"#ffffff\"\n",
            "child": "inherits = \"base\"\n\"ui.text\" = \"blue\"\n",
        ]
        let (theme, issues) = loader(files).load("child")
        #expect(issues.isEmpty)
        #expect(theme.style("ui.text").foreground == .named(.blue))
        #expect(theme.style("ui.status") == Style(foreground: .rgb(255, 255, 255), background: .rgb(0, 0, 0), modifiers: .bold))
    }

    @Test func reportsUnknownScopesAndPaletteNamesWithLines() {
        let text = "\"ui.text\" = \"fg\"\n\"ui.bogus\" = \"red\"\n\"claim\" = { fg = \"nosuch\" }\n[palette]\nfg = \"#eeeeee\"\n"
        let (theme, issues) = loader(["t": text]).load("t")
        #expect(issues.map(\.description).sorted() == [
            "t.toml:2: unknown scope \"ui.bogus\"",
            "t.toml:3: unknown colour or palette name \"nosuch\" in \"claim\"",
        ])
        #expect(theme.style("ui.text").foreground == .rgb(0xee, 0xee, 0xee))
    }

    @Test func reportsInheritanceCycles() {
        let (_, issues) = loader(["a": "inherits = \"b\"\n", "b": "inherits = \"a\"\n"]).load("a")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 1)
        #expect(issues.first?.message.contains("cycle") == true)
    }

    @Test func aBrokenThemeGivesTheDefaultAndTheLine() {
        let (theme, issues) = loader(["bad": "\"ui.text\" = \"red\"\n\"ui.status\" = {\n"]).load("bad")
        #expect(theme == BuiltinTheme.theme)
        #expect(issues.first?.file == "bad.toml")
        #expect(issues.first?.line == 2)
        let (fallback, missing) = loader([:]).load("nosuch")
        #expect(fallback == BuiltinTheme.theme)
        #expect(missing.first?.message.contains("no such theme") == true)
    }

    @Test func downgradingKeepsAttributes() {
        let theme = BuiltinTheme.theme.downgraded(to: .none)
        #expect(theme.style("ui.status.error").modifiers.contains(.bold))
        #expect(theme.style("quote.speaker.1").foreground == .default)
        #expect(BuiltinTheme.theme.downgraded(to: .palette256).style("quote.speaker.1").foreground.map { if case .indexed = $0 { true } else { false } } == true)
    }
}

@Suite struct ConfigTests {
    @Test func mergesUserBindingsOverTheDefaults() {
        let text = """
            theme = "light"

            [keys.reader]
            "<C-n>" = "next_quote"
            "]q" = "none"
            "x" = "toggle_panel"
            """
        let (config, issues) = UserConfig.parse(text, path: "config.toml")
        #expect(issues.isEmpty)
        #expect(config.themeName == "light")
        let keymap = config.keymap
        #expect(keymap.resolve([.control("n")], in: [.reader]) == .command(.nextQuote))
        #expect(keymap.resolve([.character("]"), .character("q")], in: [.reader]) == .unbound)
        #expect(keymap.resolve([.character("x")], in: [.reader]) == .command(.togglePanel))
        #expect(keymap.resolve([.character("["), .character("q")], in: [.reader]) == .command(.previousQuote))
    }

    @Test func reportsBadEntriesWithTheirLinesAndKeepsTheRest() {
        let text = """
            theme = "dark"
            colour = "yes"
            [keys.reader]
            "j" = "fly_away"
            "<Nope>" = "next_quote"
            "K" = "previous_quote"
            [keys.nowhere]
            "a" = "quit"
            """
        let (config, issues) = UserConfig.parse(text, path: "/home/u/.config/byline/config.toml")
        #expect(issues.map(\.description) == [
            "/home/u/.config/byline/config.toml:2: unknown setting \"colour\"",
            "/home/u/.config/byline/config.toml:7: unknown key context \"nowhere\" (known: global, library, reader, panel, list, feeds)",
            "/home/u/.config/byline/config.toml:5: cannot read the key \"<Nope>\"",
            "/home/u/.config/byline/config.toml:4: unknown command \"fly_away\"",
        ])
        #expect(config.keymap.resolve([.character("K")], in: [.reader]) == .command(.previousQuote))
        #expect(config.keymap.resolve([.character("j")], in: [.reader]) == .command(.moveDown))
    }

    @Test func aSyntaxErrorGivesDefaultsAndTheLine() {
        let (config, issues) = UserConfig.parse("theme = \"dark\"\n[keys.reader\n", path: "c.toml")
        #expect(config == UserConfig())
        #expect(issues.count == 1)
        #expect(issues.first?.line == 2)
    }

    /// toml++ (inside TOMLKit) stops the program on an assertion for these (found by fuzzing).
    @Test("a key outside ASCII, unquoted, or a table name starting badly gives defaults and its line, never a crash", arguments: [
        ("theme = \"dark\"\n[\u{FFFD}]\n", 2), ("théme = \"light\"\n", 1), ("[keys.reader]\n\"<C-n>\" = \"next_quote\"\nsé = 1\n", 3),
        ("theme = \"dark\"\n[{eys.reader]\n", 2), ("theme = \"dark\"\n[[ =x]]\n", 2),
        ("[keys.reader]\nx = [\"a\", }\n", 2), ("x = { a = }\n", 1), ("x =\ntheme = \"dark\"\n", 1), ("x = ", 1),
    ])
    func badKeys(text: String, line: Int) {
        let (config, issues) = UserConfig.parse(text, path: "c.toml")
        #expect(config == UserConfig())
        #expect(issues.map(\.line) == [line])
        let (theme, themeIssues) = ThemeLoader { _ in ("t.toml", text) }.load("t")
        #expect(theme == BuiltinTheme.theme)
        #expect(!themeIssues.isEmpty)
    }

    @Test func textOutsideASCIIInStringsAndCommentsIsRead() {
        let text = "# thème clair\ntheme = \"lumière\" # é\n[keys.reader]\n\"é\" = \"next_quote\"\n[feeds]\nuser_agent = '''\nà\n'''\nx = [\n[{ a = 1 }],\n]\n[ \"quoted\" ]\n"
        #expect(TOMLText.problem(in: text) == nil)
        #expect(UserConfig.parse(text, path: "c.toml").config.themeName == "lumière")
    }

    @Test func sequencesWaitForTheirLastKey() {
        let keymap = Keymap.defaults
        #expect(keymap.resolve([.character("g")], in: [.reader, .global]) == .pending)
        #expect(keymap.resolve([.character("g"), .character("s")], in: [.reader, .global]) == .command(.gotoSource))
        #expect(keymap.resolve([.character("g"), .character("x")], in: [.reader, .global]) == .unbound)
        #expect(keymap.resolve([.character("?")], in: [.reader, .global]) == .command(.help))
    }
}
