import Foundation

/// A problem found in a configuration or theme file; loading goes on with defaults.
public struct ConfigIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file's path (or name).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates an issue.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Finds the line of a TOML key in a file's text, so that problems found after parsing can
/// still name a line: the first line whose key (bare or quoted) is `key`.
enum TOMLLineFinder {
    static func line(of key: String, in text: String, after section: String? = nil) -> Int? {
        var inSection = section == nil
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                if let section { inSection = line == "[\(section)]" }
                continue
            }
            guard inSection, let equals = line.firstIndex(of: "=") else { continue }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if name == key { return number + 1 }
        }
        return nil
    }
}
