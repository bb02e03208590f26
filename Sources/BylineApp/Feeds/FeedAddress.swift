import Foundation

/// Where a feed is: a web address (`http`, `https`) or a file (`file://`, or a path the user
/// typed). Nothing else is fetched.
public enum FeedAddress {
    /// A problem with an address the user gave.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        public let address: String
        public let reason: String
        public var description: String { "cannot subscribe to \(address): \(reason)" }
    }

    /// The address to store for what the user typed: web addresses as given (a missing scheme
    /// means `https`), paths as absolute `file://` URLs.
    public static func normalize(_ typed: String, currentDirectory: String = FileManager.default.currentDirectoryPath)
        throws(Invalid) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw Invalid(address: typed, reason: "it is empty or holds control characters")
        }
        if let url = URL(string: trimmed), let scheme = url.scheme?.lowercased() {
            switch scheme {
            case "http", "https":
                guard url.host?.isEmpty == false else { throw Invalid(address: typed, reason: "it names no host") }
                return trimmed
            case "file":
                return URL(fileURLWithPath: url.path).standardizedFileURL.absoluteString
            default:
                if trimmed.hasPrefix("/") || trimmed.hasPrefix(".") { break }
                throw Invalid(address: typed, reason: "only http, https and file addresses are fetched")
            }
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix(".") || trimmed.hasPrefix("~") || FileManager.default.fileExists(atPath: trimmed) {
            let expanded = (trimmed as NSString).expandingTildeInPath
            let absolute = expanded.hasPrefix("/") ? expanded : (currentDirectory as NSString).appendingPathComponent(expanded)
            return URL(fileURLWithPath: absolute).standardizedFileURL.absoluteString
        }
        guard trimmed.contains("."), !trimmed.contains(" "), let url = URL(string: "https://" + trimmed), url.host != nil else {
            throw Invalid(address: typed, reason: "not a web address or a file")
        }
        return "https://" + trimmed
    }

    /// The URL of a stored feed address.
    static func url(_ address: String) -> URL? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              ["http", "https", "file"].contains(scheme) else { return nil }
        return url
    }

    /// The URL of the page behind an item's link: a web page (never `javascript:`), or a file
    /// when the feed itself is a file (a feed on disk may point at articles beside it; a feed
    /// from the web never reads a local file).
    static func pageURL(_ link: String, feedAddress: String) -> URL? {
        guard let url = URL(string: link), let scheme = url.scheme?.lowercased() else { return nil }
        switch scheme {
        case "http", "https": return url.host != nil ? url : nil
        case "file": return URL(string: feedAddress)?.isFileURL == true ? url : nil
        default: return nil
        }
    }
}
