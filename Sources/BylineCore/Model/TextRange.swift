/// A half-open range of Unicode scalar offsets into an article's `text`.
///
/// Every offset Byline exposes counts Unicode scalars (Swift `unicodeScalars`, Python `str`
/// indices), never bytes, UTF-16 units or grapheme clusters.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    /// The offset of the first scalar in the range.
    public var start: Int
    /// The offset one past the last scalar in the range.
    public var end: Int

    /// Creates a range; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of scalars in the range.
    public var length: Int { end - start }

    /// Whether the range holds no scalars.
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two ranges share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The range moved by `delta` scalars.
    public func shifted(by delta: Int) -> TextRange { TextRange(start: start + delta, end: end + delta) }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
