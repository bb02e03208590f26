/// A key, without modifiers.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    case enter, escape, backspace, tab, backTab, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
}

/// A key pressed with its modifiers. Written in vim notation: `j`, `G`, `<C-o>`, `<Tab>`,
/// `<Enter>`, `<A-x>`, `<PageDown>`, `<Space>`.
public struct KeyPress: Hashable, Sendable, CustomStringConvertible {
    /// The key.
    public var key: Key
    /// Whether Control was held.
    public var control: Bool
    /// Whether Alt (Meta) was held.
    public var alt: Bool

    /// Creates a key press.
    public init(_ key: Key, control: Bool = false, alt: Bool = false) {
        self.key = key
        self.control = control
        self.alt = alt
    }

    /// A plain character key.
    public static func character(_ character: Character) -> KeyPress { KeyPress(.character(character)) }

    /// Control and a letter.
    public static func control(_ character: Character) -> KeyPress { KeyPress(.character(character), control: true) }

    private static let names: [(String, Key)] = [
        ("Enter", .enter), ("CR", .enter), ("Esc", .escape), ("BS", .backspace), ("Tab", .tab), ("S-Tab", .backTab),
        ("Del", .delete), ("Insert", .insert), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PageUp", .pageUp), ("PageDown", .pageDown), ("Space", .character(" ")),
        ("lt", .character("<")),
    ]

    /// The key in vim notation.
    public var description: String {
        var name: String
        var bracketed = control || alt
        switch key {
        case .character(let character):
            if let special = Self.names.first(where: { $0.1 == key }) {
                name = special.0
                bracketed = true
            } else {
                name = String(character)
            }
        case .function(let number):
            name = "F\(number)"
            bracketed = true
        default:
            name = Self.names.first { $0.1 == key }?.0 ?? "?"
            bracketed = true
        }
        if alt { name = "A-" + name }
        if control { name = "C-" + name }
        return bracketed ? "<\(name)>" : name
    }

    /// Parses a sequence of keys in vim notation (`]q`, `gs`, `<C-o>`, `<S-Tab>`), or returns
    /// `nil` when a bracketed name is unknown or a bracket is not closed.
    public static func sequence(_ notation: String) -> [KeyPress]? {
        var keys: [KeyPress] = []
        var index = notation.startIndex
        while index < notation.endIndex {
            let character = notation[index]
            guard character == "<", let close = notation[index...].firstIndex(of: ">"), notation.distance(from: index, to: close) > 1 else {
                keys.append(.character(character))
                index = notation.index(after: index)
                continue
            }
            guard let key = bracketed(String(notation[notation.index(after: index)..<close])) else { return nil }
            keys.append(key)
            index = notation.index(after: close)
        }
        return keys.isEmpty ? nil : keys
    }

    private static func bracketed(_ name: String) -> KeyPress? {
        if let key = names.first(where: { $0.0.lowercased() == name.lowercased() }) { return KeyPress(key.1) }
        if name.count >= 3, let dash = name.firstIndex(of: "-"), name.distance(from: name.startIndex, to: dash) == 1 {
            let modifier = name[name.startIndex].uppercased()
            guard var inner = bracketed(String(name[name.index(after: dash)...])) ?? single(String(name[name.index(after: dash)...])) else {
                return nil
            }
            switch modifier {
            case "C": inner.control = true
            case "A", "M": inner.alt = true
            default: return nil
            }
            return inner
        }
        if name.first == "F", let number = Int(name.dropFirst()), (1...12).contains(number) { return KeyPress(.function(number)) }
        return nil
    }

    private static func single(_ text: String) -> KeyPress? {
        text.count == 1 ? .character(Character(text)) : nil
    }
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Action: Hashable, Sendable {
        case wheelUp, wheelDown, press
    }

    /// What the mouse did.
    public var action: Action
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int

    /// Creates a mouse event.
    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

/// Something the terminal reports: a key, a new size, a mouse action.
public enum InputEvent: Hashable, Sendable {
    case key(KeyPress)
    case resize(Size)
    case mouse(MouseEvent)
}
