import Foundation

/// Which program opens a link, and what to say when none can: `$BROWSER` (its first entry of
/// a colon-separated list; `%s` marks where the URL goes), else `xdg-open` when it is on `PATH`.
public enum BrowserCommand {
    /// The fallback when `$BROWSER` is not set.
    static let opener = "xdg-open"

    /// The program and arguments that open `url`, or `nil` when there is no browser.
    public static func arguments(for url: String, environment: [String: String]) -> [String]? {
        let browser = environment["BROWSER"].flatMap { $0.split(separator: ":").first.map(String.init) }
        var arguments = (browser ?? opener).split(separator: " ").map(String.init)
        guard let program = arguments.first else { return nil }
        if browser == nil, !isOnPath(program, environment: environment) { return nil }
        if let placeholder = arguments.firstIndex(of: "%s") {
            arguments[placeholder] = url
        } else {
            arguments.append(url)
        }
        return arguments
    }

    /// The status line when nothing can open `url`: the URL first, so that it shows whole on
    /// a narrow line and can be copied, then how to get a browser.
    public static func unavailable(_ url: String) -> String {
        "\(url) — no browser to open it: set $BROWSER (or install \(opener))"
    }

    /// The status line when `program` could not be started for `url`.
    public static func failedToStart(_ program: String, url: String) -> String {
        "\(url) — could not start \(program) to open it (check $BROWSER)"
    }

    /// Whether `program` names an executable, directly or in a folder of `PATH`.
    static func isOnPath(_ program: String, environment: [String: String]) -> Bool {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.contains { FileManager.default.isExecutableFile(atPath: ($0 as NSString).appendingPathComponent(program)) }
    }
}
