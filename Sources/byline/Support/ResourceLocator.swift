import Foundation

/// Finds the folders Byline ships beside its code (themes, sample articles) at run time:
/// SwiftPM resources cannot live outside `Sources/`, so they are looked for in an
/// environment variable's folder, next to the executable's install prefix
/// (`<prefix>/share/byline/<name>`), and in the source checkout the executable was built in.
struct ResourceLocator {
    let environment: [String: String]

    /// The folders that may hold `name` (`themes`, `Samples`), best first; only existing ones.
    func directories(for name: String, variable: String) -> [String] {
        var candidates: [String] = []
        if let override = environment[variable], !override.isEmpty { candidates.append(override) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("share/byline/\(name.lowercased())").path)
        var folder = executable
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent(name).path)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/" + name)
        var isDirectory: ObjCBool = false
        return candidates.filter { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }
    }

    /// Where the user's `config.toml` lives: `$XDG_CONFIG_HOME/byline/` or `~/.config/byline/`.
    var configPath: String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/byline/config.toml"
    }
}
