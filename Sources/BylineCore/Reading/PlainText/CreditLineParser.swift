/// Reads the credit lines around a headline: a byline (`By Ana Ruiz and Tom Okafor`), a wire
/// credit (`Ana Ruiz, The Meridian Press`) and a dateline (`Published 3 March 2026`,
/// `March 3, 2026`, `2026-03-03`).
enum CreditLineParser {
    /// The authors a byline or a wire credit names, or `nil` when the line is neither.
    static func authors(in line: String) -> [String]? {
        byline(line) ?? wireCredit(line)
    }

    /// `By A, B and C`: names end where a separator, a digit or a lower-case word begins
    /// ("By Ana Ruiz | 3 March 2026").
    private static func byline(_ line: String) -> [String]? {
        // Its first word is "by" only if its first letters are: most lines are refused so.
        let start = line.utf8.drop { $0 == UInt8(ascii: " ") }.prefix(2).map { $0 | 0x20 }
        guard start == [UInt8(ascii: "b"), UInt8(ascii: "y")] else { return nil }
        guard let words = line.words(atMost: 16), words.count >= 2, words[0].lowercased() == "by" else { return nil }
        var names: [String] = []
        var current: [Substring] = []
        func finishName() -> Bool {
            defer { current = [] }
            guard (1...4).contains(current.count) else { return current.isEmpty }
            names.append(current.joined(separator: " "))
            return true
        }
        for word in words.dropFirst() {
            let bare = word.trimmingSuffix(",")
            if ["and", "&"].contains(bare.lowercased()) {
                guard finishName() else { return nil }
                continue
            }
            guard isNameWord(bare) else { break }
            current.append(bare)
            if bare.count != word.count, !finishName() { return nil }
        }
        guard finishName(), !names.isEmpty else { return nil }
        return names
    }

    /// `Ana Ruiz, The Meridian Press` or `Ana Ruiz, staff reporter`: a name of two to four
    /// capitalised words, a comma, and a few words naming a newsroom or a newsroom job.
    private static func wireCredit(_ line: String) -> [String]? {
        guard line.utf8.contains(UInt8(ascii: ",")), line.words(atMost: 10) != nil, let comma = line.firstIndex(of: ","),
              !line.unicodeScalars.contains(where: { ".!?;:\"“”".unicodeScalars.contains($0) }) else { return nil }
        let name = line[..<comma].split(separator: " ")
        let credit = line[line.index(after: comma)...].lowercased().split { !$0.isLetter }
        guard (2...4).contains(name.count), name.allSatisfy(isNameWord),
              name.first?.first?.isUppercase == true, name.last?.first?.isUppercase == true,
              credit.contains(where: { newsroomWords.contains(String($0)) }) else { return nil }
        return [name.joined(separator: " ")]
    }

    private static let newsroomWords: Set<String> = [
        "press", "news", "producer", "reporter", "correspondent", "editor", "writer", "staff", "columnist",
        "contributor", "agency", "bureau", "journalist", "photographer", "times", "post", "herald", "tribune",
        "gazette", "journal", "wire", "radio", "television", "tv", "ledger", "courier", "chronicle",
    ]

    /// The first date in `line` as ISO 8601 (`2026-03-03`), or `nil`.
    static func date(in line: String) -> String? {
        // Every form holds ASCII digits (`Int` reads no others).
        guard line.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let words = line.split { " ,".contains($0) }.map { $0.trimmingSuffix(".") }
        for (index, word) in words.enumerated() {
            if let iso = isoDate(word) { return iso }
            guard let month = month(word) else { continue }
            // "March 3 2026" or "3 March 2026"
            if index + 2 < words.count, let day = day(words[index + 1]), let year = year(words[index + 2]) {
                return format(year: year, month: month, day: day)
            }
            if index >= 1, index + 1 < words.count, let day = day(words[index - 1]), let year = year(words[index + 1]) {
                return format(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// Whether a line is short and holds a date: a dateline such as "Published 3 March 2026, 14:05".
    static func isDateline(_ line: String) -> Bool {
        line.words(atMost: 10) != nil && date(in: line) != nil
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else {
            return ["de", "van", "von", "der", "da", "al", "bin"].contains(word)
        }
        return !word.unicodeScalars.contains { ("0"..."9").contains($0) || "|:;!?".unicodeScalars.contains($0) }
    }

    private static func isoDate(_ word: Substring) -> String? {
        let parts = word.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return format(year: year, month: month, day: day)
    }

    private static func month(_ word: Substring) -> Int? {
        let key = word.lowercased().prefix(3)
        guard word.count >= 3, let index = months.firstIndex(of: String(key)) else { return nil }
        let full = fullMonths[index]
        return full.hasPrefix(word.lowercased()) || word.count == 3 || word.lowercased() == "sept" ? index + 1 : nil
    }

    private static func day(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercased()
        guard ["", "st", "nd", "rd", "th"].contains(suffix), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static func year(_ word: Substring) -> Int? {
        guard word.count == 4, let year = Int(word), (1900...2999).contains(year) else { return nil }
        return year
    }

    private static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
}

private extension Substring {
    func trimmingSuffix(_ suffix: Character) -> Substring {
        last == suffix ? dropLast() : self
    }
}

private extension String {
    /// The words between spaces, or `nil` when there are more than `limit`: a long line is
    /// not split to its end to find that out.
    func words(atMost limit: Int) -> [Substring]? {
        guard !hasMoreWords(than: limit) else { return nil }
        // With one split more than `limit` allowed, a line of `limit` words or fewer is split
        // as if there were no bound at all.
        let words = split(separator: " ", maxSplits: limit + 1)
        return words.count <= limit ? words : nil
    }

    /// Whether the bytes alone show more than `limit` words: a space between two visible ASCII
    /// characters is a character of its own and parts two words, whatever the rest holds.
    private func hasMoreWords(than limit: Int) -> Bool {
        var partings = 0
        var previous: UInt8 = 0x20
        var spaceAfterVisible = false
        for byte in utf8 {
            let isVisibleASCII = (0x21...0x7E).contains(byte)
            if spaceAfterVisible, isVisibleASCII {
                partings += 1
                if partings >= limit { return true }
            }
            spaceAfterVisible = byte == 0x20 && (0x21...0x7E).contains(previous)
            previous = byte
        }
        return false
    }
}
