/// Approximate string matching with Myers' bit-parallel edit distance (in Hyyrö's multi-word
/// form): O(text × ⌈pattern / 64⌉) time, O(pattern) memory, whatever the input.
enum ApproximateMatcher {
    /// The end of an approximate occurrence.
    struct End: Equatable {
        /// The offset one past the occurrence's last scalar.
        var offset: Int
        /// The edit distance between the pattern and the occurrence.
        var errors: Int
    }

    /// The length of the best approximate occurrence that starts at the beginning of a text.
    struct AnchoredLength: Equatable {
        /// How many scalars of the text the occurrence covers.
        var length: Int
        /// The edit distance between the pattern and the occurrence.
        var errors: Int
    }

    /// The end of the occurrence of `pattern` anywhere in `text` with the fewest edits (at most
    /// `maximumErrors`); among equals, the one ending nearest `near`.
    static func bestEnd(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maximumErrors: Int, near: Int) -> End? {
        var best: End?
        BitParallelScan(pattern: pattern).run(over: text, topRowStep: 0) { column, errors in
            guard errors <= maximumErrors else { return }
            let candidate = End(offset: column + 1, errors: errors)
            if let current = best {
                if errors < current.errors || (errors == current.errors && abs(candidate.offset - near) < abs(current.offset - near)) {
                    best = candidate
                }
            } else {
                best = candidate
            }
        }
        return best
    }

    /// The edit distance between `pattern` and the whole of `text`.
    static func distance(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Int {
        guard !pattern.isEmpty else { return text.count }
        var last = pattern.count
        BitParallelScan(pattern: pattern).run(over: text, topRowStep: 1) { _, errors in last = errors }
        return last
    }

    /// The prefix of `text` closest to `pattern` (fewest edits; among equals, the length nearest
    /// the pattern's).
    static func bestAnchoredLength(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> AnchoredLength? {
        var best: AnchoredLength?
        BitParallelScan(pattern: pattern).run(over: text, topRowStep: 1) { column, errors in
            let candidate = AnchoredLength(length: column + 1, errors: errors)
            if let current = best {
                if errors < current.errors
                    || (errors == current.errors && abs(candidate.length - pattern.count) < abs(current.length - pattern.count)) {
                    best = candidate
                }
            } else {
                best = candidate
            }
        }
        return best
    }
}

/// One pass of the bit-parallel edit-distance recurrence over a text, reporting for every
/// column the distance between the whole pattern and the text up to that column.
private struct BitParallelScan {
    let length: Int
    let blockCount: Int
    let masks: [Unicode.Scalar: [UInt64]]
    let lastBlockHighBit: UInt64

    init(pattern: [Unicode.Scalar]) {
        length = pattern.count
        blockCount = (pattern.count + 63) / 64
        var masks: [Unicode.Scalar: [UInt64]] = [:]
        for (index, scalar) in pattern.enumerated() {
            masks[scalar, default: [UInt64](repeating: 0, count: (pattern.count + 63) / 64)][index / 64] |= 1 << UInt64(index % 64)
        }
        self.masks = masks
        lastBlockHighBit = 1 << UInt64((pattern.count - 1) % 64)
    }

    /// Runs the recurrence. `topRowStep` is 0 for a match starting anywhere (the top row of
    /// the distance matrix is all zeros) and 1 for a match anchored at the text's start.
    func run(over text: [Unicode.Scalar], topRowStep: Int, visit: (_ column: Int, _ errors: Int) -> Void) {
        guard length > 0 else { return }
        var positive = [UInt64](repeating: ~0, count: blockCount)
        var negative = [UInt64](repeating: 0, count: blockCount)
        var scores = (0..<blockCount).map { min(($0 + 1) * 64, length) }
        let absent = [UInt64](repeating: 0, count: blockCount)
        for (column, scalar) in text.enumerated() {
            let equal = masks[scalar] ?? absent
            var carry = topRowStep
            for block in 0..<blockCount {
                let highBit: UInt64 = block == blockCount - 1 ? lastBlockHighBit : 1 << 63
                let carriesNegative: UInt64 = carry < 0 ? 1 : 0
                let carriesPositive: UInt64 = carry > 0 ? 1 : 0
                let verticalPositive = positive[block]
                let verticalNegative = negative[block]
                let eq = equal[block] | carriesNegative
                let crossVertical = equal[block] | verticalNegative
                let crossHorizontal = (((eq & verticalPositive) &+ verticalPositive) ^ verticalPositive) | eq
                var horizontalPositive = verticalNegative | ~(crossHorizontal | verticalPositive)
                var horizontalNegative = verticalPositive & crossHorizontal
                var out = 0
                if horizontalPositive & highBit != 0 { out = 1 } else if horizontalNegative & highBit != 0 { out = -1 }
                horizontalPositive = (horizontalPositive << 1) | carriesPositive
                horizontalNegative = (horizontalNegative << 1) | carriesNegative
                positive[block] = horizontalNegative | ~(crossVertical | horizontalPositive)
                negative[block] = horizontalPositive & crossVertical
                scores[block] += out
                carry = out
            }
            visit(column, scores[blockCount - 1])
        }
    }
}
