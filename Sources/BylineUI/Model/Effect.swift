import BylineCore

/// Work `update` asks the run loop to do. Effects are values: the run loop performs them and
/// answers with a `Msg`; `update` itself never loads, saves or starts anything.
public enum Effect: Hashable, Sendable {
    /// Load a window of the library list; answered by `.libraryLoaded`.
    case loadLibrary(LibraryQuery)
    /// Load an article with its analysis and annotations; answered by `.articleLoaded`
    /// (the reader then moves to `focus` when given).
    case loadArticle(id: Int64, focus: TextRange?)
    /// Mark an article read or unread.
    case setRead(id: Int64, Bool)
    /// Star or unstar an article.
    case setStarred(id: Int64, Bool)
    /// Search every quote in the library; answered by `.quotesFound`.
    case searchQuotes(String)
    /// Load everything one source said; answered by `.speakerLoaded`.
    case loadSpeaker(name: String)
    /// Load the annotations of one article, or of all when `nil`; answered by `.annotationsLoaded`.
    case loadAnnotations(articleID: Int64?)
    /// Save a highlight; answered by `.annotationSaved`.
    case saveAnnotation(AnnotationDraft)
    /// Delete a highlight; answered by `.annotationDeleted`.
    case deleteAnnotation(id: Int64)
    /// Let the user write a note in their editor; answered by `.noteEdited`.
    case editNote(initial: String, purpose: NotePurpose)
    /// Load the subscriptions with their counts; answered by `.feedsLoaded`.
    case loadFeeds
    /// Reload these feeds, or all when `nil`, in the background; answered by `.reloadStarted`,
    /// then (from the background) a `.feedReloaded` per feed and `.reloadFinished`.
    case reloadFeeds(ids: [Int64]?)
    /// Open a URL in the browser (`$BROWSER` or `xdg-open`, the URL passed as an argument).
    case openURL(String)
    /// Leave the program.
    case quit
}

/// What a note being written is for.
public enum NotePurpose: Hashable, Sendable {
    /// A new highlight of `range` in article `articleID`.
    case newAnnotation(articleID: Int64, range: TextRange, excerpt: String)
    /// The changed note of an existing highlight.
    case existingAnnotation(AnnotationItem)
}
