/// Marks the subtrees of a page that are furniture rather than article: code and media,
/// menus, sidebars, footers, forms, hidden elements, and blocks whose class or id names
/// sharing, newsletters, related stories, comments or ads.
///
/// A subtree that holds most of the page's paragraphs is never furniture, whatever its name
/// says: pages wrapped whole in a `<form>` or a `<div class="has-sidebar">` keep their text.
enum ChromeFilter {
    /// `true` for every node inside a furniture subtree.
    static func removedNodes(in tree: HTMLTree, traits: [ElementTraits], statistics: TextStatistics) -> [Bool] {
        var removed = Array(repeating: false, count: tree.count)
        var pageParagraphs: Int32 = 0
        for index in 0..<tree.count where tree.parent(index) == nil {
            pageParagraphs += statistics.paragraphs[index]
        }
        var index = 0
        while index < tree.count {
            let end = tree.end(index)
            let holdsMostParagraphs = statistics.paragraphs[index] >= 3 && statistics.paragraphs[index] * 2 >= pageParagraphs
            if isFurniture(index, in: tree, traits: traits[index], holdsMostParagraphs: holdsMostParagraphs) {
                for node in index..<end { removed[node] = true }
                index = end
            } else {
                index += 1
            }
        }
        return removed
    }

    private static func isFurniture(_ index: Int, in tree: HTMLTree, traits: ElementTraits, holdsMostParagraphs: Bool) -> Bool {
        let tag = tree.tag(index)
        switch tag {
        case .text, .html, .body:
            return false
        default:
            if tag.isNeverContent { return true }
            if holdsMostParagraphs || traits.isArticleBody { return false }
            if tag.isChrome || traits.isHidden || traits.hasChromeRole || traits.isMetadata { return true }
            // Links keep their text whatever their class says; other inline elements (a
            // caption `span`) go when their class names furniture.
            return traits.hint == .chrome && tag != .a
        }
    }
}
