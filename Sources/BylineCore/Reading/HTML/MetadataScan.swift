/// One walk over a page collecting what its metadata is read from: the head's tags and
/// JSON-LD, the headings, and the elements the page marks as a byline or a date.
struct MetadataScan {
    /// `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`, in page order.
    private(set) var meta: [String: [String]] = [:]
    private(set) var title: String?
    private(set) var canonical: String?
    private(set) var base: String?
    private(set) var language: String?
    private(set) var jsonLD: JSONLDArticle?
    /// The `<h1>` and `<h2>` elements, in page order: where headlines are.
    private(set) var headings: [Int] = []
    /// The `<h3>` to `<h6>` elements, in page order: where some pages put a headline.
    private(set) var minorHeadings: [Int] = []
    /// Elements marked `itemprop="headline"`, in page order.
    private(set) var headlineElements: [Int] = []
    /// Elements marked as naming the author: `itemprop="author"`, `rel="author"`, or a class
    /// or id such as `byline`, `author-name`, `autor`.
    private(set) var authorElements: [Int] = []
    /// Elements marked as a date: `<time>`, `itemprop="datePublished"`, or a class or id such as
    /// `entry-date`, `published`, `datum`.
    private(set) var dateElements: [DateElement] = []

    /// An element that holds a date, and what the page says it is.
    struct DateElement: Equatable {
        var index: Int
        /// Marked as the date of publication (`datePublished`, `published`, `pubdate`).
        var isPublished: Bool
        /// Marked as the date of a change (`dateModified`, `updated`, `aktualisiert`).
        var isModified: Bool
    }

    init(tree: HTMLTree) {
        var index = 0
        while index < tree.count {
            let tag = tree.tag(index)
            switch tag {
            case .text:
                index += 1
                continue
            case .nav, .aside, .dialog, .svg, .math, .select, .template, .iframe, .canvas, .video, .audio, .picture, .map:
                // Menus, sidebars and media hold no headline, byline or date of the article.
                index = tree.end(index)
                continue
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
            case .script where jsonLD?.describesArticle != true:
                if tree.attribute("type", of: index)?.lowercased().containsBytes("ld+json") == true,
                   let found = JSONLDArticle(script: tree.textContent(index)), jsonLD == nil || found.describesArticle {
                    jsonLD = found
                }
            case .h1, .h2:
                headings.append(index)
            case .h3, .h4, .h5, .h6:
                minorHeadings.append(index)
            default:
                break
            }
            if tag == .a, tree.attribute("rel", of: index)?.lowercased().split(separator: " ").contains("author") == true {
                authorElements.append(index)
            } else if tree.end(index) > index + 1 || tag == .time {
                // An element without content shows no byline and no date.
                classify(index, in: tree)
            }
            index += 1
        }
    }

    /// The first `<meta>` value for `key`.
    func meta(_ key: String) -> String? { meta[key]?.first }

    private mutating func readMeta(_ index: Int, in tree: HTMLTree) {
        guard let content = tree.attribute("content", of: index).map(NormalizedText.normalize)?
            .trimmingASCIIWhitespace().nonEmpty else { return }
        let key = tree.attribute("property", of: index) ?? tree.attribute("name", of: index)
            ?? tree.attribute("itemprop", of: index) ?? tree.attribute("http-equiv", of: index)
        guard let key = key?.trimmingASCIIWhitespace().lowercased(), !key.isEmpty else { return }
        meta[key, default: []].append(content)
    }

    /// Records `index` when its class, id or itemprop mark it as a byline or a date.
    private mutating func classify(_ index: Int, in tree: HTMLTree) {
        var fromNames = MarkerWords.Marks()
        var fromItemprop = MarkerWords.Marks()
        tree.forEachAttribute(of: index) { name, value in
            switch name {
            case .class, .id: fromNames.formUnion(MarkerWords.marks(inName: value))
            case .itemprop: fromItemprop = MarkerWords.marks(inItemprop: value)
            default: break
            }
        }
        // Microdata says exactly what an element is; a class name only hints.
        let marks = fromItemprop.isEmpty ? fromNames : fromItemprop
        if marks.contains(.headline) { headlineElements.append(index) }
        if marks.contains(.author), !marks.contains(.furniture) { authorElements.append(index) }
        if marks.contains(.date) || tree.tag(index) == .time, !marks.contains(.furniture) {
            dateElements.append(DateElement(index: index, isPublished: marks.contains(.published),
                                            isModified: marks.contains(.modified)))
        }
    }
}

/// The words in class names, ids and itemprops that mark bylines and dates.
enum MarkerWords {
    /// What a name marks.
    struct Marks: OptionSet {
        let rawValue: UInt8
        static let author = Marks(rawValue: 1)
        static let date = Marks(rawValue: 2)
        static let published = Marks(rawValue: 4)
        static let modified = Marks(rawValue: 8)
        /// A name that marks the author of something else: a comment, an avatar, a bio box.
        static let furniture = Marks(rawValue: 16)
        static let headline = Marks(rawValue: 32)
    }

    /// What an `itemprop` value marks (schema.org names, case as written).
    static func marks(inItemprop value: UnsafeBufferPointer<UInt8>) -> Marks {
        let text = String(decoding: value, as: UTF8.self)
        var marks = Marks()
        for property in text.split(separator: " ") {
            switch property {
            case "author", "creator": marks.insert(.author)
            case "datePublished", "dateCreated": marks.formUnion([.date, .published])
            case "dateModified": marks.formUnion([.date, .modified])
            case "headline": marks.insert(.headline)
            default: break
            }
        }
        return marks
    }

    /// What a class or id value marks, by the substrings its names share across languages:
    /// `author`, `autor`, `auteur`, `byline`, `date`, `datum`, `fecha`, `publish`, `posted`.
    static func marks(inName value: UnsafeBufferPointer<UInt8>) -> Marks {
        var marks = Marks()
        // One pass, trying a word only where its first two letters stand.
        let candidates = firstLetters.withUnsafeBufferPointer { first in
            secondLetters.withUnsafeBufferPointer { second in
                var found: UInt16 = 0
                var previous = first[Int(lower(value.first ?? 0))]
                for byte in value.dropFirst() {
                    let next = first[Int(lower(byte))]
                    if previous != 0 { found |= previous & second[Int(lower(byte))] }
                    previous = next
                }
                return found
            }
        }
        guard candidates != 0 else { return marks }
        for (bit, word) in markingWords.enumerated() where candidates & (1 << bit) != 0 && contains(value, word) {
            marks.insert(bit < authorWords.count ? .author : .date)
        }
        guard !marks.isEmpty else { return marks }
        if containsAny(value, publishedWords) { marks.insert(.published) }
        if containsAny(value, modifiedWords) { marks.insert(.modified) }
        if containsAny(value, furnitureWords) { marks.insert(.furniture) }
        return marks
    }

    private static let authorWords = bytes(["author", "byline", "autor", "auteur", "writer", "verfasser"])
    private static let dateWords = bytes(["date", "datum", "fecha", "publish", "posted", "time", "dateline"])
    private static let publishedWords = bytes(["publish", "posted", "created", "entry-date", "pubdate"])
    private static let modifiedWords = bytes(["update", "modif", "aktualisiert", "edited", "changed"])
    private static let furnitureWords = bytes([
        "comment", "avatar", "image", "img", "photo", "bio", "about", "description", "desc", "social", "follow",
        "reply", "kommentar", "commentaire", "pic", "thumb", "more-", "other", "related", "box", "title",
        "timeline", "runtime", "timer", "duration", "reading", "lesezeit", "validate", "candidate",
    ])
    private static let containerWords = bytes([
        "comment", "kommentar", "commentaire", "reply", "respond", "related", "sidebar", "widget", "recent",
        "popular", "trending", "more-", "newsletter",
    ])

    /// Whether a class or id value names a block around other people's posts or dates: comments,
    /// related articles, sidebars and their widgets. Only names that begin so count: a theme's
    /// `content-sidebar-wrap` or a page builder's `elementor-widget` hold the article itself.
    static func isFurnitureContainer(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < value.count {
            var end = start
            while end < value.count, !isSpace(value[end]) { end += 1 }
            if end > start, startsWithAny(value, from: start, to: end, containerWords) { return true }
            start = end + 1
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func startsWithAny(_ value: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ needles: [[UInt8]]) -> Bool {
        needles.contains { needle in
            needle.count <= end - start && needle.indices.allSatisfy { lower(value[start + $0]) == needle[$0] }
        }
    }

    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// `authorWords` then `dateWords`, each word numbered by its place for the letter tables.
    private static let markingWords = authorWords + dateWords
    /// For each byte, the words (as bits) whose first letter it is.
    private static let firstLetters = letterTable(at: 0)
    /// For each byte, the words (as bits) whose second letter it is.
    private static let secondLetters = letterTable(at: 1)

    private static func letterTable(at offset: Int) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 256)
        for (bit, word) in markingWords.enumerated() { table[Int(word[offset])] |= 1 << bit }
        return table
    }

    /// Whether `word` occurs in `value`, lower-cased as ASCII.
    private static func contains(_ value: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        containsAny(value, [word])
    }

    /// Whether `value`, lower-cased as ASCII, contains one of `needles`.
    private static func containsAny(_ value: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Bool {
        guard value.count >= 3 else { return false }
        for needle in needles where needle.count <= value.count {
            let first = needle[0]
            var start = 0
            while start + needle.count <= value.count {
                if value[start] | 0x20 == first {
                    var offset = 1
                    while offset < needle.count, lower(value[start + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
