/// Decides how many paragraphs at each end of an article are boilerplate.
///
/// From each end it walks inward over paragraphs that show at least marginal evidence and
/// cuts after the innermost one that is boilerplate on its own: a weak paragraph goes only
/// when stronger boilerplate lies between it and the article. Nothing in the middle is ever
/// touched, and when the two ends would meet, nothing is cut at all: a text that is all
/// furniture is better shown whole than emptied.
enum BoilerplateTrimmer {
    /// The number of boilerplate paragraphs at the head and at the tail of `count` paragraphs,
    /// given the score of the paragraph at each index.
    static func ends(count: Int, score: (Int) -> Int) -> (head: Int, tail: Int) {
        let head = runLength(over: 0..<count, score: score)
        let tail = runLength(over: (0..<count).reversed(), score: score)
        return head + tail < count ? (head, tail) : (0, 0)
    }

    /// The longest run of boilerplate looked for at either end, in paragraphs. Page furniture
    /// is a handful of paragraphs; the limit keeps hostile input (a million one-word lines)
    /// from being scored paragraph by paragraph.
    static let longestRun = 40

    /// The length of the boilerplate run at the start of `order`.
    static func runLength<Order: Sequence<Int>>(over order: Order, score: (Int) -> Int) -> Int {
        var length = 0
        for (step, index) in order.prefix(longestRun).enumerated() {
            let value = score(index)
            if value < BoilerplateScorer.marginalScore { break }
            if value >= BoilerplateScorer.boilerplateScore { length = step + 1 }
        }
        return length
    }
}
