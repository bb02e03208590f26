/// How many colours a terminal can show, from none to 24-bit.
public enum ColorCapability: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// No colour at all: styles keep only their attributes (bold, underline, reverse…).
    case none
    /// The 16 basic ANSI colours.
    case sixteen
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit RGB.
    case trueColor

    /// The capability an environment asks for: `NO_COLOR` (any value) means none; `TERM=dumb`
    /// means none; otherwise the terminal's reported number of colours decides.
    public static func detect(environment: [String: String], reportedColors: Int) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if environment["TERM"] == "dumb" { return .none }
        return forColorCount(reportedColors)
    }

    /// The capability of a terminal that reports `count` colours.
    public static func forColorCount(_ count: Int) -> ColorCapability {
        switch count {
        case 0x100_0000...: return .trueColor
        case 256...: return .palette256
        case 8...: return .sixteen
        default: return .none
        }
    }

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `color` as the nearest colour this capability can show.
    public func downgrade(_ color: Color) -> Color {
        switch (self, color) {
        case (_, .default): return .default
        case (.none, _): return .default
        case (.trueColor, _): return color
        case (.palette256, .rgb(let r, let g, let b)): return .indexed(Self.nearestPaletteIndex(r, g, b))
        case (.palette256, _): return color
        case (.sixteen, .named): return color
        case (.sixteen, .indexed(let index)): return .named(Self.nearestNamed(Self.paletteRGB(index)))
        case (.sixteen, .rgb(let r, let g, let b)): return .named(Self.nearestNamed((r, g, b)))
        }
    }

    /// `style` with both colours downgraded; attributes are kept.
    public func downgrade(_ style: Style) -> Style {
        var result = style
        result.foreground = style.foreground.map(downgrade)
        result.background = style.background.map(downgrade)
        return result
    }

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    private static func nearestPaletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ value: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(value)) < abs(cubeLevels[$1] - Int(value)) } ?? 0
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (average - 8 + 5) / 10))
        let gray = 232 + grayStep
        let target = (Int(r), Int(g), Int(b))
        return UInt8(distance(paletteRGB(UInt8(cube)), target) <= distance(paletteRGB(UInt8(gray)), target) ? cube : gray)
    }

    private static func paletteRGB(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        let index = Int(index)
        if index < 16 { return NamedColor(rawValue: index)!.rgb }
        if index >= 232 {
            let value = UInt8(8 + 10 * (index - 232))
            return (value, value, value)
        }
        let cube = index - 16
        return (UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6]))
    }

    private static func paletteRGB(_ rgb: (UInt8, UInt8, UInt8)) -> (Int, Int, Int) {
        (Int(rgb.0), Int(rgb.1), Int(rgb.2))
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (Int, Int, Int)) -> Int {
        let dr = Int(a.0) - b.0, dg = Int(a.1) - b.1, db = Int(a.2) - b.2
        return dr * dr + dg * dg + db * db
    }

    private static func nearestNamed(_ rgb: (UInt8, UInt8, UInt8)) -> NamedColor {
        let target = paletteRGB(rgb)
        return NamedColor.allCases.min { distance($0.rgb, target) < distance($1.rgb, target) } ?? .white
    }
}
