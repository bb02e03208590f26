/// Splits news prose into sentences.
///
/// PLACEHOLDER (scaffold): splits after `.`, `!` or `?` followed by a space. The attribution work
/// replaces it with a segmenter that survives abbreviations, initials, decimals, ellipses and
/// closing quote marks.
public enum Segmenter {
    /// The sentence ranges inside `range` of `scalars`.
    public static func sentences(in scalars: [Unicode.Scalar], range: TextRange) -> [TextRange] {
        var result: [TextRange] = []
        var start = range.start
        var index = range.start
        while index < range.end {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?", index + 1 < range.end, scalars[index + 1] == " " {
                result.append(TextRange(start: start, end: index + 1))
                start = index + 2
                index += 2
                continue
            }
            index += 1
        }
        if start < range.end { result.append(TextRange(start: start, end: range.end)) }
        return result
    }
}
