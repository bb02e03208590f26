import Foundation
import BylineTerminal

extension QuoteSearchState {
    /// Handles a key typed into the search line: characters and Backspace change the query
    /// (answering with a new search), other keys are left to the key map (`nil`).
    mutating func typed(_ key: KeyPress) -> [Effect]? {
        switch key.key {
        case .character(let character) where !key.control && !key.alt:
            guard character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return [] }
            query.append(character)
        case .backspace:
            guard !query.isEmpty else { return [] }
            query.removeLast()
        case .character("u") where key.control:
            query = ""
        default:
            return nil
        }
        selected = 0
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            hits = []
            return []
        }
        return [.searchQuotes(query)]
    }
}

extension AppState {
    /// Commands of the list screens: quote search, speaker and annotations.
    mutating func runList(_ command: Command, count: Int?) -> [Effect] {
        let step = count ?? 1
        let rows = max(1, contentHeight - 2)
        if command == .back { return goBack() }
        if let move = listMove(command, step: step, rows: rows) {
            switch screen {
            case .quoteSearch: quoteSearch.selected = Self.clamp(quoteSearch.selected, move, quoteSearch.hits.count)
            case .speaker: speaker.selected = Self.clamp(speaker.selected, move, speaker.profile?.quotes.count ?? 0)
            default: annotationList.selected = Self.clamp(annotationList.selected, move, annotationList.items.count)
            }
            return []
        }
        switch (screen, command) {
        case (.quoteSearch, .open):
            guard quoteSearch.hits.indices.contains(quoteSearch.selected) else { return [] }
            let hit = quoteSearch.hits[quoteSearch.selected]
            return [.loadArticle(id: hit.articleID, focus: hit.range)]
        case (.quoteSearch, .speakerProfile):
            guard quoteSearch.hits.indices.contains(quoteSearch.selected), let name = quoteSearch.hits[quoteSearch.selected].speaker else { return [] }
            return [openSpeaker(name)]
        case (.speaker, .open):
            guard let quotes = speaker.profile?.quotes, quotes.indices.contains(speaker.selected) else { return [] }
            return [.loadArticle(id: quotes[speaker.selected].articleID, focus: quotes[speaker.selected].range)]
        case (.annotations, .open):
            guard let item = selectedAnnotation else { return [] }
            return [.loadArticle(id: item.articleID, focus: item.range)]
        case (.annotations, .edit):
            guard let item = selectedAnnotation else { return [] }
            if editorAvailable { return [.editNote(initial: item.note, purpose: .existingAnnotation(item))] }
            prompt = Prompt(purpose: .note(.existingAnnotation(item)), text: item.note)
            return []
        case (.annotations, .delete):
            guard let item = selectedAnnotation else { return [] }
            pendingDeletion = item
            message = StatusMessage("Delete this annotation? y to delete, any other key to keep")
            return []
        case (.annotations, .toggleScope):
            let next = annotationList.articleID == nil ? annotationList.originArticleID : nil
            if next == nil, annotationList.articleID == nil {
                message = StatusMessage("Open an article first to list only its annotations")
                return []
            }
            annotationList.articleID = next
            annotationList.selected = 0
            return [.loadAnnotations(articleID: next)]
        default:
            return []
        }
    }

    private var selectedAnnotation: AnnotationItem? {
        annotationList.items.indices.contains(annotationList.selected) ? annotationList.items[annotationList.selected] : nil
    }

    /// How far a movement command moves a list selection, or `nil` for other commands.
    private func listMove(_ command: Command, step: Int, rows: Int) -> Int? {
        switch command {
        case .moveDown: return step
        case .moveUp: return -step
        case .pageDown: return rows * step
        case .pageUp: return -rows * step
        case .goTop: return Int.min / 2
        case .goBottom: return Int.max / 2
        default: return nil
        }
    }

    private static func clamp(_ value: Int, _ move: Int, _ count: Int) -> Int {
        max(0, min(count - 1, value + move))
    }
}
