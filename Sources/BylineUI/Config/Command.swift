/// Where a key binding applies. Keys are looked up in the screen's own context first, then
/// in `global`.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case global, library, reader, panel, list

    /// The heading of the context in the help screen.
    var title: String {
        switch self {
        case .global: return "Everywhere"
        case .library: return "Library"
        case .reader: return "Reading"
        case .panel: return "Side panel"
        case .list: return "Lists (quote search, speaker, annotations)"
        }
    }
}

/// Everything a key can be bound to. The raw value is the name used in `config.toml`.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case back = "back"
    case quit = "quit"
    case help = "help"
    case quoteSearch = "quote_search"
    case annotations = "annotations"
    case moveDown = "move_down"
    case moveUp = "move_up"
    case pageDown = "page_down"
    case pageUp = "page_up"
    case goTop = "go_top"
    case goBottom = "go_bottom"
    case open = "open"
    case filter = "filter"
    case sort = "sort"
    case toggleRead = "toggle_read"
    case toggleStar = "toggle_star"
    case nextQuote = "next_quote"
    case previousQuote = "previous_quote"
    case nextClaim = "next_claim"
    case previousClaim = "previous_claim"
    case nextMention = "next_mention"
    case previousMention = "previous_mention"
    case gotoSource = "goto_source"
    case cycleSourceStatements = "goto_claims"
    case jumpBack = "jump_back"
    case jumpForward = "jump_forward"
    case search = "search"
    case searchNext = "search_next"
    case searchPrevious = "search_previous"
    case openLink = "open_link"
    case togglePanel = "toggle_panel"
    case focusPanel = "focus_panel"
    case speakerProfile = "speaker_profile"
    case select = "select"
    case extendSelection = "extend_selection"
    case annotate = "annotate"
    case edit = "edit"
    case delete = "delete"
    case toggleScope = "toggle_scope"

    /// One line of help.
    public var summary: String {
        switch self {
        case .back: return "back to the previous screen; in the library, clear the filter, else quit"
        case .quit: return "quit Byline"
        case .help: return "this help"
        case .quoteSearch: return "search quotes across the library"
        case .annotations: return "list annotations"
        case .moveDown: return "down (a count repeats)"
        case .moveUp: return "up (a count repeats)"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .goTop: return "go to the top (a count: that line)"
        case .goBottom: return "go to the bottom"
        case .open: return "open the selected entry"
        case .filter: return "filter the list as you type"
        case .sort: return "change the order"
        case .toggleRead: return "mark read or unread"
        case .toggleStar: return "star or unstar"
        case .nextQuote: return "next quotation"
        case .previousQuote: return "previous quotation"
        case .nextClaim: return "next claim"
        case .previousClaim: return "previous claim"
        case .nextMention: return "next mention of the selected source"
        case .previousMention: return "previous mention of the selected source"
        case .gotoSource: return "from a quote or claim to its source"
        case .cycleSourceStatements: return "through the selected source's claims and quotes"
        case .jumpBack: return "back through the jump list"
        case .jumpForward: return "forward through the jump list"
        case .search: return "search in the article"
        case .searchNext: return "next match"
        case .searchPrevious: return "previous match"
        case .openLink: return "open link [count] in the browser"
        case .togglePanel: return "show or hide the side panel"
        case .focusPanel: return "focus the side panel (jump forward when it is hidden)"
        case .speakerProfile: return "everything the selected source said, library-wide"
        case .select: return "start a selection; again: grow it to sentence, paragraph"
        case .extendSelection: return "grow the selection by one word"
        case .annotate: return "save the selection as a highlight with a note"
        case .edit: return "edit the note"
        case .delete: return "delete"
        case .toggleScope: return "this article or all articles"
        }
    }
}
