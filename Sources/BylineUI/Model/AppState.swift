import BylineCore
import BylineTerminal

/// The screens of the program. They stack: `back` returns to the one below.
public enum Screen: Hashable, Sendable {
    case library, reader, quoteSearch, speaker, annotations, help
    /// The subscriptions, tags and new items.
    case feeds
    /// The items of a feed, a tag or all new items: a library list of its own.
    case feedItems
}

/// Everything the program shows and remembers, as a value. Only `update` changes it.
public struct AppState: Hashable, Sendable {
    /// The terminal's size.
    public var size: Size
    /// The live key bindings.
    public var keymap: Keymap
    /// Whether notes are written in `$VISUAL`/`$EDITOR` (otherwise in an inline prompt).
    public var editorAvailable: Bool
    /// The screen stack; the last is shown.
    public var screens: [Screen] = [.library]
    /// The library list.
    public var library = LibraryState()
    /// The feeds screen.
    public var feeds = FeedsState()
    /// The list of a feed's (a tag's, the new) items opened from the feeds screen.
    public var feedItems = LibraryState()
    /// Minutes between automatic reloads of every feed (`reload_every`); `nil`: never.
    public var autoReloadMinutes: Int?
    /// Whether the first screen starts a reload of every feed (the demo's sample feed).
    public var reloadsAtStart = false
    /// The article being read, if any.
    public var reader: ReaderState?
    /// The quote search screen.
    public var quoteSearch = QuoteSearchState()
    /// The speaker screen.
    public var speaker = SpeakerState()
    /// The annotations screen.
    public var annotationList = AnnotationListState()
    /// The first help line shown.
    public var helpTop = 0
    /// The input line, when one is open.
    public var prompt: Prompt?
    /// The message on the status line, until the next key.
    public var message: StatusMessage?
    /// Keys of a sequence typed so far (`g` of `gs`).
    public var pendingKeys: [KeyPress] = []
    /// The count typed before a command, if any.
    public var count: Int?
    /// An annotation waiting for `y` to be deleted.
    public var pendingDeletion: AnnotationItem?
    /// Set when the program should end.
    public var isQuitting = false
    /// Whether the library goes away when the program ends (`byline demo`): quitting then
    /// asks first when annotations were made in the session.
    public var isLibraryTemporary = false
    /// The annotations saved in this session (and not deleted since).
    public var sessionAnnotationIDs: Set<Int64> = []
    /// Set while quitting waits for `y`.
    public var isConfirmingQuit = false

    /// A fresh state; `notices` (configuration problems) are shown on the status line.
    public init(size: Size, keymap: Keymap = .defaults, editorAvailable: Bool = false, notices: [String] = []) {
        self.size = size
        self.keymap = keymap
        self.editorAvailable = editorAvailable
        if !notices.isEmpty { message = StatusMessage(notices.joined(separator: "; "), isError: true) }
    }

    /// The screen shown.
    public var screen: Screen { screens.last ?? .library }

    /// The effects that fill the first screen.
    public var startEffects: [Effect] { [.loadLibrary(library.query)] + (reloadsAtStart ? [.reloadFeeds(ids: nil)] : []) }

    /// Rows available to a screen's content (all but the status line).
    var contentHeight: Int { max(1, size.height - 1) }
}

/// A line on the status bar.
public struct StatusMessage: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Whether it reports a problem.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// An open input line.
public struct Prompt: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
        case libraryFilter
        case articleSearch
        case note(NotePurpose)
    }

    /// What the input is for.
    public var purpose: Purpose
    /// The text.
    public var text: String

    /// The label before the input.
    var label: String {
        switch purpose {
        case .libraryFilter: return "filter: "
        case .articleSearch: return "/"
        case .note: return "note: "
        }
    }
}

/// The library list.
public struct LibraryState: Hashable, Sendable {
    /// The filter and order asked for, and the window wanted.
    public var query = LibraryQuery()
    /// The window last loaded.
    public var page: LibraryPage?
    /// The selected row (in the whole list).
    public var selected = 0
    /// The first row shown.
    public var top = 0

    /// The rows in the whole list (0 before the first page arrives).
    public var total: Int { page?.total ?? 0 }

    /// The row at `index` of the whole list, when it is in the loaded window.
    public func item(at index: Int) -> ArticleSummary? {
        guard let page else { return nil }
        let local = index - page.query.offset
        return page.items.indices.contains(local) ? page.items[local] : nil
    }

    /// Whether the library is empty (not just filtered empty): the welcome screen shows.
    public var isEmptyLibrary: Bool { page != nil && total == 0 && query.filter.isEmpty && query.scope == .library }
}

/// The quote search screen: the query as typed and the results for it.
public struct QuoteSearchState: Hashable, Sendable {
    /// The words typed.
    public var query = ""
    /// The quotes found for `query`.
    public var hits: [QuoteHit] = []
    /// The selected entry.
    public var selected = 0
}

/// The speaker screen.
public struct SpeakerState: Hashable, Sendable {
    /// The name asked for.
    public var name = ""
    /// The profile, once loaded.
    public var profile: SpeakerProfile?
    /// The selected entry.
    public var selected = 0
}

/// The annotations screen.
public struct AnnotationListState: Hashable, Sendable {
    /// The article whose annotations are listed, or `nil` for all.
    public var articleID: Int64?
    /// The article the list was opened from (for toggling between it and all).
    public var originArticleID: Int64?
    /// The annotations listed.
    public var items: [AnnotationItem] = []
    /// The selected entry.
    public var selected = 0
}
