/// Finds a highlight again in a text that may have changed: by its position, then by its exact
/// words, then by an approximate match of its words. Linear in the text for the first two
/// steps; the approximate step is O(text × highlight / 64) and is skipped for highlights longer
/// than `maximumApproximateLength`.
public enum TextAnchorLocator {
    /// How a highlight was placed.
    public enum Method: String, Hashable, Sendable, Codable {
        /// The text at the old position is still the highlighted words.
        case position
        /// The highlighted words were found elsewhere, unchanged.
        case exact
        /// Words close enough to the highlighted ones were found.
        case approximate
    }

    /// Where a highlight was placed and how.
    public struct Placement: Hashable, Sendable {
        /// The highlight's new range.
        public var range: TextRange
        /// How it was found.
        public var method: Method
        /// The number of edits between the highlighted words and the new text (0 unless approximate).
        public var errors: Int
    }

    /// Highlights longer than this many scalars are only placed by position or exact match.
    public static let maximumApproximateLength = 4096

    /// Places `anchor` in `text`, or returns `nil` when it cannot be placed (an orphan).
    public static func locate(_ anchor: TextAnchor, in text: String) -> Placement? {
        locate(anchor, in: [Unicode.Scalar](scalarsOf: text))
    }

    /// Places `anchor` in `scalars`, or returns `nil` when it cannot be placed (an orphan).
    public static func locate(_ anchor: TextAnchor, in scalars: [Unicode.Scalar]) -> Placement? {
        let exact = Array(anchor.quote.exact.unicodeScalars)
        guard !exact.isEmpty else { return nil }
        let old = anchor.position
        if old.start >= 0, old.end <= scalars.count, old.end - old.start == exact.count,
           scalars[old.start..<old.end].elementsEqual(exact) {
            return Placement(range: old.range, method: .position, errors: 0)
        }
        let occurrences = ScalarSearch.occurrences(of: exact, in: scalars)
        if !occurrences.isEmpty {
            let context = ContextScore(anchor: anchor, scalars: scalars)
            let best = occurrences.max { lhs, rhs in
                context.isWorse(start: lhs, than: rhs, length: exact.count)
            }!
            return Placement(range: TextRange(start: best, end: best + exact.count), method: .exact, errors: 0)
        }
        return approximate(anchor, exact: exact, in: scalars)
    }

    /// The closest approximate occurrence of the highlight: first with its context (so that an
    /// edit inside the highlight is not mistaken for a shorter match), then alone. At most a
    /// quarter of the highlight's scalars may be edited.
    private static func approximate(_ anchor: TextAnchor, exact: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Placement? {
        guard exact.count >= 4, exact.count <= maximumApproximateLength else { return nil }
        let maximumErrors = exact.count / 4
        let prefix = Array(anchor.quote.prefix.unicodeScalars)
        let suffix = Array(anchor.quote.suffix.unicodeScalars)
        let expectedEnd = anchor.position.end
        if !prefix.isEmpty || !suffix.isEmpty,
           let region = approximateRegion(of: prefix + exact + suffix, in: scalars, near: expectedEnd + suffix.count) {
            let prefixLength = prefix.isEmpty ? 0 : ApproximateMatcher.bestAnchoredLength(of: prefix, in: Array(scalars[region]))?.length ?? 0
            let rest = Array(scalars[(region.lowerBound + prefixLength)..<region.upperBound].reversed())
            let suffixLength = suffix.isEmpty ? 0 : ApproximateMatcher.bestAnchoredLength(of: Array(suffix.reversed()), in: rest)?.length ?? 0
            let range = TextRange(start: region.lowerBound + prefixLength, end: region.upperBound - suffixLength)
            let errors = ApproximateMatcher.distance(exact, Array(scalars[range.start..<range.end]))
            if !range.isEmpty, errors <= maximumErrors {
                return Placement(range: range, method: .approximate, errors: errors)
            }
        }
        guard let region = approximateRegion(of: exact, in: scalars, near: expectedEnd, maximumErrors: maximumErrors) else { return nil }
        let range = TextRange(start: region.lowerBound, end: region.upperBound)
        return Placement(range: range, method: .approximate, errors: ApproximateMatcher.distance(exact, Array(scalars[region])))
    }

    /// The region of `scalars` closest to `pattern`, with at most `maximumErrors` edits
    /// (a quarter of the pattern by default).
    private static func approximateRegion(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], near expectedEnd: Int,
                                          maximumErrors: Int? = nil) -> Range<Int>? {
        guard let end = ApproximateMatcher.bestEnd(of: pattern, in: scalars, maximumErrors: maximumErrors ?? pattern.count / 4, near: expectedEnd) else {
            return nil
        }
        let windowStart = max(0, end.offset - pattern.count - end.errors)
        let window = Array(scalars[windowStart..<end.offset].reversed())
        guard let start = ApproximateMatcher.bestAnchoredLength(of: Array(pattern.reversed()), in: window) else { return nil }
        return (end.offset - start.length)..<end.offset
    }
}

/// Ranks occurrences of a highlight's words by how much of their old prefix and suffix
/// surrounds them, then by closeness to the old position.
private struct ContextScore {
    let prefix: [Unicode.Scalar]
    let suffix: [Unicode.Scalar]
    let expected: Int
    let scalars: [Unicode.Scalar]

    init(anchor: TextAnchor, scalars: [Unicode.Scalar]) {
        prefix = Array(anchor.quote.prefix.unicodeScalars)
        suffix = Array(anchor.quote.suffix.unicodeScalars)
        expected = anchor.position.start
        self.scalars = scalars
    }

    func isWorse(start lhs: Int, than rhs: Int, length: Int) -> Bool {
        let left = agreement(start: lhs, length: length)
        let right = agreement(start: rhs, length: length)
        if left != right { return left < right }
        return abs(lhs - expected) > abs(rhs - expected)
    }

    /// The number of context scalars that still match on both sides of an occurrence.
    private func agreement(start: Int, length: Int) -> Int {
        var count = 0
        var text = start - 1
        var context = prefix.count - 1
        while text >= 0, context >= 0, scalars[text] == prefix[context] {
            count += 1; text -= 1; context -= 1
        }
        text = start + length
        context = 0
        while text < scalars.count, context < suffix.count, scalars[text] == suffix[context] {
            count += 1; text += 1; context += 1
        }
        return count
    }
}

/// Exact search for a scalar sequence, in linear time (Knuth–Morris–Pratt).
public enum ScalarSearch {
    /// The start offsets of every occurrence of `pattern` in `text`, overlapping ones included.
    public static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var failure = [Int](repeating: 0, count: pattern.count)
        var matched = 0
        for index in 1..<pattern.count {
            while matched > 0, pattern[index] != pattern[matched] { matched = failure[matched - 1] }
            if pattern[index] == pattern[matched] { matched += 1 }
            failure[index] = matched
        }
        var found: [Int] = []
        matched = 0
        for (index, scalar) in text.enumerated() {
            while matched > 0, scalar != pattern[matched] { matched = failure[matched - 1] }
            if scalar == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                found.append(index - pattern.count + 1)
                matched = failure[matched - 1]
            }
        }
        return found
    }
}
