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
        "article.published", "citation_publication_date", "citation_date",
    ]

    /// How many text nodes after the headline are read for a written date.
    private static let textNodesAfterHeadline = 60
    /// How long a text node with a date line may be.
    private static let longestDateLine = 120

    init(tree: HTMLTree, scan: MetadataScan, jsonLDDate: String?, region: ArticleRegion?, addresses: [String],
         monthFirst: Bool) {
        var stated: [String] = jsonLDDate.map { [$0] } ?? []
        for key in Self.metaKeys { stated += scan.meta[key] ?? [] }
        let elements = scan.dateElements.filter { !$0.isModified }
        let inRegion = elements.filter { region?.contains($0.index) ?? false }
        func firstDate(_ candidates: [MetadataScan.DateElement]) -> String? {
            candidates.lazy.filter { !FurnitureContext.contains($0.index, in: tree, region: region) }
                .compactMap { Self.date(of: $0.index, in: tree, monthFirst: monthFirst) }.first
        }
        func isTime(_ element: MetadataScan.DateElement) -> Bool { tree.tag(element.index) == .time }
        let sources: [() -> String?] = [
            { stated.lazy.compactMap { DateValue.normalized($0, monthFirst: monthFirst) }.first },
            { firstDate(inRegion.filter(\.isPublished)) },
            { firstDate(inRegion.filter(isTime)) },
            { addresses.lazy.compactMap(AddressDate.day).first?.iso },
            { firstDate(inRegion) },
            { region.flatMap { Self.writtenDate(near: $0, in: tree, monthFirst: monthFirst) } },
            { firstDate(elements.filter(\.isPublished)) },
            { firstDate(elements.filter(isTime)) },
            { firstDate(scan.dateElements.filter(\.isModified)) },
            { stated.first },
        ]
        value = sources.lazy.compactMap { $0() }.first
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
        return DateText.firstDay(in: text, monthFirst: monthFirst)?.iso
    }

    /// The first date written in a short text near the headline: from a little before it
    /// (a date line above a headline) to a few dozen text nodes after it.
    private static func writtenDate(near region: ArticleRegion, in tree: HTMLTree, monthFirst: Bool) -> String? {
        let start = region.headline.map { max(region.range.lowerBound, $0 - 20) } ?? region.range.lowerBound
        var seen = 0
        for index in start..<region.range.upperBound where tree.tag(index) == .text {
            let text = tree.text(index)
            guard text.utf8.count <= longestDateLine * 3 else { continue }
            let line = text.collapsingWhitespace()
            if line.unicodeScalars.count <= longestDateLine, !FurnitureContext.contains(index, in: tree, region: region),
               let day = DateText.firstDay(in: line, monthFirst: monthFirst) {
                return day.iso
            }
            if !line.isEmpty { seen += 1 }
            if seen >= textNodesAfterHeadline { return nil }
        }
        return nil
    }
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
        return DateText.firstDay(in: text, monthFirst: monthFirst)?.iso
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

/// A date written in an article's address: "/2026/03/14/", "/2026-03-14-", "/20260314/".
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
            if start + 4 < tokens.count, case let .number(year, 4) = tokens[start], case let .mark(first) = tokens[start + 1],
               "/-_".unicodeScalars.contains(first), case let .number(month, 1...2) = tokens[start + 2],
               tokens[start + 3] == .mark(first), case let .number(day, 1...2) = tokens[start + 4],
               let found = CalendarDay(year: year, month: month, day: day) {
                return found
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
