import BylineTerminal

/// Which command each key sequence runs, per context: vim-like defaults with the user's
/// bindings merged over them. A binding is data that also yields its help line.
public struct Keymap: Hashable, Sendable {
    /// One binding.
    public struct Binding: Hashable, Sendable {
        /// The key sequence.
        public var keys: [KeyPress]
        /// What it runs.
        public var command: Command
    }

    /// The bindings of each context, in the order they were given.
    public private(set) var bindings: [KeyContext: [Binding]]

    /// Creates a keymap from bindings in vim notation; notation that does not parse is skipped.
    public init(_ table: [KeyContext: [(String, Command)]]) {
        bindings = [:]
        for (context, entries) in table {
            for (notation, command) in entries {
                if let keys = KeyPress.sequence(notation) { bind(keys, to: command, in: context) }
            }
        }
    }

    /// Binds `keys` to `command` in `context`, replacing what those keys did there.
    public mutating func bind(_ keys: [KeyPress], to command: Command, in context: KeyContext) {
        var list = bindings[context] ?? []
        list.removeAll { $0.keys == keys }
        list.append(Binding(keys: keys, command: command))
        bindings[context] = list
    }

    /// Removes whatever `keys` do in `context`.
    public mutating func unbind(_ keys: [KeyPress], in context: KeyContext) {
        bindings[context]?.removeAll { $0.keys == keys }
    }

    /// What a key sequence typed so far means in `contexts` (searched in order).
    public func resolve(_ keys: [KeyPress], in contexts: [KeyContext]) -> Resolution {
        var isPrefix = false
        for context in contexts {
            for binding in bindings[context] ?? [] {
                if binding.keys == keys { return .command(binding.command) }
                if binding.keys.count > keys.count, Array(binding.keys.prefix(keys.count)) == keys { isPrefix = true }
            }
        }
        return isPrefix ? .pending : .unbound
    }

    /// What a typed key sequence means.
    public enum Resolution: Hashable, Sendable {
        case command(Command)
        /// The keys begin a longer binding: wait for more.
        case pending
        case unbound
    }

    /// The keys bound to `command` in `context`, in vim notation (for help and hints).
    public func keys(for command: Command, in context: KeyContext) -> [String] {
        (bindings[context] ?? []).filter { $0.command == command }.map { $0.keys.map(\.description).joined() }
    }

    /// Byline's vim-like defaults.
    public static let defaults = Keymap([
        .global: [
            ("q", .back), ("<Esc>", .back), ("<C-c>", .quit), ("ZZ", .quit), ("?", .help),
            ("S", .quoteSearch), ("A", .annotations), ("F", .feeds), ("R", .reloadAll),
        ],
        .library: [
            ("j", .moveDown), ("<Down>", .moveDown), ("k", .moveUp), ("<Up>", .moveUp),
            ("<C-d>", .pageDown), ("<PageDown>", .pageDown), ("<C-u>", .pageUp), ("<PageUp>", .pageUp),
            ("gg", .goTop), ("<Home>", .goTop), ("G", .goBottom), ("<End>", .goBottom),
            ("<Enter>", .open), ("l", .open), ("/", .filter), ("s", .sort), ("r", .toggleRead), ("*", .toggleStar),
        ],
        .reader: [
            ("j", .moveDown), ("<Down>", .moveDown), ("k", .moveUp), ("<Up>", .moveUp),
            ("<Space>", .pageDown), ("<C-d>", .pageDown), ("<PageDown>", .pageDown),
            ("b", .pageUp), ("<C-u>", .pageUp), ("<PageUp>", .pageUp),
            ("gg", .goTop), ("G", .goBottom),
            ("]q", .nextQuote), ("[q", .previousQuote), ("]c", .nextClaim), ("[c", .previousClaim),
            ("]s", .nextMention), ("[s", .previousMention), ("gs", .gotoSource), ("gc", .cycleSourceStatements),
            ("<C-o>", .jumpBack), ("<C-i>", .jumpForward),
            ("/", .search), ("n", .searchNext), ("N", .searchPrevious), ("o", .openLink),
            ("p", .togglePanel), ("<Tab>", .focusPanel), ("P", .speakerProfile),
            ("v", .select), ("w", .extendSelection), ("a", .annotate),
        ],
        .panel: [
            ("j", .moveDown), ("<Down>", .moveDown), ("k", .moveUp), ("<Up>", .moveUp),
            ("gg", .goTop), ("G", .goBottom), ("<Enter>", .open), ("<Tab>", .focusPanel), ("P", .speakerProfile),
        ],
        .list: [
            ("j", .moveDown), ("<Down>", .moveDown), ("<C-n>", .moveDown), ("k", .moveUp), ("<Up>", .moveUp), ("<C-p>", .moveUp),
            ("<PageDown>", .pageDown), ("<C-d>", .pageDown), ("<PageUp>", .pageUp), ("<C-u>", .pageUp), ("gg", .goTop), ("G", .goBottom),
            ("<Enter>", .open), ("e", .edit), ("d", .delete), ("t", .toggleScope), ("P", .speakerProfile), ("<Tab>", .speakerProfile),
        ],
        .feeds: [
            ("j", .moveDown), ("<Down>", .moveDown), ("k", .moveUp), ("<Up>", .moveUp),
            ("<C-d>", .pageDown), ("<PageDown>", .pageDown), ("<C-u>", .pageUp), ("<PageUp>", .pageUp),
            ("gg", .goTop), ("<Home>", .goTop), ("G", .goBottom), ("<End>", .goBottom),
            ("<Enter>", .open), ("l", .open), ("r", .reloadFeed),
        ],
    ])
}
