/// A colour a terminal can show: its default, one of the 16 named colours, an entry of the
/// 256-colour palette, or a 24-bit RGB value.
public enum Color: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case `default`
    /// One of the 16 basic ANSI colours.
    case named(NamedColor)
    /// An entry of the xterm 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// Parses `#rrggbb`, a named colour (`red`, `bright-blue`) or a palette index (`"208"`).
    public init?(parsing text: String) {
        let text = text.lowercased()
        if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else if text == "default" || text == "reset" {
            self = .default
        } else if let named = NamedColor(name: text) {
            self = .named(named)
        } else if let index = UInt8(text) {
            self = .indexed(index)
        } else {
            return nil
        }
    }
}

/// The 16 basic ANSI colours, numbered as terminals number them.
public enum NamedColor: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name a theme uses: `red`, `bright-red` (`light-red` and `gray` are accepted too).
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright-" + base
    }

    /// The colour a theme names, if any.
    public init?(name: String) {
        let aliases = ["gray": "bright-black", "grey": "bright-black", "light-gray": "white", "light-grey": "white"]
        let name = aliases[name] ?? name.replacingOccurrences(of: "light-", with: "bright-")
        guard let found = NamedColor.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }

    /// The usual xterm RGB value of the colour, used when matching other colours to it.
    var rgb: (UInt8, UInt8, UInt8) {
        let table: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        return table[rawValue]
    }
}
