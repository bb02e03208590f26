import BylineUI
import Foundation

/// The user's `config.toml` (`$XDG_CONFIG_HOME/byline/` or `~/.config/byline/`).
enum ConfigFile {
    /// The settings of the config file, or the defaults when there is none; its problems
    /// come back with it (each setting in error keeps its default).
    static func load(environment: [String: String]) -> (config: UserConfig, issues: [ConfigIssue]) {
        let path = ResourceLocator(environment: environment).configPath
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (UserConfig(), []) }
        return UserConfig.parse(text, path: path)
    }
}
