import BylineCore

/// Which link targets the reader hands to a browser: `http`, `https` and `mailto` addresses
/// without control characters. Anything else (`file:`, `javascript:`, a relative path, a target
/// that starts with `-` and would read as the browser's option) is shown, never opened.
public enum OpenableLink {
    /// The schemes that are opened.
    public static let schemes: Set<String> = ["http", "https", "mailto"]

    /// Whether `url` may be passed to the browser. Its first argument then always starts with
    /// one of `schemes`, so it can never be read as an option.
    public static func isOpenable(_ url: String) -> Bool {
        guard !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
              let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon].lowercased()
        let rest = url[url.index(after: colon)...]
        return schemes.contains(scheme) && !rest.isEmpty
    }

    /// What the status line says of a link that is not opened: the target, made safe to show.
    public static func refusal(_ url: String) -> String {
        "Not opened, not an http, https or mailto link: \(TerminalText.line(url))"
    }
}
