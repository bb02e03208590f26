/// The part of a page around its headline where the article's own byline and date are written.
///
/// When the headline sits in an `<article>` or `<main>`, that element is the region;
/// otherwise it runs from a little before the headline (bylines above a headline) to well past
/// it. A page whose headline is unknown uses its first `<article>`, or its `<main>`.
struct ArticleRegion {
    /// The node indexes of the region.
    let range: Range<Int>
    /// The headline's heading element, when the page has one.
    let headline: Int?

    /// How many nodes before a headline without a container still belong to it.
    private static let nodesBefore = 40
    /// How many nodes after a headline without a container still belong to it.
    private static let nodesAfter = 1_500

    /// The region of `tree` around `headline`, or `nil` when the page shows no article.
    init?(tree: HTMLTree, headline: Int?) {
        self.headline = headline
        if let headline {
            var ancestor = tree.parent(headline)
            while let current = ancestor, tree.tag(current) != .article, tree.tag(current) != .main {
                ancestor = tree.parent(current)
            }
            if let container = ancestor {
                range = container..<tree.end(container)
            } else {
                range = max(0, headline - Self.nodesBefore)..<min(tree.count, headline + Self.nodesAfter)
            }
            return
        }
        let containers = (0..<tree.count).lazy.filter { tree.tag($0) == .article || tree.tag($0) == .main }
        guard let first = containers.first(where: { tree.tag($0) == .article }) ?? containers.first else { return nil }
        range = first..<tree.end(first)
    }

    /// Whether node `index` lies in the region.
    func contains(_ index: Int) -> Bool { range.contains(index) }

    /// The nodes of `indexes` that lie in the region, nearest the headline first: those from
    /// just before it onwards in page order, then those further up, the nearest first (a
    /// region may open with teasers of other articles).
    func nearestHeadlineFirst(_ indexes: [Int]) -> [Int] {
        indexes.filter(contains).sorted { rank($0) < rank($1) }
    }

    /// Every node of the region in the order of `nearestHeadlineFirst`.
    var nearestHeadlineFirstOrder: NearestHeadlineFirst {
        let start = headline.map { min(max(range.lowerBound, $0 - Self.nodesBefore), range.upperBound) } ?? range.lowerBound
        return NearestHeadlineFirst(forward: start..<range.upperBound, backward: range.lowerBound..<start)
    }

    /// The nodes of a region from just before its headline onwards, then those further up,
    /// the nearest first.
    struct NearestHeadlineFirst: Sequence, IteratorProtocol {
        var forward: Range<Int>
        var backward: Range<Int>

        mutating func next() -> Int? {
            if let index = forward.popFirst() { return index }
            return backward.popLast()
        }
    }

    /// How many nodes from just before the headline count as its neighbourhood: the header
    /// with the byline, the date line and a picture.
    private static let neighbourhood = 400

    /// Whether node `index` lies by the headline (or anywhere in a region without one).
    func isNearHeadline(_ index: Int) -> Bool {
        contains(index) && (headline == nil || rank(index) < Self.neighbourhood)
    }

    /// The place of node `index` in the order of `nearestHeadlineFirst`.
    func rank(_ index: Int) -> Int {
        guard let headline else { return index }
        let start = headline - Self.nodesBefore
        return index >= start ? index - start : range.count + start - index
    }
}

/// Whether an element sits in page furniture that shows other people's names and dates:
/// navigation, sidebars, comments, lists of related articles.
enum FurnitureContext {
    /// Whether `index` or one of its ancestors is such furniture. An ancestor that also holds
    /// the region's headline wraps the article itself, whatever its name (blog engines wrap
    /// whole posts in a `widget`).
    static func contains(_ index: Int, in tree: HTMLTree, region: ArticleRegion?) -> Bool {
        let headline = region?.headline ?? -1
        var current: Int? = index
        while let element = current, !(element <= headline && headline < tree.end(element)) {
            switch tree.tag(element) {
            case .aside, .nav, .dialog:
                return true
            case .body, .html:
                return false
            default:
                var furniture = false
                tree.forEachAttribute(of: element) { name, value in
                    if name == .class || name == .id, MarkerWords.isFurnitureContainer(value) { furniture = true }
                }
                if furniture { return true }
            }
            current = tree.parent(element)
        }
        return false
    }
}
