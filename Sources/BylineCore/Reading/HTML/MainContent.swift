/// The article body of a page: furniture removed, the content containers found, link lists
/// pruned, blocks collected as paragraphs.
///
/// A page with text never comes back empty. When the containers the page's markup points to
/// hold too little, the reader falls back in steps, each said in a warning: the block of text
/// that scores best; the page read again without believing class names, the weakest evidence
/// of furniture (an article inside `<div class="sidebar-content">`); the text of `<noscript>`,
/// on pages that show their text only through scripts; the page's paragraphs outside furniture. A page with no article body at all (an index of links, a login form)
/// gets a warning that says so.
struct MainContent {
    /// The body's paragraphs and what the reader had to do to find them.
    struct Body {
        var paragraphs: [CollectedParagraph]
        var warnings: [String] = []

        var letters: Int { paragraphs.reduce(0) { $0 + $1.text.unicodeScalars.count } }
    }

    let tree: HTMLTree

    /// The least letters a body must hold for the reader not to look further.
    static let sufficientLetters = 250

    /// The least letters a paragraph of the page-wide fallback must hold.
    private let fallbackParagraphLetters: Int32 = 40

    /// The body, links resolved with `resolver`.
    func body(resolver: URLResolver) -> Body {
        let traits = ElementTraits.all(in: tree)
        let whole = TextStatistics(tree: tree, removed: Array(repeating: false, count: tree.count))
        let reading = Reading(tree: tree, traits: traits, whole: whole, resolver: resolver, beliefs: .init())
        var best = Body(paragraphs: reading.locatedParagraphs())
        if best.letters >= Self.sufficientLetters { return best }

        let steps: [(warning: String, paragraphs: () -> [CollectedParagraph])] = [
            ("the page marks no article body; its best-scoring block of text is shown", reading.bestScoredParagraphs),
            ("the page's class names hide its text; it was read without them", {
                Reading(tree: tree, traits: traits, whole: whole, resolver: resolver, beliefs: .init(classNames: false)).locatedParagraphs()
            }),
            ("the page's text is only in its <noscript> fallback; that text is shown", {
                let beliefs = ChromeFilter.Beliefs(classNames: false, noscriptIsHidden: false)
                return Reading(tree: tree, traits: traits, whole: whole, resolver: resolver, beliefs: beliefs).locatedParagraphs()
            }),
            ("the page marks no article body; its paragraphs outside menus and furniture are shown", {
                reading.paragraphs(in: substantialParagraphs(statistics: reading.statistics, removed: reading.removed), pruning: false)
            }),
        ]
        for step in steps where best.letters < Self.sufficientLetters {
            let candidate = Body(paragraphs: step.paragraphs(), warnings: [step.warning])
            if candidate.letters > best.letters { best = candidate }
        }
        if best.paragraphs.isEmpty {
            best.warnings = ["the page has no article body: its text is all menus, links and page furniture"]
        }
        return best
    }

    /// The paragraph-like blocks of the page, outside furniture, with a sentence's worth of
    /// text, outermost first: what is left to read when no block stands out.
    private func substantialParagraphs(statistics: TextStatistics, removed: [Bool]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index < tree.count {
            if !removed[index], tree.tag(index).isParagraphLike, statistics.letters[index] >= fallbackParagraphLetters,
               statistics.linkDensity(index) < 0.5 {
                result.append(index)
                index = tree.end(index)
            } else {
                index += 1
            }
        }
        return result
    }
}

/// One reading of a page: its furniture removed by one set of beliefs, and the text counted
/// without it.
private struct Reading {
    let tree: HTMLTree
    let removed: [Bool]
    let statistics: TextStatistics
    let locator: ContentLocator
    let resolver: URLResolver

    init(tree: HTMLTree, traits: [ElementTraits], whole: TextStatistics, resolver: URLResolver, beliefs: ChromeFilter.Beliefs) {
        self.tree = tree
        self.resolver = resolver
        removed = ChromeFilter.removedNodes(in: tree, traits: traits, statistics: whole, beliefs: beliefs)
        statistics = TextStatistics(tree: tree, removed: removed, reusing: whole)
        locator = ContentLocator(tree: tree, traits: traits, removed: removed, statistics: statistics)
    }

    /// The paragraphs of the containers the locator finds.
    func locatedParagraphs() -> [CollectedParagraph] {
        paragraphs(in: locator.containers(), pruning: true)
    }

    /// The paragraphs of the block that scores best, if any.
    func bestScoredParagraphs() -> [CollectedParagraph] {
        locator.bestScored().map { paragraphs(in: [$0], pruning: true) } ?? []
    }

    /// The paragraphs of `containers`, their link lists pruned first when `pruning`.
    func paragraphs(in containers: [Int], pruning: Bool) -> [CollectedParagraph] {
        var pruned = removed
        if pruning { ContentPruner.prune(containers, in: tree, statistics: statistics, removed: &pruned) }
        return BlockCollector(tree: tree, removed: pruned, resolver: resolver).paragraphs(in: containers)
    }
}
