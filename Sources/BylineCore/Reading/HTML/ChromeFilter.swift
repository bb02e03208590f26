/// Marks the subtrees of a page that are furniture rather than article: code and media,
/// menus, sidebars, footers, forms, hidden elements, and blocks whose class or id names
/// sharing, newsletters, related stories, comments or ads.
///
/// Furniture never holds the article, so two things outweigh any name or tag: a subtree
/// that holds most of the page's paragraphs (pages wrapped whole in a `<form>` or a
/// `<div class="has-sidebar">`), and one that holds the element marked as the article's body. A `<header>` inside an `<article>` is the article's
/// own: its headline and standfirst.
/// A name that only may mean furniture (`ad`, `widget`, `tag-…`) is believed of a block
/// that does not read as prose, and never of an `<article>` or `<main>`, which carry their
/// post's taxonomy in their classes.
enum ChromeFilter {
    /// The least letters outside links that make a block read as prose.
    static let proseLetters: Int32 = 200

    /// What a reading of the page takes for furniture beyond what the markup itself says.
    struct Beliefs: Sendable {
        /// Class and id names say what a block is.
        var classNames = true
        /// `<noscript>` holds what a browser running scripts never shows.
        var noscriptIsHidden = true
    }

    /// `true` for every node inside a furniture subtree, by `beliefs`.
    static func removedNodes(
        in tree: HTMLTree, traits: [ElementTraits], statistics: TextStatistics, beliefs: Beliefs = Beliefs()
    ) -> [Bool] {
        var removed = Array(repeating: false, count: tree.count)
        var pageParagraphs: Int32 = 0
        for index in 0..<tree.count where tree.parent(index) == nil {
            pageParagraphs += statistics.paragraphs[index]
        }
        let holdsBody = markedBodyAncestors(in: tree, traits: traits, statistics: statistics)
        var articleDepth: [Int] = []
        var index = 0
        while index < tree.count {
            let end = tree.end(index)
            while let last = articleDepth.last, index >= last { articleDepth.removeLast() }
            let paragraphs = statistics.paragraphs[index]
            let isEssential = holdsBody[index] || paragraphs >= 3 && paragraphs * 2 >= pageParagraphs
                || tree.tag(index) == .header && !articleDepth.isEmpty
            var elementTraits = traits[index]
            if !beliefs.classNames { elementTraits.hint = .neutral }
            let isShownNoscript = tree.tag(index) == .noscript && !beliefs.noscriptIsHidden
            if !isShownNoscript, isFurniture(index, in: tree, traits: elementTraits, isEssential: isEssential, statistics: statistics) {
                for node in index..<end { removed[node] = true }
                index = end
            } else {
                if tree.tag(index) == .article { articleDepth.append(end) }
                index += 1
            }
        }
        return removed
    }

    /// `true` for every element marked as the article's body and every element around one.
    private static func markedBodyAncestors(in tree: HTMLTree, traits: [ElementTraits], statistics: TextStatistics) -> [Bool] {
        var holdsBody = Array(repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            if traits[index].isArticleBody || traits[index].hint == .articleBody && statistics.letters[index] >= proseLetters {
                holdsBody[index] = true
            }
            if holdsBody[index], let parent = tree.parent(index) { holdsBody[parent] = true }
        }
        return holdsBody
    }

    private static func isFurniture(
        _ index: Int, in tree: HTMLTree, traits: ElementTraits, isEssential: Bool, statistics: TextStatistics
    ) -> Bool {
        let tag = tree.tag(index)
        switch tag {
        case .text, .html, .body:
            return false
        default:
            if tag.isNeverContent { return true }
            if isEssential || traits.isArticleBody { return false }
            if tag.isChrome || traits.isHidden || traits.hasChromeRole || traits.isMetadata { return true }
            // Links keep their text whatever their class says; other inline elements (a
            // caption `span`) go when their class names furniture.
            guard tag != .a else { return false }
            switch traits.hint {
            case .chrome:
                return true
            case .possibleChrome:
                return tag != .article && tag != .main && !readsAsProse(index, statistics: statistics)
            case .neutral, .articleBody:
                return false
            }
        }
    }

    /// Whether a block holds a paragraph's worth of text that is not links: in paragraph
    /// elements, whatever share buttons sit beside them, or in the block as a whole.
    private static func readsAsProse(_ index: Int, statistics: TextStatistics) -> Bool {
        statistics.proseLetters[index] >= proseLetters
            || statistics.letters[index] - statistics.linkLetters[index] >= proseLetters && statistics.linkDensity(index) < 0.3
    }
}
