import BylineCore
import BylineTerminal

/// Everything that can happen to the program: input, and the answers to effects.
public enum Msg: Hashable, Sendable {
    case key(KeyPress)
    case resize(Size)
    case mouse(MouseEvent)
    case libraryLoaded(LibraryPage)
    case articleLoaded(ArticleDetail, focus: TextRange?)
    case quotesFound(query: String, [QuoteHit])
    case speakerLoaded(SpeakerProfile)
    case annotationsLoaded(articleID: Int64?, [AnnotationItem])
    case annotationSaved(AnnotationItem)
    case annotationDeleted(id: Int64)
    /// The note written in the editor, or `nil` when the user left it empty or the editor failed.
    case noteEdited(String?, purpose: NotePurpose)
    /// An effect failed; the message is shown on the status line.
    case failed(String)
    /// The subscriptions and their counts, for the feeds screen.
    case feedsLoaded(FeedOverview)
    /// A reload of `total` feeds began in the background.
    case reloadStarted(total: Int)
    /// One feed of the reload under way is done (its new items stored).
    case feedReloaded(FeedReloadOutcome)
    /// The reload under way ended: every feed done, or cancelled.
    case reloadFinished(cancelled: Bool)
    /// The time for an automatic reload came (`reload_every`).
    case autoReloadDue

    /// The message an input event becomes.
    public init(_ event: InputEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .resize(let size): self = .resize(size)
        case .mouse(let mouse): self = .mouse(mouse)
        }
    }
}
