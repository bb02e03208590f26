import BylineTerminal
import Foundation
import TOMLKit

/// Colours and attributes for every part of the screen, by dotted scope (`ui.status`,
/// `quote.speaker.3`, `claim.vague`). A scope not set falls back to its parent: `a.b.c`, then
/// `a.b`, then `a`, then the plain style.
public struct Theme: Hashable, Sendable {
    /// The theme's name.
    public var name: String
    /// The style of each scope the theme sets.
    public private(set) var styles: [String: Style]

    /// Creates a theme from styles.
    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `scope`, falling back through its parents.
    public func style(_ scope: String) -> Style {
        var scope = Substring(scope)
        while true {
            if let style = styles[String(scope)] { return style }
            guard let dot = scope.lastIndex(of: ".") else { return .plain }
            scope = scope[..<dot]
        }
    }

    /// The theme with every colour reduced to what a terminal of `capability` can show.
    public func downgraded(to capability: ColorCapability) -> Theme {
        Theme(name: name, styles: styles.mapValues { capability.downgrade($0) })
    }

    /// The scopes a theme may set. Anything else in a theme file is reported as unknown.
    public static let knownScopes: Set<String> = {
        var scopes: Set<String> = [
            "ui", "ui.text", "ui.text.dim", "ui.title", "ui.meta", "ui.heading", "ui.blockquote", "ui.link", "ui.link.number",
            "ui.selection", "ui.cursorline", "ui.status", "ui.status.message", "ui.status.error", "ui.prompt",
            "ui.panel", "ui.panel.title", "ui.panel.focus", "ui.border", "ui.help.key", "ui.notice", "ui.gutter",
            "ui.search.match", "ui.annotation", "ui.code", "ui.unread", "ui.star", "ui.focus",
            "quote", "quote.speaker", "quote.unattributed", "mention", "badge", "badge.expert", "badge.official",
            "claim", "claim.vague", "gutter.claim", "gutter.claim.vague",
        ]
        for index in 1...speakerColorCount { scopes.insert("quote.speaker.\(index)") }
        for color in NoteColor.allCases { scopes.insert(color.scope) }
        return scopes
    }()

    /// How many speaker colours a theme has (`quote.speaker.1` … `quote.speaker.8`).
    public static let speakerColorCount = 8

    /// The scope of the speaker with index `sourceIndex` in an article.
    public static func speakerScope(_ sourceIndex: Int) -> String {
        "quote.speaker.\(sourceIndex % speakerColorCount + 1)"
    }
}

/// Reads themes from TOML: `inherits = "dark"`, a `[palette]` of named colours, and scopes set
/// to a colour (the foreground) or to a table `{ fg, bg, modifiers = ["bold"] }`.
public struct ThemeLoader {
    /// Finds a theme file by name: its path and text, or `nil` when there is no such theme.
    public typealias Lookup = (String) -> (path: String, text: String)?

    private let lookup: Lookup

    /// Creates a loader that finds files with `lookup`.
    public init(lookup: @escaping Lookup) {
        self.lookup = lookup
    }

    /// A loader over theme folders (first match wins), with the compiled-in default theme as
    /// a last resort for its own name.
    public static func searching(_ directories: [String]) -> ThemeLoader {
        ThemeLoader { name in
            for directory in directories {
                let path = (directory as NSString).appendingPathComponent(name + ".toml")
                if let text = try? String(contentsOfFile: path, encoding: .utf8) { return (path, text) }
            }
            return name == BuiltinTheme.name ? ("<built-in \(name)>", BuiltinTheme.toml) : nil
        }
    }

    /// The theme called `name` with its problems. A theme that cannot be found or read gives
    /// the built-in default and the problem; a bad entry is skipped and reported.
    public func load(_ name: String) -> (theme: Theme, issues: [ConfigIssue]) {
        var issues: [ConfigIssue] = []
        guard let theme = theme(named: name, issues: &issues) else {
            issues.append(ConfigIssue(file: name, line: nil, message: "no such theme; using \(BuiltinTheme.name)"))
            return (BuiltinTheme.theme, issues)
        }
        return (theme, issues)
    }

    /// The theme called `name`, or `nil` when it cannot be found or parsed; problems are added to `issues`.
    func theme(named name: String, issues: inout [ConfigIssue]) -> Theme? {
        loadStyles(name, chain: [], issues: &issues).map { Theme(name: name, styles: $0) }
    }

    private func loadStyles(_ name: String, chain: [String], issues: inout [ConfigIssue]) -> [String: Style]? {
        guard let (path, text) = lookup(name) else { return nil }
        let table: TOMLTable
        switch TOMLText.table(text, path: path) {
        case .success(let parsed):
            table = parsed
        case .failure(let issue):
            issues.append(issue)
            return nil
        }
        var styles: [String: Style] = [:]
        var palette: [String: Color] = [:]
        if let parent = table["inherits"]?.string {
            if chain.contains(parent) || parent == name {
                issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: "inherits", in: text),
                                          message: "inheritance cycle: \((chain + [name, parent]).joined(separator: " → "))"))
            } else if let inherited = loadStyles(parent, chain: chain + [name], issues: &issues) {
                styles = inherited
            } else {
                issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: "inherits", in: text),
                                          message: "inherits unknown theme \"\(parent)\""))
            }
        }
        if let paletteTable = table["palette"]?.table {
            for key in paletteTable.keys {
                if let value = paletteTable[key]?.string, let color = Color(parsing: value) {
                    palette[key] = color
                } else {
                    issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text, after: "palette"),
                                              message: "palette entry \"\(key)\" is not a colour"))
                }
            }
        }
        let parser = StyleParser(palette: palette, path: path, text: text)
        for (scope, value) in flattenedScopes(table) {
            guard Theme.knownScopes.contains(scope) else {
                issues.append(ConfigIssue(file: path, line: parser.line(of: scope), message: "unknown scope \"\(scope)\""))
                continue
            }
            if let style = parser.style(scope: scope, value: value, issues: &issues) { styles[scope] = style }
        }
        return styles
    }

    /// The scope entries of a theme table: quoted dotted keys as they are, nested tables
    /// joined with dots, down to a colour string or a style table.
    private func flattenedScopes(_ table: TOMLTable, prefix: String = "") -> [(String, TOMLValueConvertible)] {
        var result: [(String, TOMLValueConvertible)] = []
        for key in table.keys.sorted() where !(prefix.isEmpty && (key == "inherits" || key == "palette")) {
            guard let value = table[key] else { continue }
            let scope = prefix.isEmpty ? key : prefix + "." + key
            if let inner = value.table, !StyleParser.isStyleTable(inner) {
                result += flattenedScopes(inner, prefix: scope)
            } else {
                result.append((scope, value))
            }
        }
        return result
    }
}

/// Turns one scope's TOML value into a style, resolving palette names.
private struct StyleParser {
    let palette: [String: Color]
    let path: String
    let text: String

    static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]

    static func isStyleTable(_ table: TOMLTable) -> Bool {
        table.keys.contains { styleKeys.contains($0) }
    }

    func line(of scope: String) -> Int? {
        TOMLLineFinder.line(of: scope, in: text) ?? TOMLLineFinder.line(of: String(scope.split(separator: ".").last ?? ""), in: text)
    }

    func style(scope: String, value: TOMLValueConvertible, issues: inout [ConfigIssue]) -> Style? {
        if let name = value.string {
            return color(name, scope: scope, issues: &issues).map { Style(foreground: $0) }
        }
        guard let table = value.table else {
            issues.append(ConfigIssue(file: path, line: line(of: scope), message: "scope \"\(scope)\" must be a colour or a table"))
            return nil
        }
        var style = Style()
        for key in table.keys {
            switch key {
            case "fg": style.foreground = table[key]?.string.flatMap { color($0, scope: scope, issues: &issues) }
            case "bg": style.background = table[key]?.string.flatMap { color($0, scope: scope, issues: &issues) }
            case "modifiers":
                for item in table[key]?.array.map({ Array($0) }) ?? [] {
                    guard let name = item.string, let modifier = Style.Modifiers.named.first(where: { $0.name == name }) else {
                        issues.append(ConfigIssue(file: path, line: line(of: scope), message: "unknown modifier in \"\(scope)\""))
                        continue
                    }
                    style.modifiers.insert(modifier.modifier)
                }
            default:
                issues.append(ConfigIssue(file: path, line: line(of: scope), message: "unknown key \"\(key)\" in \"\(scope)\""))
            }
        }
        return style
    }

    private func color(_ name: String, scope: String, issues: inout [ConfigIssue]) -> Color? {
        if let color = palette[name] ?? Color(parsing: name) { return color }
        issues.append(ConfigIssue(file: path, line: line(of: scope), message: "unknown colour or palette name \"\(name)\" in \"\(scope)\""))
        return nil
    }
}
