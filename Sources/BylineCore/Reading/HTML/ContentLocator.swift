/// Finds the elements that hold an article's body, after furniture is removed.
///
/// In order of trust: microdata (`itemprop="articleBody"`), the widespread body class names
/// (`article-body`, `entry-content`, …) when they hold a fifth of the page's text at least
/// (not a teaser's `article-content` beside the real story), a lone substantial `<article>`, `<main>` (or
/// `role="main"`), and last a readability-style score of every container by the paragraphs
/// it holds, their length and commas, and how little of its text is links.
struct ContentLocator {
    let tree: HTMLTree
    let traits: [ElementTraits]
    let removed: [Bool]
    let statistics: TextStatistics

    /// The least text a container found by markup must hold to be believed.
    private let minimumLetters: Int32 = 250

    /// The body's containers in document order; the whole page when nothing stands out, and
    /// empty only when the page has no text at all.
    func containers() -> [Int] {
        let marked = outermost { traits[$0].isArticleBody }
        if isSubstantial(marked) { return standfirst(before: marked) + marked }
        let named = outermost { traits[$0].hint == .articleBody && statistics.letters[$0] >= 50 }
        if isSubstantial(named), total(named) * 5 >= pageLetters { return standfirst(before: named) + named }
        if let article = largest(where: { isArticle($0) && !holdsSeveralArticles($0) }), isSubstantial([article]) {
            return [article]
        }
        if let main = largest(where: { tree.tag($0) == .main || traits[$0].hasMainRole }), isSubstantial([main]) {
            return [main]
        }
        if let best = bestScored() { return standfirst(before: [best]) + [best] }
        return (0..<tree.count).filter { tree.parent($0) == nil && !removed[$0] }
    }

    /// The standfirst of a body found by markup: the paragraphs and subheadings (not the
    /// headline) that precede the body inside the same `<article>`, where pages put the lead
    /// that sums the story up, outside the element they mark as its body.
    private func standfirst(before body: [Int]) -> [Int] {
        guard let first = body.first, let article = story(around: first) else { return [] }
        var result: [Int] = []
        var index = article + 1
        while index < first {
            let tag = tree.tag(index)
            if removed[index] {
                index = tree.end(index)
            } else if tag.isParagraphLike, tag != .h1, tree.end(index) <= first, statistics.letters[index] >= standfirstLetters
                        && statistics.linkDensity(index) < 0.3 {
                result.append(index)
                index = tree.end(index)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The element that holds the whole story around its body: the `<article>` it lies in,
    /// or else the widest element around it that adds little text to it (a headline, a
    /// lead, a date line, but no list of other stories or comments).
    private func story(around body: Int) -> Int? {
        var ancestor = tree.parent(body)
        while let current = ancestor, tree.tag(current) != .article { ancestor = tree.parent(current) }
        if let article = ancestor { return holdsSeveralArticles(article) ? nil : article }
        let allowed = statistics.letters[body] + statistics.letters[body] / 4 + 400
        var widest = body
        while let parent = tree.parent(widest), tree.tag(parent) != .body, tree.tag(parent) != .html,
              statistics.letters[parent] <= allowed {
            widest = parent
        }
        return widest == body ? nil : widest
    }

    /// The least letters a paragraph of a standfirst holds: less is a kicker or a label.
    private let standfirstLetters: Int32 = 40

    /// Whether containers found by markup hold enough text to be believed: a few paragraphs'
    /// worth, or most of a short page.
    private func isSubstantial(_ elements: [Int]) -> Bool {
        let letters = total(elements)
        return letters > 0 && (letters >= minimumLetters || letters * 2 >= pageLetters)
    }

    private var pageLetters: Int32 {
        (0..<tree.count).lazy.filter { tree.parent($0) == nil }.reduce(0) { $0 + statistics.letters[$1] }
    }

    /// The elements that are not removed, match `predicate` and lie inside no other match.
    private func outermost(where predicate: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index < tree.count {
            if !removed[index], tree.tag(index) != .text, predicate(index) {
                result.append(index)
                index = tree.end(index)
            } else {
                index += 1
            }
        }
        return result
    }

    private func isArticle(_ index: Int) -> Bool {
        tree.tag(index) == .article || traits[index].hasMainRole && tree.tag(index) != .main
    }

    /// Whether an element wraps a list of articles (a feed of teasers) rather than being one:
    /// it holds two or more, and they hold three quarters of its text. An article that embeds
    /// a few teasers of other stories is still one article.
    private func holdsSeveralArticles(_ index: Int) -> Bool {
        var nested = 0
        var nestedLetters: Int32 = 0
        var inner = index + 1
        while inner < tree.end(index) {
            if tree.tag(inner) == .article {
                nested += 1
                nestedLetters += statistics.letters[inner]
                inner = tree.end(inner)
            } else {
                inner += 1
            }
        }
        return nested >= 2 && nestedLetters * 4 >= statistics.letters[index] * 3
    }

    private func total(_ elements: [Int]) -> Int32 {
        elements.reduce(0) { $0 + statistics.letters[$1] }
    }

    private func largest(where predicate: (Int) -> Bool) -> Int? {
        var best: Int?
        for index in 0..<tree.count where !removed[index] && tree.tag(index) != .text && predicate(index) {
            if best.map({ statistics.letters[index] > statistics.letters[$0] }) ?? true { best = index }
        }
        return best
    }

    /// Readability's idea: each block of text gives points to its parent and, halved, to its
    /// grandparent; a container's points shrink with its link density. A block's text is the
    /// text whose nearest block ancestor it is, so that text between `<br>`s in a `<div>`
    /// counts like paragraphs do.
    func bestScored() -> Int? {
        var ownLetters = Array(repeating: Int32(0), count: tree.count)
        var ownCommas = Array(repeating: Int32(0), count: tree.count)
        for index in 0..<tree.count where !removed[index] && tree.tag(index) == .text {
            guard let block = nearestBlock(above: index) else { continue }
            ownLetters[block] += statistics.letters[index]
            ownCommas[block] += statistics.commas[index]
        }
        var scores = Array(repeating: 0.0, count: tree.count)
        for index in 0..<tree.count where ownLetters[index] >= 25 {
            let points = 1 + Double(ownCommas[index]) + min(Double(ownLetters[index]) / 100, 3)
            // Text straight inside a container (`<div>text<br>text</div>`) makes the container
            // itself the candidate; a paragraph's text makes its parent one.
            let candidate = tree.tag(index).isParagraphLike ? tree.parent(index) : index
            guard let candidate else { continue }
            scores[candidate] += points
            if let parent = tree.parent(candidate) { scores[parent] += points / 2 }
        }
        var best: Int?
        var bestScore = 0.0
        for index in 0..<tree.count where scores[index] > 0 {
            let score = scores[index] * (1 - statistics.linkDensity(index))
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        return best
    }

    private func nearestBlock(above index: Int) -> Int? {
        var ancestor = tree.parent(index)
        while let current = ancestor, !tree.tag(current).isBlock { ancestor = tree.parent(current) }
        return ancestor
    }
}
