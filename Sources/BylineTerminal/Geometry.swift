/// A terminal's size in cells.
public struct Size: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative dimensions become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A rectangle of cells: a region of the screen a view draws into.
public struct Rect: Hashable, Sendable {
    /// The left column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle; negative dimensions become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle covering a whole screen of `size`.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }

    /// Whether the cell at (`column`, `row`) lies inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < right && row >= y && row < bottom
    }

    /// The rectangle shrunk by `horizontal` columns on each side and `vertical` rows top and bottom.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The single row `index` rows from the top (clamped to the rectangle).
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + min(max(0, index), max(0, height - 1)), width: width, height: height > 0 ? 1 : 0)
    }

    /// Splits the rectangle along `axis` into parts sized by `constraints`, in order.
    ///
    /// Fixed lengths and percentages are given first (shrunk when they do not fit); what is
    /// left is shared evenly by the `.fill` parts.
    public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
        let total = axis == .vertical ? height : width
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let length): return max(0, length)
            case .percentage(let percent): return total * min(100, max(0, percent)) / 100
            case .fill: return 0
            }
        }
        var remaining = total
        for index in sizes.indices {
            sizes[index] = min(sizes[index], remaining)
            remaining -= sizes[index]
        }
        let fills = constraints.indices.filter { constraints[$0] == .fill }
        for (order, index) in fills.enumerated() {
            sizes[index] = remaining / fills.count + (order < remaining % fills.count ? 1 : 0)
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch axis {
            case .vertical: return Rect(x: x, y: y + offset, width: width, height: size)
            case .horizontal: return Rect(x: x + offset, y: y, width: size, height: height)
            }
        }
    }

    /// The direction of a split.
    public enum Axis: Hashable, Sendable {
        /// Parts stacked top to bottom.
        case vertical
        /// Parts side by side, left to right.
        case horizontal
    }

    /// How big one part of a split is.
    public enum Constraint: Hashable, Sendable {
        /// Exactly this many cells (fewer when they do not fit).
        case length(Int)
        /// This share of the whole.
        case percentage(Int)
        /// An even share of what is left.
        case fill
    }
}
