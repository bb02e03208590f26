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

    /// Reads the metadata of `tree`; `pageURL` is where the page was saved from, when known.
    init(tree: HTMLTree, pageURL: String?) {
        let found = MetadataScan(tree: tree)
        let jsonLD = found.jsonLD
        site = found.meta["og:site_name"] ?? jsonLD?.publisher ?? found.meta["application-name"]
        let suffixed = SiteSuffix(site: site)
        if let headline = jsonLD?.headline ?? found.meta["og:title"] ?? found.meta["twitter:title"] {
            title = suffixed.strip(from: headline).title
        } else if let pageTitle = found.title {
            let split = suffixed.strip(from: pageTitle, guessing: true)
            title = split.title
            site = site ?? split.site
        }
        authors = Self.unique(jsonLD?.authors ?? []).nonEmpty ?? Self.authors(fromMeta: found.meta)
        published = jsonLD?.published ?? found.meta["article:published_time"] ?? found.meta["datepublished"]
            ?? found.meta["date"] ?? found.meta["pubdate"] ?? found.meta["publishdate"] ?? found.meta["dc.date"]
            ?? found.meta["dcterms.created"] ?? found.firstTime
        published = published.map(Self.isoDate)
        let documentURL = pageURL ?? found.canonical ?? found.meta["og:url"] ?? jsonLD?.url
        baseURL = found.base.map { URLResolver(base: documentURL).resolve($0) ?? $0 } ?? documentURL
        let resolver = URLResolver(base: baseURL)
        url = (found.canonical ?? found.meta["og:url"] ?? jsonLD?.url).flatMap(resolver.resolve) ?? pageURL
        language = found.language ?? jsonLD?.language ?? found.meta["og:locale"]?.replacingUnderscores
            ?? found.meta["content-language"]
    }

    /// "2019-11-19 02:24:00" becomes "2019-11-19T02:24:00"; other forms are kept as stated.
    static func isoDate(_ date: String) -> String {
        let scalars = Array(date.unicodeScalars)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12]
        guard scalars.count >= 16, scalars[4] == "-", scalars[7] == "-", scalars[10] == " ", scalars[13] == ":",
              digits.allSatisfy({ scalars[$0].properties.numericType == .decimal }) else { return date }
        var fixed = scalars
        fixed[10] = "T"
        return String(scalars: fixed)
    }

    private static func authors(fromMeta meta: [String: String]) -> [String] {
        let candidates = [meta["author"], meta["article:author"], meta["dc.creator"], meta["parsely-author"], meta["byl"]]
        guard let byline = candidates.compactMap({ $0 }).first(where: { !$0.contains("://") && !$0.hasPrefix("www.") }) else {
            return []
        }
        return unique(BylineNames.split(byline))
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// Splits a byline into names: "By Ana Ruiz and Tom Li" → ["Ana Ruiz", "Tom Li"].
enum BylineNames {
    /// The names in `byline`, without a leading "By".
    static func split(_ byline: String) -> [String] {
        var text = byline.trimmingASCIIWhitespace()
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        let parts = text.replacingOccurrences(" and ", with: ",").replacingOccurrences(" & ", with: ",")
            .split(separator: ",").map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        // "Smith, John" or "Ana Ruiz, Jr." are one name: only split when every part has two words.
        let allNames = parts.count > 1 && parts.allSatisfy { $0.split(separator: " ").count >= 2 }
        return allNames ? parts : [text].filter { !$0.isEmpty }
    }
}

/// A site's name at the end (or start) of a page title: "Headline | The Daily Planet".
struct SiteSuffix {
    /// The site's name when the page states it.
    let site: String?
    /// The site's name reduced to lower-case letters and digits, for comparing.
    private let siteKey: String?

    init(site: String?) {
        self.site = site
        siteKey = site.map(Self.key).flatMap(\.nonEmpty)
    }

    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « "]

    /// The title without the site part; when `guessing` and the site is unknown, a short
    /// last part after a separator is taken as the site.
    func strip(from raw: String, guessing: Bool = false) -> (title: String, site: String?) {
        let title = NormalizedText.normalize(raw).collapsingWhitespace()
        let bytes = Array(title.utf8)
        let present = Self.separators.filter { bytes.contains(subsequence: Array($0.utf8)) }
        if let siteKey {
            for separator in present {
                let parts = title.components(separatedBy: separator)
                guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
                if Self.names(last, siteKey) { return (parts.dropLast().joined(separator: separator), nil) }
                if Self.names(first, siteKey) { return (parts.dropFirst().joined(separator: separator), nil) }
            }
        }
        guard guessing, site == nil else { return (title, nil) }
        for separator in Self.separators.prefix(2) where present.contains(separator) {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            let tailWords = tail.split(separator: " ").count
            if tailWords <= 4, head.split(separator: " ").count > tailWords {
                return (head, tail)
            }
        }
        return (title, nil)
    }

    /// Whether a title part names the site: equal letters and digits, or one inside the other.
    private static func names(_ part: String, _ siteKey: String) -> Bool {
        let part = key(part)
        guard !part.isEmpty else { return false }
        return part == siteKey || (part.utf8.count <= 80 && (part.contains(siteKey) || siteKey.contains(part)))
    }

    private static func key(_ text: String) -> String {
        String(scalars: text.lowercased().unicodeScalars.lazy.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        })
    }
}

/// One pass over a page collecting the raw metadata the reader looks at.
private struct MetadataScan {
    var meta: [String: String] = [:]
    var title: String?
    var canonical: String?
    var base: String?
    var language: String?
    var firstTime: String?
    var jsonLD: JSONLDArticle?

    init(tree: HTMLTree) {
        for index in 0..<tree.count {
            switch tree.tag(index) {
            case .html:
                language = language ?? tree.attribute("lang", of: index)?.trimmingASCIIWhitespace().nonEmpty
            case .title where title == nil:
                title = tree.textContent(index).trimmingASCIIWhitespace().nonEmpty
            case .meta:
                readMeta(index, in: tree)
            case .link where canonical == nil:
                if tree.attribute("rel", of: index)?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = tree.attribute("href", of: index)?.trimmingASCIIWhitespace().nonEmpty
                }
            case .base where base == nil:
                base = tree.attribute("href", of: index)?.trimmingASCIIWhitespace().nonEmpty
            case .time where firstTime == nil:
                firstTime = tree.attribute("datetime", of: index)?.trimmingASCIIWhitespace().nonEmpty
            case .script where jsonLD == nil:
                if tree.attribute("type", of: index)?.lowercased().contains("ld+json") == true {
                    jsonLD = JSONLDArticle(script: tree.textContent(index))
                }
            default:
                break
            }
        }
    }

    private mutating func readMeta(_ index: Int, in tree: HTMLTree) {
        guard let content = tree.attribute("content", of: index).map(NormalizedText.normalize)?
            .trimmingASCIIWhitespace().nonEmpty else { return }
        let key = tree.attribute("property", of: index) ?? tree.attribute("name", of: index)
            ?? tree.attribute("itemprop", of: index) ?? tree.attribute("http-equiv", of: index)
        guard let key = key?.trimmingASCIIWhitespace().lowercased(), !key.isEmpty, meta[key] == nil else { return }
        meta[key] = content
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
        return collapsed ? self : split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
