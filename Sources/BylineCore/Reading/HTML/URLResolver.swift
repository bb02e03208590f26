import CLibXML2

/// Makes link targets absolute against a page's base URL, with libxml2's RFC 3986 resolver.
struct URLResolver: Sendable {
    /// The base URL, or `nil` when the page's address is unknown (relative links stay relative).
    let base: String?

    /// The absolute form of `reference`, or `nil` when it is empty or a script.
    func resolve(_ reference: String) -> String? {
        let trimmed = reference.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty, !trimmed.lowercased().hasPrefix("javascript:") else { return nil }
        guard let base else { return trimmed }
        guard let built = xmlBuildURI(trimmed, base) else { return trimmed }
        defer { byline_xmlFree(built) }
        return String(cString: built)
    }
}

extension String {
    /// The string without leading and trailing ASCII white space (HTML's definition).
    func trimmingASCIIWhitespace() -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
