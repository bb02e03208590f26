/// Removes what is left of furniture inside the body's containers: blocks that are mostly
/// links (lists of related stories, tag clouds, "read more" rows), unless the block holds
/// most of its container's text.
enum ContentPruner {
    /// The most letters a mostly-links block may hold and still be pruned: a long block with
    /// many links is more likely prose that cites its sources.
    static let maximumPrunedLetters: Int32 = 400

    /// Marks the link-heavy blocks inside `containers` in `removed`.
    static func prune(_ containers: [Int], in tree: HTMLTree, statistics: TextStatistics, removed: inout [Bool]) {
        for container in containers {
            var index = container + 1
            let end = tree.end(container)
            while index < end {
                let tag = tree.tag(index)
                if !removed[index], tag.isBlock, isLinkList(index, tag: tag, statistics: statistics),
                   statistics.letters[index] * 2 < statistics.letters[container] {
                    let subtreeEnd = tree.end(index)
                    for node in index..<subtreeEnd { removed[node] = true }
                    index = subtreeEnd
                } else {
                    index += 1
                }
            }
        }
    }

    /// A container or list item more than half links, or a paragraph almost all links
    /// ("Read more: …"): prose that cites its sources keeps a paragraph's link density well
    /// below that.
    private static func isLinkList(_ index: Int, tag: HTMLTag, statistics: TextStatistics) -> Bool {
        let threshold = tag == .p || tag == .blockquote || tag == .pre ? 0.8 : 0.5
        return statistics.letters[index] <= maximumPrunedLetters && statistics.linkDensity(index) > threshold
    }
}
