import TOMLKit

/// TOML text parsed with TOMLKit, after refusing what its parser (toml++, built with its
/// assertions on) cannot take without an assertion failure that ends the program: a character
/// outside ASCII outside strings and comments (`[é]`), a table header whose name starts with
/// anything but a key's character or a quote (`[{x]`), and a missing value (`a = }`,
/// `["x", }`). TOML allows none of them anyway.
enum TOMLText {
    /// The table of `text` (read from `path`), or the problem that makes it unreadable.
    static func table(_ text: String, path: String) -> Result<TOMLTable, ConfigIssue> {
        if let (line, message) = problem(in: text) {
            return .failure(ConfigIssue(file: path, line: line, message: message))
        }
        do {
            return .success(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            return .failure(ConfigIssue(file: path, line: error.source.begin.line, message: error.description))
        } catch {
            return .failure(ConfigIssue(file: path, line: nil, message: "\(error)"))
        }
    }

    /// The first of those problems in `text`, with its 1-based line.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var scanner = Scanner(scalars: Array(text.unicodeScalars))
        return scanner.firstProblem()
    }

    /// Walks TOML text just far enough to know where strings, comments, values and table
    /// headers are.
    private struct Scanner {
        enum Place { case bare, comment, basic, literal, multilineBasic, multilineLiteral }

        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var place = Place.bare
        /// Whether only white space came before, on this line, outside any value.
        var atLineStart = true
        /// Whether an `=` on this line started a value.
        var inValue = false
        /// The brackets and braces open in the current value (an array may span lines).
        var open: [Unicode.Scalar] = []
        /// Whether a value must come next: after `=`, and after `[` or `,` in an array.
        var expectsValue = false

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func firstProblem() -> (line: Int, message: String)? {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\n" {
                    if place == .bare, expectsValue, open.last != "[" { return (line, "a value is missing") }
                    line += 1
                    if place == .comment || place == .basic || place == .literal { place = .bare }
                    if open.isEmpty { inValue = false }
                    atLineStart = open.isEmpty
                    index += 1
                    continue
                }
                if place == .bare {
                    if let problem = bare(scalar) { return (line, problem) }
                } else {
                    inString(scalar)
                }
                index += 1
            }
            return place == .bare && expectsValue && open.last != "[" ? (line, "a value is missing") : nil
        }

        private mutating func bare(_ scalar: Unicode.Scalar) -> String? {
            guard scalar.isASCII else { return "only ASCII letters, digits, - and _ may stand outside quotes" }
            let wasAtLineStart = atLineStart
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\r"
            if !isSpace { atLineStart = false }
            if expectsValue, !isSpace {
                // Inside an array, a comment or the closing bracket may come instead of a value.
                let allowed = open.last == "[" ? scalar == "#" || scalar == "]" : false
                guard allowed || !(scalar == "," || scalar == "]" || scalar == "}" || scalar == "#" || scalar == "=") else {
                    return "a value is missing"
                }
                expectsValue = false
            }
            switch scalar {
            case "#": place = .comment
            case "\"": place = starts("\"\"\"") ? .multilineBasic : .basic; if place == .multilineBasic { index += 2 }
            case "'": place = starts("'''") ? .multilineLiteral : .literal; if place == .multilineLiteral { index += 2 }
            case "=":
                inValue = true
                expectsValue = true
            case "[" where wasAtLineStart && !inValue: return headerProblem()
            case "[" where inValue:
                open.append("[")
                expectsValue = true
            case "{" where inValue: open.append("{")
            case "]", "}": if !open.isEmpty { open.removeLast() }
            case "," where open.last == "[": expectsValue = true
            default: break
            }
            return nil
        }

        /// Checks the table header opening at `index`: its name must start with a key's
        /// character or a quote (or be empty, which toml++ reports itself).
        private mutating func headerProblem() -> String? {
            var next = index + 1
            if next < scalars.count, scalars[next] == "[" { next += 1 }
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            guard next < scalars.count else { return nil }
            let first = scalars[next]
            let startsKey = first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "_" || first == "-")
            return startsKey || first == "\"" || first == "'" || first == "]" ? nil
                : "a table's name must start with a letter, a digit, - or _, or a quote"
        }

        private mutating func inString(_ scalar: Unicode.Scalar) {
            switch place {
            case .basic, .multilineBasic:
                if scalar == "\\" { index += 1 }
                else if place == .basic, scalar == "\"" { place = .bare }
                else if place == .multilineBasic, starts("\"\"\"") { place = .bare; index += 2 }
            case .literal:
                if scalar == "'" { place = .bare }
            case .multilineLiteral:
                if starts("'''") { place = .bare; index += 2 }
            case .bare, .comment:
                break
            }
        }

        private func starts(_ marker: String) -> Bool {
            let marker = Array(marker.unicodeScalars)
            return index + marker.count <= scalars.count && Array(scalars[index..<index + marker.count]) == marker
        }
    }
}

extension ConfigIssue: Error {}
