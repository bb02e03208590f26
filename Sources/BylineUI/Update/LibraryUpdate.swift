extension LibraryState {
    /// How many rows a page holds.
    static let pageSize = 200

    /// Takes in a loaded page, unless it answers an outdated filter or order.
    mutating func receive(_ page: LibraryPage) {
        guard page.query.filter == query.filter, page.query.sort == query.sort, page.query.scope == query.scope else { return }
        self.page = page
        selected = min(selected, max(0, page.total - 1))
    }

    /// Whether a filter narrows the list (`back` then clears it rather than quitting).
    var isFiltered: Bool { !query.filter.isEmpty }

    /// Changes the filter and asks for the first page.
    mutating func setFilter(_ filter: String, rows: Int) -> [Effect] {
        guard filter != query.filter else { return [] }
        query.filter = filter
        query.offset = 0
        selected = 0
        top = 0
        return [.loadLibrary(query)]
    }

    /// Moves the selection to `index` (clamped), scrolls it into view, and asks for the page
    /// around it when it lies outside the loaded one.
    mutating func select(_ index: Int, rows: Int) -> [Effect] {
        selected = max(0, min(index, total - 1))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return windowEffects(visibleRows: rows)
    }

    /// A page load when the visible rows are not all in the loaded window.
    func windowEffects(visibleRows rows: Int) -> [Effect] {
        guard let page, total > 0 else { return [] }
        let loaded = page.query.offset..<(page.query.offset + page.items.count)
        let wanted = top..<min(total, top + rows)
        guard !wanted.isEmpty, !(loaded.contains(wanted.lowerBound) && loaded.contains(wanted.upperBound - 1)) else { return [] }
        var next = query
        next.offset = max(0, top - Self.pageSize / 4)
        next.limit = Self.pageSize
        return [.loadLibrary(next)]
    }

    /// Marks an opened article read in the list, and asks for it to be saved.
    mutating func markRead(_ id: Int64) -> [Effect] {
        guard let index = page?.items.firstIndex(where: { $0.id == id }) else { return [.setRead(id: id, true)] }
        guard page?.items[index].isRead == false else { return [] }
        page?.items[index].isRead = true
        return [.setRead(id: id, true)]
    }
}

extension AppState {
    mutating func runLibrary(_ command: Command, count: Int?) -> [Effect] {
        let rows = LibraryGeometry.rows(size)
        let step = count ?? 1
        switch command {
        case .back:
            guard library.isFiltered else { return goBack() }
            message = StatusMessage("Filter cleared (q again \(screens.count > 1 ? "goes back" : "quits"))")
            return library.setFilter("", rows: rows)
        case .moveDown: return library.select(library.selected + step, rows: rows)
        case .moveUp: return library.select(library.selected - step, rows: rows)
        case .pageDown: return library.select(library.selected + rows * step, rows: rows)
        case .pageUp: return library.select(library.selected - rows * step, rows: rows)
        case .goTop: return library.select((count ?? 1) - 1, rows: rows)
        case .goBottom: return library.select(count.map { $0 - 1 } ?? library.total - 1, rows: rows)
        case .open:
            guard let item = library.item(at: library.selected) else { return [] }
            return [.loadArticle(id: item.id, focus: nil)]
        case .filter:
            prompt = Prompt(purpose: .libraryFilter, text: library.query.filter)
            return []
        case .sort:
            library.query.sort = library.query.sort.next
            library.query.offset = 0
            library.selected = 0
            library.top = 0
            message = StatusMessage("Sorted by \(library.query.sort.rawValue)")
            return [.loadLibrary(library.query)]
        case .toggleRead:
            return toggleLibraryItem(\.isRead) { .setRead(id: $0, $1) }
        case .toggleStar:
            return toggleLibraryItem(\.isStarred) { .setStarred(id: $0, $1) }
        default:
            return []
        }
    }

    private mutating func toggleLibraryItem(_ flag: WritableKeyPath<ArticleSummary, Bool>, effect: (Int64, Bool) -> Effect) -> [Effect] {
        guard let page = library.page else { return [] }
        let local = library.selected - page.query.offset
        guard page.items.indices.contains(local) else { return [] }
        library.page?.items[local][keyPath: flag].toggle()
        let item = library.page!.items[local]
        return [effect(item.id, item[keyPath: flag])]
    }
}
