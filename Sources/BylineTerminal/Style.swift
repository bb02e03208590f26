/// How a cell looks: its colours and attributes. A `nil` colour means "the terminal's default"
/// in a cell, and "leave unchanged" when one style is patched over another.
public struct Style: Hashable, Sendable {
    /// Text attributes a terminal can combine.
    public struct Modifiers: OptionSet, Hashable, Sendable {
        /// The bits of the set.
        public let rawValue: UInt8
        /// Creates a set from its bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Bold (or bright) text.
        public static let bold = Modifiers(rawValue: 1 << 0)
        /// Faint text.
        public static let dim = Modifiers(rawValue: 1 << 1)
        /// Italic text.
        public static let italic = Modifiers(rawValue: 1 << 2)
        /// Underlined text.
        public static let underline = Modifiers(rawValue: 1 << 3)
        /// Foreground and background swapped.
        public static let reverse = Modifiers(rawValue: 1 << 4)

        /// Every modifier with the name a theme uses for it.
        public static let named: [(name: String, modifier: Modifiers)] = [
            ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underlined", .underline), ("reversed", .reverse),
        ]
    }

    /// The text colour, or `nil` for the default.
    public var foreground: Color?
    /// The background colour, or `nil` for the default.
    public var background: Color?
    /// The attributes.
    public var modifiers: Modifiers

    /// Creates a style.
    public init(foreground: Color? = nil, background: Color? = nil, modifiers: Modifiers = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }

    /// The terminal's plain default style.
    public static let plain = Style()

    /// This style with `overlay` laid over it: its colours where it has them, attributes added.
    public func patched(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground ?? foreground,
            background: overlay.background ?? background,
            modifiers: modifiers.union(overlay.modifiers)
        )
    }
}
