/// The byline a page shows its readers: an element marked as the author (`itemprop="author"`,
/// `rel="author"`, a class such as `byline` or `author-name`), or a short line that starts
/// the way bylines start ("By …", "Von …", "Par …", "Por …", "Di …", "Door …", "Autor: …",
/// "Text: …").
///
/// The article's own byline is looked for around its headline first (see `ArticleRegion`);
/// a marked element elsewhere counts only outside comments, sidebars and related lists.
struct VisibleByline {
    /// The people the byline names, in its order.
    private(set) var authors: [String] = []

    /// How long a byline's text may be; longer text is a bio, a teaser or prose.
    private static let longestByline = 160

    init(tree: HTMLTree, scan: MetadataScan, region: ArticleRegion?, names: AuthorNames) {
        let marked = scan.authorElements
        if let region {
            let inside = region.nearestHeadlineFirst(marked)
            let found = Self.markedAuthors(inside, tree: tree, region: region, names: names)
            let textual = Self.textualAuthors(in: region, tree: tree, names: names)
            // The earlier of the two in the page is the byline; the other is often a bio or a credit.
            if let found, region.rank(found.position) <= textual.map({ region.rank($0.position) }) ?? Int.max {
                authors = found.names
                return
            }
            if let textual {
                authors = textual.names
                return
            }
        }
        let outside = marked.filter { !(region?.contains($0) ?? false) && !FurnitureContext.contains($0, in: tree, region: region) }
        authors = Self.markedAuthors(outside, tree: tree, region: region, names: names)?.names ?? []
    }

    /// The names in the first marked element that names anyone, together with the elements
    /// marked the same way beside it ("<span class=author>A</span> and <span class=author>B</span>").
    private static func markedAuthors(_ elements: [Int], tree: HTMLTree, region: ArticleRegion?, names: AuthorNames) -> (names: [String], position: Int)? {
        for (offset, element) in elements.enumerated() where !FurnitureContext.contains(element, in: tree, region: region) {
            guard let text = bylineText(of: element, in: tree) else { continue }
            var found = names.names(in: text, source: .marked)
            guard !found.isEmpty else { continue }
            var end = tree.end(element)
            if let parent = tree.parent(element), tree.textByteCount(of: parent, atMost: longestByline * 2) <= longestByline * 2 {
                for sibling in elements[(offset + 1)...] where sibling >= end && sibling < tree.end(parent) {
                    guard let siblingText = bylineText(of: sibling, in: tree) else { continue }
                    found += names.names(in: siblingText, source: .marked).filter { !found.contains($0) }
                    end = tree.end(sibling)
                }
            }
            return (found, element)
        }
        return nil
    }

    /// The text of a marked element: its `itemprop="name"` part when it has one, else all of
    /// it; `nil` when it is too long to be a byline.
    private static func bylineText(of element: Int, in tree: HTMLTree) -> String? {
        var source = element
        for index in element..<min(tree.end(element), element + 200) where tree.tag(index) != .text {
            if tree.attribute("itemprop", of: index)?.split(separator: " ").contains("name") == true {
                source = index
                break
            }
        }
        if tree.tag(source) == .meta { return tree.attribute("content", of: source) }
        guard tree.textByteCount(of: source, atMost: longestByline) <= longestByline else { return nil }
        let text = NormalizedText.normalize(tree.textContent(source)).collapsingWhitespace()
        return text.isEmpty ? tree.attribute("content", of: source) : text
    }

    /// The first short line in the region that starts like a byline, and the names it gives.
    private static func textualAuthors(in region: ArticleRegion, tree: HTMLTree, names: AuthorNames) -> (names: [String], position: Int)? {
        for index in region.nearestHeadlineFirstOrder where tree.tag(index) == .text {
            guard let bytes = tree.textBytes(index), startsWithMarker(bytes), let block = block(around: index, in: tree),
                  !isQuoted(index, in: tree), !FurnitureContext.contains(index, in: tree, region: region) else { continue }
            // The line the text starts: up to the next block inside its block.
            var text = ""
            for part in index..<tree.end(block) {
                if tree.tag(part).isBlock { break }
                guard tree.tag(part) == .text else { continue }
                text += tree.text(part)
                if text.utf8.count > longestByline * 2 { break }
            }
            let line = NormalizedText.normalize(text).collapsingWhitespace()
            guard line.unicodeScalars.count <= longestByline else { continue }
            let found = names.names(in: line, source: .byline)
            if !found.isEmpty { return (found, index) }
        }
        return nil
    }

    /// Whether text node `index` is inside a quotation or a figure, where bylines belong to
    /// embedded posts and pictures.
    private static func isQuoted(_ index: Int, in tree: HTMLTree) -> Bool {
        var current = tree.parent(index)
        while let element = current {
            switch tree.tag(element) {
            case .blockquote, .figure, .figcaption: return true
            default: current = tree.parent(element)
            }
        }
        return false
    }

    /// The nearest block element around text node `index`.
    private static func block(around index: Int, in tree: HTMLTree) -> Int? {
        var current = tree.parent(index)
        while let element = current, !tree.tag(element).isBlock { current = tree.parent(element) }
        return current
    }

    /// Whether a text node's bytes start with a word that opens bylines, or with a date followed
    /// by a byline's preposition ("3 March 2026 by …"), read without making a string of every
    /// text on the page.
    private static func startsWithMarker(_ bytes: UnsafePointer<UInt8>) -> Bool {
        var count = 0
        while count < 96, bytes[count] != 0 { count += 1 }
        let text = UnsafeBufferPointer(start: bytes, count: count)
        var index = 0
        while index < count, case let space = StableUTF8.whitespaceLength(text, at: index), space > 0 { index += space }
        guard index < count else { return false }
        let opensWithDate = (0x30...0x39).contains(text[index])
        while index < count {
            var word = FirstWord()
            while index < count, StableUTF8.whitespaceLength(text, at: index) == 0, word.append(text[index]) { index += 1 }
            if word.length > 0, (opensWithDate ? prepositions : openingWords).contains(word) { return true }
            guard opensWithDate, index < count else { return false }
            index += max(1, StableUTF8.whitespaceLength(text, at: index))
        }
        return false
    }

    /// The prepositions that open a byline after a date ("3. März 2026 von …").
    private static let prepositions: Set<FirstWord> = Set(["by", "von", "par", "por", "di", "door", "av", "af", "przez"]
        .map(FirstWord.init))

    /// The first words of bylines in the main European languages.
    private static let openingWords: Set<FirstWord> = Set([
        "by", "von", "par", "por", "di", "door", "av", "af", "przez", "autor", "autorin", "autoren", "author",
        "authors", "auteur", "auteurs", "autore", "autori", "autora", "autores", "text", "texte", "texto", "testo",
        "tekst", "written", "posted", "published", "geschrieben", "verfasst", "ein", "publié", "écrit", "escrito",
        "publicado", "scritto", "pubblicato", "geschreven", "geplaatst", "skrevet",
    ].map(FirstWord.init))
}

/// The first word of a text, up to sixteen bytes of UTF-8 with ASCII lower-cased, packed into
/// two integers so that looking it up in a set allocates nothing.
struct FirstWord: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var length = 0

    init() {}

    /// The packed form of a lower-case word.
    init(_ word: String) {
        for byte in word.utf8 {
            guard append(byte) else { break }
        }
    }

    /// Adds `byte` when it continues the word (a letter, or any byte of a non-ASCII character);
    /// returns `false` at the word's end or when the word grows past sixteen bytes.
    mutating func append(_ byte: UInt8) -> Bool {
        let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
        guard isLetter, length < 16 else {
            if isLetter { length = 0 }
            return false
        }
        let lower = UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        if length < 8 { low |= lower << (8 * UInt64(length)) } else { high |= lower << (8 * UInt64(length - 8)) }
        length += 1
        return true
    }
}
