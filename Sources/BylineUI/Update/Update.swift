import BylineCore
import BylineTerminal

/// The program's logic: how a message changes the state, and what work it asks for.
/// Pure: it performs nothing; the effects it returns are run by the run loop.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
        state.message = nil
        return state.onShownList { handleKey(&$0, key) }
    case .resize(let size):
        state.size = size
        if var reader = state.reader {
            reader.relayout(width: ReaderGeometry(size: size, panelVisible: reader.isPanelVisible).textWidth)
            state.reader = reader
        }
        return state.library.windowEffects(visibleRows: LibraryGeometry.rows(state.size))
            + state.feedItems.windowEffects(visibleRows: LibraryGeometry.rows(state.size))
    case .mouse(let event):
        return state.onShownList { handleMouse(&$0, event) }
    case .libraryLoaded(let page):
        if page.query.scope == .library { state.library.receive(page) } else { state.feedItems.receive(page) }
        return []
    case .articleLoaded(let detail, let focus):
        state.openArticle(detail, focus: focus)
        return state.markArticleRead(detail.id)
    case .quotesFound(let query, let hits):
        guard query == state.quoteSearch.query else { return [] }
        state.quoteSearch.hits = hits
        state.quoteSearch.selected = 0
        return []
    case .speakerLoaded(let profile):
        guard profile.name == state.speaker.name else { return [] }
        state.speaker.profile = profile
        state.speaker.selected = 0
        return []
    case .annotationsLoaded(let articleID, let items):
        state.annotationList.articleID = articleID
        state.annotationList.items = items
        state.annotationList.selected = min(state.annotationList.selected, max(0, items.count - 1))
        return []
    case .annotationSaved(let item):
        state.receiveSaved(item)
        state.sessionAnnotationIDs.insert(item.id)
        state.message = StatusMessage("Annotation saved")
        return []
    case .annotationDeleted(let id):
        state.receiveDeleted(id)
        state.sessionAnnotationIDs.remove(id)
        state.message = StatusMessage("Annotation deleted")
        return []
    case .noteEdited(let note, let purpose):
        guard let note else {
            state.message = StatusMessage("No note written: nothing saved", isError: true)
            return []
        }
        return [.saveAnnotation(purpose.draft(note: note))]
    case .failed(let reason):
        state.message = StatusMessage(reason, isError: true)
        return []
    case .feedsLoaded, .reloadStarted, .feedReloaded, .reloadFinished, .autoReloadDue:
        return state.receiveFeedMessage(msg)
    }
}

extension NotePurpose {
    /// The annotation to save with `note`.
    func draft(note: String) -> AnnotationDraft {
        switch self {
        case .newAnnotation(let articleID, let range, let excerpt):
            return AnnotationDraft(articleID: articleID, range: range, excerpt: excerpt, note: note)
        case .existingAnnotation(let item):
            return AnnotationDraft(id: item.id, articleID: item.articleID, range: item.range ?? TextRange(start: 0, end: 0),
                                   excerpt: item.excerpt, note: note)
        }
    }
}

private func handleKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    if state.prompt != nil { return handlePromptKey(&state, key) }
    if state.isConfirmingQuit { return state.answerQuitConfirmation(key) }
    if let item = state.pendingDeletion {
        state.pendingDeletion = nil
        guard key == .character("y") else {
            state.message = StatusMessage("Kept")
            return []
        }
        return [.deleteAnnotation(id: item.id)]
    }
    if state.screen == .quoteSearch, let effects = state.quoteSearch.typed(key) { return effects }
    if state.pendingKeys.isEmpty, case .character(let character) = key.key, !key.control, !key.alt,
       let digit = character.wholeNumberValue, digit > 0 || state.count != nil {
        state.count = min(99_999, (state.count ?? 0) * 10 + digit)
        return []
    }
    state.pendingKeys.append(key)
    switch state.keymap.resolve(state.pendingKeys, in: state.keyContexts) {
    case .pending:
        return []
    case .unbound:
        state.message = StatusMessage("\(state.pendingKeys.map(\.description).joined()) is not bound here (? for help)", isError: true)
        state.pendingKeys = []
        state.count = nil
        return []
    case .command(let command):
        let count = state.count
        state.pendingKeys = []
        state.count = nil
        return run(command, count: count, in: &state)
    }
}

extension AppState {
    /// The key contexts in force, most specific first.
    var keyContexts: [KeyContext] {
        switch screen {
        case .library, .feedItems: return [.library, .global]
        case .feeds: return [.feeds, .global]
        case .reader: return reader?.isPanelFocused == true ? [.panel, .global] : [.reader, .global]
        case .quoteSearch, .speaker, .annotations, .help: return [.list, .global]
        }
    }
}

/// Runs a command on the current screen.
func run(_ command: Command, count: Int?, in state: inout AppState) -> [Effect] {
    switch command {
    case .quit:
        return state.requestQuit()
    case .help:
        if state.screen != .help { state.screens.append(.help) }
        state.helpTop = 0
        return []
    case .quoteSearch:
        if state.screen != .quoteSearch { state.screens.append(.quoteSearch) }
        return []
    case .annotations:
        let articleID = state.screen == .reader ? state.reader?.detail.id : nil
        state.annotationList = AnnotationListState(articleID: articleID, originArticleID: articleID)
        if state.screen != .annotations { state.screens.append(.annotations) }
        return [.loadAnnotations(articleID: articleID)]
    case .feeds:
        return state.openFeeds()
    case .reloadAll:
        return state.startReload(ids: nil)
    default:
        break
    }
    switch state.screen {
    case .library, .feedItems: return state.runLibrary(command, count: count)
    case .feeds: return state.runFeeds(command, count: count)
    case .reader: return state.runReader(command, count: count)
    case .help: return state.runHelp(command, count: count)
    case .quoteSearch, .speaker, .annotations: return state.runList(command, count: count)
    }
}

extension AppState {
    /// Leaves the current screen; from the last one, quits.
    mutating func goBack() -> [Effect] {
        if screens.count > 1 {
            screens.removeLast()
            return []
        }
        return requestQuit()
    }

    /// Shows an article in the reader, at `focus` when given.
    mutating func openArticle(_ detail: ArticleDetail, focus: TextRange?) {
        let geometry = ReaderGeometry(size: size, panelVisible: reader?.isPanelVisible ?? false)
        var newReader = ReaderState(detail: detail, width: geometry.textWidth)
        newReader.isPanelVisible = reader?.isPanelVisible ?? false
        if let focus {
            let quote = detail.analysis.quotes.firstIndex { $0.range == focus }
            newReader.focus = quote.map(Focus.quote) ?? .passage(focus)
            newReader.scrollToFocus(height: geometry.height)
        }
        reader = newReader
        if screen == .reader {
            return
        }
        screens.removeAll { $0 == .reader }
        screens.append(.reader)
    }

    mutating func receiveSaved(_ item: AnnotationItem) {
        if var current = reader, current.detail.id == item.articleID {
            current.detail.annotations.removeAll { $0.id == item.id }
            current.detail.annotations.append(item)
            current.selection = nil
            current.refreshMarks()
            reader = current
        }
        if let index = annotationList.items.firstIndex(where: { $0.id == item.id }) {
            annotationList.items[index] = item
        } else if annotationList.articleID == nil || annotationList.articleID == item.articleID {
            annotationList.items.append(item)
        }
    }

    mutating func receiveDeleted(_ id: Int64) {
        if var current = reader, current.detail.annotations.contains(where: { $0.id == id }) {
            current.detail.annotations.removeAll { $0.id == id }
            current.refreshMarks()
            reader = current
        }
        annotationList.items.removeAll { $0.id == id }
        annotationList.selected = min(annotationList.selected, max(0, annotationList.items.count - 1))
    }

    mutating func runHelp(_ command: Command, count: Int?) -> [Effect] {
        let step = count ?? 1
        switch command {
        case .back: return goBack()
        case .moveDown: helpTop += step
        case .moveUp: helpTop = max(0, helpTop - step)
        case .pageDown: helpTop += contentHeight
        case .pageUp: helpTop = max(0, helpTop - contentHeight)
        case .goTop: helpTop = 0
        default: break
        }
        return []
    }
}

private func handlePromptKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch key.key {
    case .escape:
        state.prompt = nil
        if prompt.purpose == .libraryFilter { return state.library.setFilter("", rows: LibraryGeometry.rows(state.size)) }
        return []
    case .enter:
        state.prompt = nil
        return state.accept(prompt)
    case .backspace:
        if prompt.text.isEmpty {
            state.prompt = nil
            return []
        }
        prompt.text.removeLast()
    case .character(let character) where key.control && character == "u":
        prompt.text = ""
    case .character(let character) where !key.control && !key.alt:
        guard !character.isNewline, character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return [] }
        prompt.text.append(character)
    default:
        return []
    }
    state.prompt = prompt
    if prompt.purpose == .libraryFilter { return state.library.setFilter(prompt.text, rows: LibraryGeometry.rows(state.size)) }
    return []
}

extension AppState {
    mutating func accept(_ prompt: Prompt) -> [Effect] {
        switch prompt.purpose {
        case .libraryFilter:
            return []
        case .articleSearch:
            guard var current = reader else { return [] }
            current.search(prompt.text, height: ReaderGeometry(size: size, panelVisible: current.isPanelVisible).height)
            if !prompt.text.isEmpty, current.matches.isEmpty { message = StatusMessage("Not found: \(prompt.text)", isError: true) }
            reader = current
            return []
        case .note(let purpose):
            return [.saveAnnotation(purpose.draft(note: prompt.text))]
        }
    }
}
