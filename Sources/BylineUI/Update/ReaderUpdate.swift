import BylineCore

extension AppState {
    mutating func runReader(_ command: Command, count: Int?) -> [Effect] {
        guard var current = reader else { return goBack() }
        let geometry = ReaderGeometry(size: size, panelVisible: current.isPanelVisible)
        let height = geometry.height
        let step = count ?? 1
        var effects: [Effect] = []
        if current.isPanelFocused {
            effects = runPanel(command, count: step, reader: &current, height: height)
            reader = current
            return effects
        }
        switch command {
        case .back:
            if current.selection != nil {
                current.selection = nil
            } else if !current.matches.isEmpty {
                current.matches = []
            } else {
                reader = current
                return goBack()
            }
        case .moveDown: current.scroll(by: step, height: height)
        case .moveUp: current.scroll(by: -step, height: height)
        case .pageDown: current.scroll(by: max(1, height - 2) * step, height: height)
        case .pageUp: current.scroll(by: -max(1, height - 2) * step, height: height)
        case .goTop:
            current.pushJump()
            current.top = count.map { max(0, min($0 - 1, current.layout.lines.count - 1)) } ?? 0
        case .goBottom:
            current.pushJump()
            current.top = max(0, current.layout.lines.count - height)
        case .nextQuote, .previousQuote:
            let forward = command == .nextQuote
            let starts = current.detail.analysis.quotes.map(\.range.start)
            if !current.step(through: starts, forward: forward, count: step, height: height, focus: Focus.quote) {
                message = StatusMessage(starts.isEmpty ? "No quotes found in this article" : "No \(forward ? "further" : "earlier") quote")
            }
        case .nextClaim, .previousClaim:
            let forward = command == .nextClaim
            let starts = current.detail.analysis.claims.map(\.range.start)
            if !current.step(through: starts, forward: forward, count: step, height: height, focus: Focus.claim) {
                message = StatusMessage(starts.isEmpty ? "No claims found in this article" : "No \(forward ? "further" : "earlier") claim")
            }
        case .nextMention, .previousMention:
            guard let source = current.currentSource else {
                message = StatusMessage("Select a source first (a quote, a claim, or one in the panel)")
                break
            }
            let starts = current.detail.analysis.sources[source].mentions.map(\.range.start)
            if !current.step(through: starts, forward: command == .nextMention, count: step, height: height, focus: { .mention(source: source, index: $0) }) {
                message = StatusMessage("No other mention of \(current.detail.analysis.sources[source].name)")
            }
        case .gotoSource:
            message = current.gotoSource(height: height)
        case .cycleSourceStatements:
            message = current.cycleSourceStatements(height: height)
        case .jumpBack:
            if !current.jumpBack(height: height) { message = StatusMessage("At the oldest jump") }
        case .jumpForward, .focusPanel:
            if command == .focusPanel, current.isPanelVisible {
                current.isPanelFocused = true
            } else if !current.jumpForward(height: height) {
                message = StatusMessage("At the newest jump")
            }
        case .search:
            prompt = Prompt(purpose: .articleSearch, text: "")
        case .searchNext, .searchPrevious:
            if current.matches.isEmpty {
                message = StatusMessage("No search (/ to search)")
            } else {
                let starts = current.matches.map(\.start)
                let matches = current.matches
                _ = current.step(through: starts, forward: command == .searchNext, count: step, height: height, wrap: true) { .passage(matches[$0]) }
            }
        case .openLink:
            effects = current.openLink(number: count, message: &message)
        case .togglePanel:
            current.isPanelVisible.toggle()
            current.isPanelFocused = false
            current.relayout(width: ReaderGeometry(size: size, panelVisible: current.isPanelVisible).textWidth)
        case .speakerProfile:
            effects = current.currentSource.map { [openSpeaker(current.detail.analysis.sources[$0].name)] } ?? []
            if effects.isEmpty { message = StatusMessage("Select a source first (a quote, a claim, or one in the panel)") }
        case .select:
            current.growSelection()
        case .extendSelection:
            current.extendSelectionByWord()
        case .annotate:
            guard let range = current.selection?.range ?? current.focus.flatMap({ current.range(of: $0) }) else {
                message = StatusMessage("Press v to select a passage first")
                break
            }
            let purpose = NotePurpose.newAnnotation(articleID: current.detail.id, range: range, excerpt: current.excerpt(range))
            if editorAvailable {
                effects = [.editNote(initial: "", purpose: purpose)]
            } else {
                prompt = Prompt(purpose: .note(purpose), text: "")
            }
        default:
            break
        }
        reader = current
        return effects
    }

    private mutating func runPanel(_ command: Command, count: Int, reader current: inout ReaderState, height: Int) -> [Effect] {
        let entries = current.panelEntries
        switch command {
        case .back, .focusPanel: current.isPanelFocused = false
        case .moveDown: current.panelIndex = min(max(0, entries.count - 1), current.panelIndex + count)
        case .moveUp: current.panelIndex = max(0, current.panelIndex - count)
        case .goTop: current.panelIndex = 0
        case .goBottom: current.panelIndex = max(0, entries.count - 1)
        case .open:
            guard entries.indices.contains(current.panelIndex) else { break }
            current.pushJump()
            switch entries[current.panelIndex] {
            case .source(let source):
                current.selectedSource = source
                current.focus = current.detail.analysis.sources[source].mentions.isEmpty ? nil : .mention(source: source, index: 0)
            case .claim(let claim):
                current.focus = .claim(claim)
            case .annotation(let index):
                current.focus = current.detail.annotations[index].range.map(Focus.passage)
            }
            current.scrollToFocus(height: height)
            current.isPanelFocused = false
        case .speakerProfile:
            if entries.indices.contains(current.panelIndex), case .source(let source) = entries[current.panelIndex] {
                return [openSpeaker(current.detail.analysis.sources[source].name)]
            }
        default: break
        }
        if entries.indices.contains(current.panelIndex), case .source(let source) = entries[current.panelIndex] {
            current.selectedSource = source
        }
        return []
    }

    /// Opens the speaker screen for `name` and asks for the profile.
    mutating func openSpeaker(_ name: String) -> Effect {
        speaker = SpeakerState(name: name)
        if screen != .speaker { screens.append(.speaker) }
        return .loadSpeaker(name: name)
    }
}

extension ReaderState {
    /// Scrolls by `delta` lines, keeping the view inside the article.
    mutating func scroll(by delta: Int, height: Int) {
        top = max(0, min(top + delta, layout.lines.count - height))
        top = max(0, top)
    }

    /// Scrolls so the focused passage is on screen (a third of the way down when it was not).
    mutating func scrollToFocus(height: Int) {
        guard let range = focus.flatMap({ range(of: $0) }) else { return }
        let line = layout.line(containing: range.start)
        if line < top || line >= top + height {
            top = max(0, min(line - height / 3, layout.lines.count - height))
        }
    }

    /// Records the current place before a jump.
    mutating func pushJump() {
        jumps = Array(jumps.prefix(jumpIndex)) + [position]
        jumpIndex = jumps.count
    }

    mutating func jumpBack(height: Int) -> Bool {
        guard jumpIndex > 0 else { return false }
        if jumpIndex == jumps.count { jumps.append(position) }
        jumpIndex -= 1
        restore(jumps[jumpIndex], height: height)
        return true
    }

    mutating func jumpForward(height: Int) -> Bool {
        guard jumpIndex + 1 < jumps.count else { return false }
        jumpIndex += 1
        restore(jumps[jumpIndex], height: height)
        return true
    }

    private mutating func restore(_ position: ReadingPosition, height: Int) {
        focus = position.focus
        top = layout.line(containing: position.topOffset)
        scrollToFocus(height: height)
    }

    /// Moves the focus `count` items forward or back among items starting at `starts`
    /// (sorted), from the current focus or the top of the screen. Returns false when there
    /// is no such item.
    mutating func step(through starts: [Int], forward: Bool, count: Int, height: Int, wrap: Bool = false, focus make: (Int) -> Focus) -> Bool {
        guard !starts.isEmpty else { return false }
        let anchor = self.anchor
        let hasFocus = focus != nil
        var index: Int
        if forward {
            let after = starts.firstIndex { hasFocus ? $0 > anchor : $0 >= anchor }
            guard let first = after ?? (wrap ? 0 : nil) else { return false }
            index = min(first + count - 1, starts.count - 1)
        } else {
            let before = starts.lastIndex { $0 < anchor }
            guard let last = before ?? (wrap ? starts.count - 1 : nil) else { return false }
            index = max(last - count + 1, 0)
        }
        pushJump()
        focus = make(index)
        scrollToFocus(height: height)
        return true
    }

    /// `gs`: from the focused quote or claim to its source's first mention.
    mutating func gotoSource(height: Int) -> StatusMessage? {
        let sourceIndex: Int?
        switch focus {
        case .quote(let index): sourceIndex = detail.analysis.quotes[index].sourceIndex
        case .claim(let index): sourceIndex = detail.analysis.claims[index].sourceIndex
        case .mention(let source, _): sourceIndex = source
        default: return StatusMessage("Go to a quote or a claim first (]q, ]c)")
        }
        guard let sourceIndex, detail.analysis.sources.indices.contains(sourceIndex) else {
            return StatusMessage("No source found for this passage")
        }
        let source = detail.analysis.sources[sourceIndex]
        selectedSource = sourceIndex
        pushJump()
        if !source.mentions.isEmpty {
            focus = .mention(source: sourceIndex, index: 0)
            scrollToFocus(height: height)
        }
        if let entry = panelEntries.firstIndex(of: .source(sourceIndex)) { panelIndex = entry }
        return StatusMessage(SourceDescription.line(source, quotes: quoteCounts[sourceIndex]))
    }

    /// `gc`: the selected source's next claim or quote, in text order, round and round.
    mutating func cycleSourceStatements(height: Int) -> StatusMessage? {
        guard let source = currentSource else { return StatusMessage("Select a source first (gs from a quote, or the panel)") }
        let analysis = detail.analysis
        var statements: [(start: Int, focus: Focus)] = []
        for (index, quote) in analysis.quotes.enumerated() where quote.sourceIndex == source { statements.append((quote.range.start, .quote(index))) }
        for (index, claim) in analysis.claims.enumerated() where claim.sourceIndex == source { statements.append((claim.range.start, .claim(index))) }
        statements.sort { $0.start < $1.start }
        guard !statements.isEmpty else { return StatusMessage("\(analysis.sources[source].name) makes no quote or claim here") }
        let next: (start: Int, focus: Focus)
        if let current = statements.firstIndex(where: { $0.focus == focus }) {
            next = statements[(current + 1) % statements.count]
        } else {
            let anchor = self.anchor
            next = statements.first { focus == nil ? $0.start >= anchor : $0.start > anchor } ?? statements[0]
        }
        pushJump()
        selectedSource = source
        focus = next.focus
        scrollToFocus(height: height)
        return nil
    }

    /// `o`: the link numbered `number`, or the one the focus is in. A target that is not an
    /// openable link (`OpenableLink`) is shown on the status line instead.
    func openLink(number: Int?, message: inout StatusMessage?) -> [Effect] {
        let links = layout.links
        let url: String
        if let number {
            guard links.indices.contains(number - 1) else {
                message = StatusMessage("No link [\(number)]: this article has \(links.count)", isError: true)
                return []
            }
            url = links[number - 1].url
        } else if let range = focus.flatMap({ self.range(of: $0) }), let link = links.first(where: { $0.range.overlaps(range) }) {
            url = link.url
        } else {
            message = StatusMessage(links.isEmpty ? "This article has no links" : "Type the link's number, then o")
            return []
        }
        guard OpenableLink.isOpenable(url) else {
            message = StatusMessage(OpenableLink.refusal(url), isError: true)
            return []
        }
        return [.openURL(url)]
    }

    /// Searches the article for `query` (case-insensitive) and moves to the first match after the anchor.
    mutating func search(_ query: String, height: Int) {
        searchQuery = query
        matches = TextSearch.matches(of: query, in: scalars)
        guard !matches.isEmpty else { return }
        let all = matches
        _ = step(through: all.map(\.start), forward: true, count: 1, height: height, wrap: true) { .passage(all[$0]) }
    }
}
