/// The article body of a page: furniture removed, the content containers found, link lists
/// pruned, blocks collected as paragraphs, with a fallback for pages whose structure says
/// nothing (every paragraph of the page with enough text).
struct MainContent {
    let tree: HTMLTree

    /// The least letters a paragraph must hold to be taken by the fallback.
    private let fallbackParagraphLetters: Int32 = 40

    /// The body's paragraphs, links resolved with `resolver`.
    func paragraphs(resolver: URLResolver) -> [CollectedParagraph] {
        let traits = ElementTraits.all(in: tree)
        let whole = TextStatistics(tree: tree, removed: Array(repeating: false, count: tree.count))
        var removed = ChromeFilter.removedNodes(in: tree, traits: traits, statistics: whole)
        let statistics = TextStatistics(tree: tree, removed: removed, reusing: whole)
        let containers = ContentLocator(tree: tree, traits: traits, removed: removed, statistics: statistics).containers()
        ContentPruner.prune(containers, in: tree, statistics: statistics, removed: &removed)
        let collector = BlockCollector(tree: tree, removed: removed, resolver: resolver)
        let found = collector.paragraphs(in: containers)
        if found.reduce(0, { $0 + $1.text.unicodeScalars.count }) >= 250 { return found }
        let fallback = collector.paragraphs(in: substantialParagraphs(statistics: statistics, removed: removed))
        return fallback.count > found.count ? fallback : found
    }

    private func substantialParagraphs(statistics: TextStatistics, removed: [Bool]) -> [Int] {
        (0..<tree.count).filter { tree.tag($0) == .p && !removed[$0] && statistics.letters[$0] >= fallbackParagraphLetters }
    }
}
