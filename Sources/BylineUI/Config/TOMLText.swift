import TOMLKit

/// TOML text parsed with TOMLKit, after refusing what its parser (toml++) cannot take without an
/// assertion failure that ends the program: a character outside ASCII where a key may stand
/// (outside strings and comments), as in a table header `[é]`. TOML allows none there anyway.
enum TOMLText {
    /// The table of `text` (read from `path`), or the problem that makes it unreadable.
    static func table(_ text: String, path: String) -> Result<TOMLTable, ConfigIssue> {
        if let line = lineOfBareNonASCII(in: text) {
            return .failure(ConfigIssue(file: path, line: line, message: "only ASCII letters, digits, - and _ may stand outside quotes"))
        }
        do {
            return .success(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            return .failure(ConfigIssue(file: path, line: error.source.begin.line, message: error.description))
        } catch {
            return .failure(ConfigIssue(file: path, line: nil, message: "\(error)"))
        }
    }

    /// The 1-based line of the first character outside ASCII that stands outside a string and
    /// a comment, if any.
    static func lineOfBareNonASCII(in text: String) -> Int? {
        enum Place { case bare, comment, basic, literal, multilineBasic, multilineLiteral }
        let scalars = Array(text.unicodeScalars)
        var place = Place.bare
        var line = 1
        var index = 0
        func starts(_ marker: String) -> Bool {
            let marker = Array(marker.unicodeScalars)
            return index + marker.count <= scalars.count && Array(scalars[index..<index + marker.count]) == marker
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                if place == .comment || place == .basic || place == .literal { place = .bare }
                index += 1
                continue
            }
            switch place {
            case .bare:
                if !scalar.isASCII { return line }
                if scalar == "#" { place = .comment }
                else if starts("\"\"\"") { place = .multilineBasic; index += 2 }
                else if starts("'''") { place = .multilineLiteral; index += 2 }
                else if scalar == "\"" { place = .basic }
                else if scalar == "'" { place = .literal }
            case .comment:
                break
            case .basic, .multilineBasic:
                if scalar == "\\" { index += 1 }
                else if place == .basic, scalar == "\"" { place = .bare }
                else if place == .multilineBasic, starts("\"\"\"") { place = .bare; index += 2 }
            case .literal:
                if scalar == "'" { place = .bare }
            case .multilineLiteral:
                if starts("'''") { place = .bare; index += 2 }
            }
            index += 1
        }
        return nil
    }
}

extension ConfigIssue: Error {}
