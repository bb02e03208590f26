/// Chooses the date an article was published among what its page states, most trusted first:
/// JSON-LD's `datePublished`; the head's meta tags (`article:published_time`, `date`,
/// `DC.date`, `pubdate`, …); an element marked as the publication date, then a `<time>`, in
/// the article around the headline; a date in the article's address (`/2026/03/14/`); a date
/// written in the article's date line or near its headline; any other `<time>` on the page;
/// last, a date marked as a change. Dates are given in ISO 8601 (a time of day is kept when
/// the page states one in ISO form); a stated date that cannot be read is kept as written
/// only when nothing else gives one.
struct PublishedDate {
    /// The date, or `nil` when the page states none.
    private(set) var value: String?

    /// The meta tags that state a publication date, lower case, most specific first.
    private static let metaKeys = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "date", "dc.date",
        "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate",
        "publishdate", "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date",
        "article.published", "citation_publication_date", "citation_date", "uploaddate",
    ]

    /// Parts of other meta tags' names that state a publication date ("shareaholic:article_published_time").
    private static let metaKeyParts = ["published_time", "publish_date", "publication_date", "pubdate", "datepublished"]

    /// How many text nodes after the headline are read for a written date.
    private static let textNodesAfterHeadline = 60
    /// How long a text node with a date line may be.
    private static let longestDateLine = 120

    init(tree: HTMLTree, scan: MetadataScan, jsonLDDate: String?, region: ArticleRegion?, addresses: [String],
         monthFirst: Bool) {
        var stated: [String] = jsonLDDate.map { [$0] } ?? []
        for key in Self.metaKeys { stated += scan.meta[key] ?? [] }
        let otherKeys = scan.meta.keys.filter { key in !Self.metaKeys.contains(key) && Self.metaKeyParts.contains(where: key.containsBytes) }
        for key in otherKeys.sorted() { stated += scan.meta[key] ?? [] }
        let normalizedStated = stated.compactMap { DateValue.normalized($0, monthFirst: monthFirst) }
        let elements = scan.dateElements.filter { !$0.isModified }
        let byIndex = Dictionary(elements.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let inRegion = (region?.nearestHeadlineFirst(elements.map(\.index)) ?? []).compactMap { byIndex[$0] }
        func firstDate(_ candidates: [MetadataScan.DateElement]) -> String? {
            candidates.lazy.filter { !FurnitureContext.contains($0.index, in: tree, region: region) }
                .compactMap { Self.date(of: $0.index, in: tree, monthFirst: monthFirst) }.first
        }
        func isTime(_ element: MetadataScan.DateElement) -> Bool { tree.tag(element.index) == .time }
        let nearHeadline = inRegion.filter { region?.isNearHeadline($0.index) ?? false }
        let sources: [() -> String?] = [
            { firstDate(nearHeadline.filter(\.isPublished)) },
            { region.flatMap { Self.dateLine(under: $0, in: tree, monthFirst: monthFirst) } },
            { normalizedStated.first },
            { firstDate(nearHeadline.filter(isTime)) },
            { addresses.lazy.compactMap(AddressDate.day).first?.iso },
            { firstDate(nearHeadline) },
            { region.flatMap { Self.writtenDate(near: $0, in: tree, monthFirst: monthFirst) } },
            { firstDate(inRegion.filter(\.isPublished)) },
            { firstDate(inRegion.filter(isTime)) },
            { firstDate(inRegion) },
            { firstDate(elements.filter(\.isPublished)) },
            { firstDate(elements.filter(isTime)) },
            { firstDate(elements) },
            { firstDate(scan.dateElements.filter(\.isModified)) },
            { stated.first },
        ]
        let chosen = sources.lazy.compactMap { $0() }.first
        // A day read from the page is given with the time the metadata states for the same day.
        value = chosen.flatMap { day in
            normalizedStated.first { $0.count > day.count && $0.hasPrefix(day) }
        } ?? chosen
    }

    /// The date a marked element states: its `datetime` or `content`, else its text when short.
    private static func date(of element: Int, in tree: HTMLTree, monthFirst: Bool) -> String? {
        if let stated = tree.attribute("datetime", of: element) ?? tree.attribute("content", of: element),
           let date = DateValue.normalized(stated, monthFirst: monthFirst) {
            return date
        }
        var text = ""
        for index in element..<tree.end(element) where tree.tag(index) == .text {
            text += tree.text(index)
            if text.utf8.count > longestDateLine * 2 { return nil }
        }
        return DateText.firstDay(in: text, monthFirst: monthFirst, shortYears: true)?.iso
    }

    /// How many texts after a headline are looked at for its date line.
    private static let textsUnderHeadline = 8

    /// The date line under the headline: a short text among the first few after it that holds
    /// a date, unless it says it is the date of an update ("Aktualisiert", "Updated",
    /// "Mis à jour"). The date a page shows its readers by the headline is the article's date
    /// even when the head's metadata says otherwise.
    private static func dateLine(under region: ArticleRegion, in tree: HTMLTree, monthFirst: Bool) -> String? {
        guard let headline = region.headline else { return nil }
        var seen = 0
        for index in tree.end(headline)..<region.range.upperBound where tree.tag(index) == .text {
            guard let bytes = tree.textBytes(index), !Self.isBlank(bytes) else { continue }
            seen += 1
            if seen > textsUnderHeadline { return nil }
            let line = tree.text(index).collapsingWhitespace()
            if line.unicodeScalars.count > longestDateLine / 2 { return nil }
            guard let day = DateText.firstDay(in: line, monthFirst: monthFirst, shortYears: true) else { continue }
            let block = tree.parent(index).flatMap { tree.parent($0) }.map { tree.textContent($0) } ?? line
            return UpdateWords.mentioned(in: block.utf8.count <= longestDateLine * 2 ? block : line) ? nil : day.iso
        }
        return nil
    }

    /// The first date written near the headline, from a little before it (a date line above a
    /// headline) to a few dozen text nodes after it: in a short text, or at the very start of a
    /// paragraph ("3.2.2026 – The council …").
    private static func writtenDate(near region: ArticleRegion, in tree: HTMLTree, monthFirst: Bool) -> String? {
        let start = region.headline.map { max(region.range.lowerBound, $0 - 20) } ?? region.range.lowerBound
        var seen = 0
        for index in start..<region.range.upperBound where tree.tag(index) == .text {
            guard let bytes = tree.textBytes(index), !isBlank(bytes) else { continue }
            seen += 1
            if seen > textNodesAfterHeadline { return nil }
            guard hasDigit(bytes, within: longestDateLine * 3) else { continue }
            let text = tree.text(index)
            let day: CalendarDay?
            if text.utf8.count <= longestDateLine * 3 {
                let line = text.collapsingWhitespace()
                day = line.unicodeScalars.count <= longestDateLine
                    ? DateText.firstDay(in: line, monthFirst: monthFirst, shortYears: true) : nil
            } else {
                day = DateText.firstDay(in: text, monthFirst: monthFirst, limit: 24)
            }
            if let day, !FurnitureContext.contains(index, in: tree, region: region) {
                return day.iso
            }
        }
        return nil
    }
}

extension PublishedDate {
    /// Whether a text node holds only white space.
    static func isBlank(_ bytes: UnsafePointer<UInt8>) -> Bool {
        var index = 0
        while bytes[index] != 0 {
            guard bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) else { return false }
            index += 1
        }
        return true
    }

    /// Whether a digit comes among the first `limit` bytes of a text node: no date without one.
    static func hasDigit(_ bytes: UnsafePointer<UInt8>, within limit: Int) -> Bool {
        var index = 0
        while index < limit, bytes[index] != 0 {
            if (0x30...0x39).contains(bytes[index]) { return true }
            index += 1
        }
        return false
    }
}

/// The words that mark a date as the date of a change, in the main European languages.
enum UpdateWords {
    /// Whether `text` says its date is an update's.
    static func mentioned(in text: String) -> Bool {
        let lower = text.lowercased()
        return words.contains(where: lower.containsBytes)
    }

    private static let words = [
        "updated", "update", "modified", "aktualisiert", "geändert", "mis à jour", "modifié", "actualizado",
        "actualizada", "actualización", "aggiornato", "aggiornamento", "bijgewerkt", "gewijzigd", "atualizado",
        "zaktualizowano", "uppdaterad", "opdateret", "oppdatert",
    ]
}

/// A date as a page's metadata states it, made ISO 8601.
enum DateValue {
    /// `stated` in ISO 8601: "2019-11-19 02:24:00" → "2019-11-19T02:24:00", ISO forms kept as
    /// they are, "14. März 2026" or "14/03/2026" → "2026-03-14"; `nil` when it names no day.
    static func normalized(_ stated: String, monthFirst: Bool) -> String? {
        let text = stated.trimmingASCIIWhitespace()
        let scalars = Array(text.unicodeScalars.prefix(40))
        if scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
           let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
           let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
           let day = Int(String(String.UnicodeScalarView(scalars[8..<10]))),
           CalendarDay(year: year, month: month, day: day) != nil {
            return isoTime(text)
        }
        return DateText.firstDay(in: text, monthFirst: monthFirst, shortYears: true)?.iso
    }

    /// "2019-11-19 02:24:00" becomes "2019-11-19T02:24:00"; other forms are kept as stated.
    static func isoTime(_ date: String) -> String {
        let scalars = Array(date.unicodeScalars)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12]
        guard scalars.count >= 16, scalars[4] == "-", scalars[7] == "-", scalars[10] == " ", scalars[13] == ":",
              digits.allSatisfy({ ("0"..."9").contains(scalars[$0]) }) else { return date }
        var fixed = scalars
        fixed[10] = "T"
        return String(String.UnicodeScalarView(fixed))
    }
}

/// A date written in an article's address: "/2026/03/14/", "/2026-03/14/", "/14-03-2026",
/// "/20260314/".
enum AddressDate {
    /// The day the path of `url` names, or `nil`.
    static func day(_ url: String) -> CalendarDay? {
        var path = Substring(url)
        if let scheme = url.range(of: "://") {
            let afterScheme = url[scheme.upperBound...]
            path = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? ""
        }
        let tokens = DateTokens(String(path.prefix { $0 != "?" && $0 != "#" }), limit: 600).tokens
        for start in tokens.indices {
            if start + 4 < tokens.count, case let .number(first, firstDigits) = tokens[start],
               case let .mark(separator) = tokens[start + 1], "/-_".unicodeScalars.contains(separator),
               case let .number(second, 1...2) = tokens[start + 2], case let .mark(nextSeparator) = tokens[start + 3],
               "/-_".unicodeScalars.contains(nextSeparator), case let .number(third, thirdDigits) = tokens[start + 4] {
                if firstDigits == 4, thirdDigits <= 2, let found = CalendarDay(year: first, month: second, day: third) {
                    return found
                }
                if firstDigits <= 2, thirdDigits == 4, separator == nextSeparator,
                   let found = CalendarDay(year: third, month: second, day: first) {
                    return found
                }
            }
            if start >= 1, start + 1 < tokens.count, case let .number(packed, 8) = tokens[start],
               case let .mark(before) = tokens[start - 1], case let .mark(after) = tokens[start + 1],
               "/-_".unicodeScalars.contains(before), "/-_.".unicodeScalars.contains(after),
               let found = CalendarDay(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100) {
                return found
            }
        }
        return nil
    }
}
