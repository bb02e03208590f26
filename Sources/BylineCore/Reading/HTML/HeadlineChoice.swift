import Foundation

/// Chooses an article's title among what its page states: JSON-LD's `headline`, OpenGraph's
/// and Twitter's titles, the `<title>`, and the `<h1>`/`<h2>` headings.
///
/// A heading whose words the head's titles repeat is the headline as the reader sees it,
/// without the site's name or a section around it ("Ferry fares rise | Travel | The Gazette"
/// in the head, "Ferry fares rise" on the page); the longest such heading wins, since a site's
/// name or a section is often a heading of its own. A heading that states only a small part of
/// the head's title ("Ferries" for "Ferries: fares rise again") gives way to that title. Without
/// such a heading, the first title the head states is used with the site's name stripped, and
/// without any title, the first `<h1>`.
struct HeadlineChoice {
    /// The title.
    private(set) var title: String?
    /// The heading element that shows the title, when one does: where the byline and the date
    /// are looked for.
    private(set) var heading: Int?
    /// The site's name when only the `<title>`'s last part tells it.
    private(set) var guessedSite: String?

    /// How many headings are compared with the titles at most.
    private static let headingLimit = 24

    init(tree: HTMLTree, scan: MetadataScan, jsonLDHeadline: String?, suffix: SiteSuffix) {
        let stated = [jsonLDHeadline, scan.meta("og:title"), scan.meta("twitter:title")].compactMap { $0.flatMap(MetaText.clean) }
        let documentTitle = scan.title.flatMap(MetaText.clean)
        let strippedDocumentTitle = documentTitle.map { suffix.strip(from: $0, guessing: true) }
        let stripped = stated.map { suffix.strip(from: $0) } + [strippedDocumentTitle].compactMap { $0 }
        guessedSite = suffix.site == nil ? strippedDocumentTitle?.site : nil
        let statedKeys = (stated + [documentTitle].compactMap { $0 }).map(LetterKey.of)
        let strippedTitles = stripped.map(\.title).filter { !LetterKey.of($0).isEmpty }
        var siteKeys = Set(stripped.compactMap(\.site).map(LetterKey.of))
        if let site = suffix.site { siteKeys.insert(LetterKey.of(site)) }

        // A headline marked with microdata on the page's main heading is the headline.
        if let marked = scan.headlineElements.first(where: { tree.tag($0) == .h1 }),
           let text = HeadingText.of(marked, in: tree).nonEmpty, text.unicodeScalars.count <= 400 {
            title = text
            heading = marked
            return
        }
        var texts: [Int: (text: String, key: String)] = [:]
        func headingText(_ index: Int) -> (text: String, key: String) {
            if let known = texts[index] { return known }
            let text = HeadingText.of(index, in: tree)
            texts[index] = (text, LetterKey.of(text))
            return texts[index]!
        }
        // A heading whose text is much longer than every title cannot be inside one.
        let longestTitle = (stated + [documentTitle].compactMap { $0 }).map(\.utf8.count).max() ?? 0
        var best: (index: Int, text: String, key: String)?
        for index in (scan.headings + scan.headlineElements).prefix(Self.headingLimit)
        where tree.textByteCount(of: index, atMost: longestTitle * 3 + 60) <= longestTitle * 3 + 60 {
            let (text, key) = headingText(index)
            guard key.unicodeScalars.count >= 2, text.unicodeScalars.count <= 400, !siteKeys.contains(key),
                  statedKeys.contains(where: { $0.containsBytes(key) }),
                  key.unicodeScalars.count > best?.key.unicodeScalars.count ?? 0 else { continue }
            best = (index, text, key)
        }
        if let best {
            heading = best.index
            let fuller = strippedTitles.filter { LetterKey.of($0).containsBytes(best.key) }
                .max { $0.unicodeScalars.count < $1.unicodeScalars.count }
            if let fuller, best.key.unicodeScalars.count * 2 < LetterKey.of(fuller).unicodeScalars.count {
                title = fuller
            } else {
                title = best.text
            }
            return
        }
        if let first = strippedTitles.first {
            title = first
            let key = LetterKey.of(first)
            // The heading that shows the title, perhaps with more after it ("… Updated 3 March").
            heading = (scan.headings.prefix(Self.headingLimit) + scan.minorHeadings.prefix(Self.headingLimit)).first {
                !key.isEmpty && headingText($0).key.hasPrefix(key)
            }
            return
        }
        if let firstHeading = scan.headings.first(where: { tree.tag($0) == .h1 }) {
            title = HeadingText.of(firstHeading, in: tree).nonEmpty
            heading = firstHeading
        }
    }
}

/// The text a heading shows as its headline: parts in separate elements kept apart by a space
/// ("<span>Kicker</span><span>Headline</span>"), and without a kicker the page marks as one
/// by the names newsrooms give it (`kicker`, `dachzeile`, `overline`, `topline`, `eyebrow`,
/// `surtitre`, `occhiello`, `antetitulo`).
enum HeadingText {
    /// The headline text of `heading`.
    static func of(_ heading: Int, in tree: HTMLTree) -> String {
        var parts: [String] = []
        var owner: Int?
        var index = heading + 1
        while index < tree.end(heading) {
            if tree.tag(index) == .text {
                let childOwner = directChild(of: heading, containing: index, in: tree)
                if let childOwner, let owner, childOwner != owner, !parts.isEmpty { parts.append(" ") }
                owner = childOwner ?? owner
                parts.append(tree.text(index))
            } else if tree.parent(index) == heading, isKicker(index, in: tree) {
                index = tree.end(index)
                continue
            }
            index += 1
        }
        return NormalizedText.normalize(parts.joined()).collapsingWhitespace()
    }

    private static func directChild(of heading: Int, containing index: Int, in tree: HTMLTree) -> Int? {
        var current = tree.parent(index)
        while let element = current, element != heading {
            if tree.parent(element) == heading { return element }
            current = tree.parent(element)
        }
        return nil
    }

    private static func isKicker(_ element: Int, in tree: HTMLTree) -> Bool {
        guard let names = tree.attribute("class", of: element)?.lowercased() else { return false }
        return kickerNames.contains(where: names.containsBytes)
    }

    private static let kickerNames = [
        "kicker", "dachzeile", "overline", "topline", "roofline", "eyebrow", "spitzmarke", "surtitre", "sur-titre",
        "occhiello", "antetitulo", "antetítulo", "bovenkop",
    ]
}

/// Text from a `<meta>` value or JSON-LD: character references decoded (pages escape them
/// twice), Unicode normalised, white space collapsed.
enum MetaText {
    /// The cleaned text, or `nil` when nothing is left.
    static func clean(_ raw: String) -> String? {
        let decoded = raw.utf8.contains(UInt8(ascii: "&")) ? HTMLText.plain(fromHTML: raw) : raw
        return NormalizedText.normalize(decoded).collapsingWhitespace().nonEmpty
    }
}

/// Text reduced for comparing: lower-case letters and digits only ("Ana Ruiz-Pérez" →
/// "anaruizpérez"), so that dashes, quotes and spacing never make two texts differ.
enum LetterKey {
    /// The key of `text`.
    static func of(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
                case 0x41...0x5A: bytes.append(byte | 0x20)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: key.append(scalar)
            case 0x41...0x5A: key.append(Unicode.Scalar(UInt8(scalar.value) | 0x20))
            case 0..<0x80: continue
            default:
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
                key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(key)
    }
}

/// A site's name at the end (or start) of a page title: "Headline | The Daily Planet".
struct SiteSuffix {
    /// The site's name when the page states it.
    let site: String?
    /// The site's name as a letter key.
    private let siteKey: String?
    /// The main label of the page's host ("dailyplanet" for www.dailyplanet.example), which
    /// a title's site part often spells.
    private let hostKey: String?

    /// `site` is the name the page states; `host` the main label of the page's host name
    /// (see `hostLabel`), when known.
    init(site: String?, host: String?) {
        self.site = site
        siteKey = site.map(LetterKey.of).flatMap(\.nonEmpty)
        hostKey = host.map(LetterKey.of).flatMap { $0.unicodeScalars.count >= 3 ? $0 : nil }
    }

    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " • ", " │ ", " // ", ": "]
    private static let separatorBytes = separators.map { Array($0.utf8) }

    /// The title without the site part; when `guessing` and the site is unknown, a short
    /// last part after a separator is taken as the site.
    func strip(from raw: String, guessing: Bool = false) -> (title: String, site: String?) {
        let title = NormalizedText.normalize(raw).collapsingWhitespace()
        let bytes = Array(title.utf8)
        let present = zip(Self.separators, Self.separatorBytes).filter { bytes.contains(subsequence: $0.1) }.map(\.0)
        for separator in present {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
            if names(last) { return (parts.dropLast().joined(separator: separator), last) }
            if names(first) { return (parts.dropFirst().joined(separator: separator), first) }
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

    /// Whether a title part names the site: its name's letters, one inside the other, or the
    /// host's label in a part of a few words ("Example.com", "EXAMPLE Online").
    private func names(_ part: String) -> Bool {
        let key = LetterKey.of(part)
        guard !key.isEmpty else { return false }
        if let siteKey, key == siteKey || (part.utf8.count <= 80 && (key.containsBytes(siteKey) || siteKey.containsBytes(key))) {
            return true
        }
        guard let hostKey else { return false }
        return key == hostKey || (key.containsBytes(hostKey) && part.split(separator: " ").count <= 4)
    }

    /// "dailyplanet" for "https://www.dailyplanet.example/news/1" or
    /// "https://news.dailyplanet.co.uk/": the label before the public suffix.
    static func hostLabel(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        var labels = host.lowercased().split(separator: ".")
        guard labels.count >= 2 else { return nil }
        labels.removeLast()
        if labels.count >= 2, let last = labels.last, last.count <= 3 { labels.removeLast() }
        return labels.last.map(String.init)
    }
}
