import Foundation

/// What a page says about its article outside the body: headline, site, authors, date,
/// address, language, and the base URL its links are relative to.
struct PageMetadata: Equatable {
    var title: String?
    var site: String?
    var authors: [String] = []
    var published: String?
    var url: String?
    var language: String?
    /// The URL relative links resolve against.
    var baseURL: String?

    /// The meta tags that name authors, lower case, most specific first.
    private static let authorKeys = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "citation_author",
    ]

    /// Reads the metadata of `tree`; `pageURL` is where the page was saved from, when known.
    init(tree: HTMLTree, pageURL: String?) {
        let scan = MetadataScan(tree: tree)
        let jsonLD = scan.jsonLD
        let statedURL = scan.canonical ?? scan.meta("og:url") ?? jsonLD?.url
        let documentURL = pageURL ?? statedURL
        baseURL = scan.base.map { URLResolver(base: documentURL).resolve($0) ?? $0 } ?? documentURL
        url = statedURL.flatMap(URLResolver(base: baseURL).resolve) ?? pageURL
        language = scan.language ?? jsonLD?.language ?? scan.meta("og:locale")?.replacingUnderscores
            ?? scan.meta("content-language")

        let statedSite = [scan.meta("og:site_name"), jsonLD?.publisher, scan.meta("application-name")]
            .lazy.compactMap { $0.flatMap(MetaText.clean) }.first
        let host = (url ?? documentURL).flatMap(SiteSuffix.hostLabel)
        let headline = HeadlineChoice(tree: tree, scan: scan, jsonLDHeadline: jsonLD?.headline,
                                      suffix: SiteSuffix(site: statedSite, host: host))
        title = headline.title
        site = statedSite ?? headline.guessedSite
        let region = ArticleRegion(tree: tree, headline: headline.heading)

        let names = AuthorNames(excluding: [site, jsonLD?.publisher, scan.meta("og:site_name")].compactMap { $0 }, host: host)
        authors = Self.fieldNames(jsonLD?.authors ?? [], names).nonEmpty
            ?? Self.authorKeys.lazy.compactMap { Self.fieldNames(scan.meta[$0] ?? [], names).nonEmpty }.first
            ?? VisibleByline(tree: tree, scan: scan, region: region, names: names).authors

        let monthFirst = Self.writesMonthFirst(language)
        published = PublishedDate(tree: tree, scan: scan, jsonLDDate: jsonLD?.published, region: region,
                                  addresses: [url, pageURL].compactMap { $0 }, monthFirst: monthFirst).value
    }

    /// The names in author fields, once each; addresses (profile pages, e-mail) name no one.
    private static func fieldNames(_ values: [String], _ names: AuthorNames) -> [String] {
        var found: [String] = []
        for value in values {
            guard !value.contains("://"), !value.hasPrefix("www."), !value.contains("@"),
                  let clean = MetaText.clean(value) else { continue }
            found += names.names(in: clean, source: .field).filter { !found.contains($0) }
        }
        return found
    }

    /// Whether numeric dates on a page in `language` put the month first (American English).
    private static func writesMonthFirst(_ language: String?) -> Bool {
        guard let tag = language?.lowercased(), tag == "en" || tag.hasPrefix("en-") else { return false }
        return !["en-gb", "en-ie", "en-au", "en-nz", "en-in", "en-za"].contains { tag.hasPrefix($0) }
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }

    /// Every run of white space made one space, ends trimmed.
    func collapsingWhitespace() -> String {
        var copy = self
        let collapsed = copy.withUTF8 { bytes in
            // Most titles need nothing: no white space but single spaces between words.
            var index = 0
            var previousWasSpace = true
            while index < bytes.count {
                let length = StableUTF8.whitespaceLength(bytes, at: index)
                if length > 0 {
                    if previousWasSpace || length > 1 || bytes[index] != 0x20 { return false }
                    previousWasSpace = true
                    index += 1
                } else {
                    previousWasSpace = false
                    index += 1
                }
            }
            return !previousWasSpace || bytes.isEmpty
        }
        guard !collapsed else { return self }
        return copy.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var pendingSpace = false
            while index < bytes.count {
                let length = StableUTF8.whitespaceLength(bytes, at: index)
                if length > 0 {
                    pendingSpace = !output.isEmpty
                    index += length
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Every occurrence of `target` replaced.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }

    fileprivate var replacingUnderscores: String { replacingOccurrences("_", with: "-") }
}

extension Array {
    /// `nil` for the empty array.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}
