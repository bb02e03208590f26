import Foundation
import BylineTerminal
import TOMLKit

/// The user's settings from `config.toml`: a theme name and key bindings merged over the
/// defaults.
///
/// ```toml
/// theme = "light"
/// [keys.reader]
/// "<C-n>" = "next_quote"
/// "x" = "none"        # removes a default binding
/// ```
public struct UserConfig: Hashable, Sendable {
    /// The theme the config names, if any.
    public var themeName: String?
    /// The defaults with the user's bindings merged over them.
    public var keymap: Keymap
    /// How feeds are reloaded and kept.
    public var feeds = FeedSettings()

    /// The defaults.
    public init(themeName: String? = nil, keymap: Keymap = .defaults) {
        self.themeName = themeName
        self.keymap = keymap
    }

    /// Parses `text` (read from `path`); problems are reported with their line and skipped.
    public static func parse(_ text: String, path: String) -> (config: UserConfig, issues: [ConfigIssue]) {
        var config = UserConfig()
        var issues: [ConfigIssue] = []
        let table: TOMLTable
        switch TOMLText.table(text, path: path) {
        case .success(let parsed):
            table = parsed
        case .failure(var issue):
            issue.message += "; using defaults"
            return (config, [issue])
        }
        for key in table.keys.sorted() {
            switch key {
            case "theme":
                if let name = table[key]?.string {
                    config.themeName = name
                } else {
                    issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text), message: "theme must be a name"))
                }
            case "feeds":
                guard let feeds = table[key]?.table else {
                    issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text), message: "feeds must be a table"))
                    continue
                }
                let parsed = FeedSettings.parse(feeds, text: text, path: path)
                config.feeds = parsed.settings
                issues.append(contentsOf: parsed.issues)
            case "keys":
                guard let keys = table[key]?.table else {
                    issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text), message: "keys must be a table"))
                    continue
                }
                mergeKeys(keys, into: &config.keymap, text: text, path: path, issues: &issues)
            default:
                issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: key, in: text), message: "unknown setting \"\(key)\""))
            }
        }
        return (config, issues)
    }

    private static func mergeKeys(_ keys: TOMLTable, into keymap: inout Keymap, text: String, path: String, issues: inout [ConfigIssue]) {
        for contextName in keys.keys.sorted() {
            let section = "keys.\(contextName)"
            guard let context = KeyContext(rawValue: contextName), let bindings = keys[contextName]?.table else {
                let known = KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
                issues.append(ConfigIssue(file: path, line: TOMLLineFinder.line(of: "[\(section)]", in: text) ?? lineOfSection(section, in: text),
                                          message: "unknown key context \"\(contextName)\" (known: \(known))"))
                continue
            }
            for notation in bindings.keys.sorted() {
                let line = TOMLLineFinder.line(of: notation, in: text, after: section)
                guard let sequence = KeyPress.sequence(notation) else {
                    issues.append(ConfigIssue(file: path, line: line, message: "cannot read the key \"\(notation)\""))
                    continue
                }
                guard let name = bindings[notation]?.string else {
                    issues.append(ConfigIssue(file: path, line: line, message: "the command for \"\(notation)\" must be a name"))
                    continue
                }
                if name == "none" {
                    keymap.unbind(sequence, in: context)
                } else if let command = Command(rawValue: name) {
                    keymap.bind(sequence, to: command, in: context)
                } else {
                    issues.append(ConfigIssue(file: path, line: line, message: "unknown command \"\(name)\""))
                }
            }
        }
    }

    private static func lineOfSection(_ section: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.trimmingCharacters(in: .whitespaces) == "[\(section)]" }
            .map { $0 + 1 }
    }
}
