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
                if !removed[index], tag.isBlock, isLinkList(index, statistics: statistics),
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

    private static func isLinkList(_ index: Int, statistics: TextStatistics) -> Bool {
        statistics.letters[index] <= maximumPrunedLetters && statistics.linkDensity(index) > 0.5
    }
}
