import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

/// The feeds screen, the lists it opens and the background reload, driven through `update`
/// with invented subscriptions, and rendered into a grid.
@Suite struct FeedsScreenTests {
    static let wire = FeedSummary(id: 7, title: "Kestrel Wire", tags: ["local", "sea"], unreadCount: 3, articleCount: 12,
                                  lastUpdate: "2026-12-01 08:30")
    static let gazette = FeedSummary(id: 9, title: "Dunmore Gazette", tags: ["local"], unreadCount: 0, articleCount: 4,
                                     lastUpdate: "2026-11-20 17:05", failure: "HTTP 503: the server did not answer")
    static let overview = FeedOverview(feeds: [wire, gazette], newItemCount: 3)

    /// A state on the feeds screen with `overview` loaded, and the effects that got it there.
    static func onFeedsScreen(size: Size = Size(width: 72, height: 10)) -> (AppState, [Effect]) {
        var state = AppState(size: size)
        let effects = press("F", &state)
        _ = update(&state, .feedsLoaded(overview))
        return (state, effects)
    }

    @discardableResult
    static func press(_ notation: String, _ state: inout AppState) -> [Effect] {
        KeyPress.sequence(notation)!.flatMap { update(&state, .key($0)) }
    }

    static func render(_ state: AppState) -> [String] {
        Renderer(theme: BuiltinTheme.theme).render(state).lines
    }

    @Test func fOpensTheFeedsScreenFromTheLibraryAndHelpNamesItsKeys() {
        let (state, effects) = Self.onFeedsScreen()
        #expect(state.screens == [.library, .feeds])
        #expect(effects == [.loadFeeds])
        let help = HelpView.lines(for: state.keymap)
        #expect(help.contains { $0.keys == "F" && $0.text == Command.feeds.summary })
        #expect(help.contains { $0.keys == "R" && $0.text == Command.reloadAll.summary })
        #expect(help.contains { $0.keys == "r" && $0.text == Command.reloadFeed.summary })
        #expect(help.contains { $0.heading && $0.text == "Feeds" })
    }

    @Test func theFeedsScreenShowsNewItemsTagsAndFeedsWithCountsDatesAndAFailureMark() {
        let (state, _) = Self.onFeedsScreen()
        #expect(Self.render(state) == [
            " Feeds · 2 subscriptions · 3 new                                        ",
            " ✦   New items in every feed                                      3 new ",
            " #   local · 2 feeds                                              3 new ",
            " #   sea · 1 feed                                                 3 new ",
            " ●   Kestrel Wire  #local #sea             2026-12-01 08:30        3/12 ",
            " !   Dunmore Gazette  #local               2026-11-20 17:05         0/4 ",
            "                                                                        ",
            "                                                                        ",
            "                                                                        ",
            " Feeds · Enter lists the items · r reloads this feed · R every … ? help ",
        ])
    }

    @Test func aFailedFeedIsMarkedAndItsErrorShowsOnTheStatusLineWhenSelected() {
        var (state, _) = Self.onFeedsScreen()
        Self.press("G", &state)
        let frame = Renderer(theme: BuiltinTheme.theme).render(state)
        #expect(frame.lines[5].hasPrefix(" !   Dunmore Gazette"))
        #expect(frame.lines[9].contains("Last reload failed: HTTP 503: the server did not answer"))
        #expect(frame[1, 5].style.foreground == BuiltinTheme.theme.style("ui.status.error").foreground, "the mark stands out as an error")
        #expect(frame[2, 9].style == BuiltinTheme.theme.style("ui.status.error"))
        Self.press("k", &state)
        #expect(!Self.render(state)[9].contains("Last reload failed"), "a feed that reloads well shows no error")
    }

    @Test func enterOpensTheFeedsItemsAsALibraryListOfTheirOwn() {
        var (state, _) = Self.onFeedsScreen()
        let libraryBefore = state.library
        Self.press("4G", &state)
        let effects = Self.press("<Enter>", &state)
        let query = LibraryQuery(scope: .feed(id: 7, title: "Kestrel Wire"))
        #expect(effects == [.loadLibrary(query)])
        #expect(state.screen == .feedItems)
        let items = [ArticleSummary(id: 31, title: "Ferry crossing cut", site: "Kestrel Wire", published: "2026-12-01",
                                    quoteCount: 4, expertCount: 1, topSpeaker: "Hana Brook")]
        _ = update(&state, .libraryLoaded(LibraryPage(query: query, total: 1, items: items)))
        #expect(state.library == libraryBefore, "the library's own list is left as it was")
        let lines = Self.render(state)
        #expect(lines[0] == " Feed: Kestrel Wire · 1 article                                         ")
        #expect(lines[1] == " ●   Ferry crossing cut                  » Hana Brook 2026-12-01  4q 1e ")
        // The library's keys work on this list: the filter asks for the feed's items only.
        #expect(Self.press("/", &state).isEmpty)
        let filtered = Self.press("f", &state)
        #expect(filtered == [.loadLibrary(LibraryQuery(filter: "f", scope: .feed(id: 7, title: "Kestrel Wire")))])
        Self.press("<Enter>", &state)
        #expect(state.library == libraryBefore)
        // q clears the filter first, then goes back to the feeds.
        #expect(Self.press("q", &state) == [.loadLibrary(query)])
        #expect(state.screen == .feedItems)
        #expect(state.message?.text == "Filter cleared (q again goes back)")
        Self.press("q", &state)
        #expect(state.screen == .feeds)
    }

    @Test func theNewItemsRowAndTagRowsOpenQueryLists() {
        var (state, _) = Self.onFeedsScreen()
        #expect(Self.press("<Enter>", &state) == [.loadLibrary(LibraryQuery(scope: .newItems))])
        Self.press("q", &state)
        Self.press("j", &state)
        #expect(Self.press("<Enter>", &state) == [.loadLibrary(LibraryQuery(scope: .tag("local")))])
        _ = update(&state, .libraryLoaded(LibraryPage(query: LibraryQuery(scope: .tag("local")), total: 0, items: [])))
        #expect(Self.render(state)[0].hasPrefix(" Tag: local · 0 articles"))
        #expect(Self.render(state)[2].hasPrefix("  No items here yet: R reloads every feed"))
    }

    @Test func reloadsAskForTheRowsFeedsAndShowProgressOnTheStatusLine() {
        var (state, _) = Self.onFeedsScreen(size: Size(width: 90, height: 10))
        #expect(Self.press("r", &state) == [.reloadFeeds(ids: nil)], "the new items row reloads every feed")
        Self.press("j", &state)
        #expect(Self.press("r", &state) == [.reloadFeeds(ids: [7, 9])], "a tag reloads its feeds")
        Self.press("G", &state)
        #expect(Self.press("r", &state) == [.reloadFeeds(ids: [9])])
        _ = update(&state, .reloadStarted(total: 2))
        #expect(Self.render(state)[9].hasSuffix("Reloading 0/2 feeds · 0 new  ? help "))
        #expect(Self.press("R", &state).isEmpty, "one reload at a time")
        #expect(state.message?.text == "A reload is already running (0/2 feeds)")
        Self.press("k", &state)
        _ = update(&state, .feedReloaded(FeedReloadOutcome(feedID: 7, newItems: 2)))
        _ = update(&state, .feedReloaded(FeedReloadOutcome(feedID: 9, newItems: 0, failure: "HTTP 503")))
        #expect(Self.render(state)[9].hasSuffix("Reloading 2/2 feeds · 2 new · 1 failed  ? help "))
        _ = update(&state, .reloadFinished(cancelled: false))
        #expect(state.feeds.reload == nil)
        #expect(state.message == StatusMessage("Reloaded 2 feeds: 2 new items, 1 failed (marked ! on the feeds screen)", isError: true))
    }

    @Test func newItemsStoredDuringAReloadReloadTheListsShown() {
        var (state, _) = Self.onFeedsScreen()
        let libraryPage = LibraryPage(query: LibraryQuery(), total: 0, items: [])
        _ = update(&state, .libraryLoaded(libraryPage))
        Self.press("4G", &state)
        let feedQuery = LibraryQuery(scope: .feed(id: 7, title: "Kestrel Wire"))
        Self.press("<Enter>", &state)
        _ = update(&state, .libraryLoaded(LibraryPage(query: feedQuery, total: 0, items: [])))
        _ = update(&state, .reloadStarted(total: 2))
        #expect(update(&state, .feedReloaded(FeedReloadOutcome(feedID: 3, newItems: 0))).isEmpty, "nothing new, nothing to load")
        #expect(update(&state, .feedReloaded(FeedReloadOutcome(feedID: 7, newItems: 2))) == [.loadLibrary(feedQuery)], "the list shown")
        #expect(update(&state, .reloadFinished(cancelled: false)) == [.loadFeeds, .loadLibrary(LibraryQuery()), .loadLibrary(feedQuery)],
                "at the end, every list")
    }

    @Test func anAutomaticReloadStartsOnlyWhenNoneRuns() {
        var state = AppState(size: Size(width: 72, height: 10))
        #expect(update(&state, .autoReloadDue) == [.reloadFeeds(ids: nil)])
        _ = update(&state, .reloadStarted(total: 3))
        #expect(update(&state, .autoReloadDue).isEmpty)
    }

    @Test func readingAnItemCountsItReadInItsFeedsWithoutAQuery() {
        var (state, _) = Self.onFeedsScreen()
        Self.press("<Enter>", &state)
        let items = [ArticleSummary(id: 1, title: "Bridge vote", feedIDs: [7, 9]), ArticleSummary(id: 2, title: "Tide tables", feedIDs: [7])]
        _ = update(&state, .libraryLoaded(LibraryPage(query: LibraryQuery(scope: .newItems), total: 2, items: items)))
        #expect(update(&state, .articleLoaded(Fixture.detail, focus: nil)) == [.setRead(id: 1, true)])
        #expect(state.feeds.overview?.feeds.map(\.unreadCount) == [2, 0])
        #expect(state.feeds.overview?.newItemCount == 2)
        Self.press("q", &state)
        Self.press("j", &state)
        #expect(Self.press("r", &state) == [.setRead(id: 2, true)], "r in the list marks the second read")
        #expect(state.feeds.overview?.feeds.map(\.unreadCount) == [1, 0])
        Self.press("r", &state)
        #expect(state.feeds.overview?.feeds.map(\.unreadCount) == [2, 0], "and unread again")
        #expect(state.feeds.entries.first == .newItems(count: 2))
    }

    @Test func theRunLoopHandlesMailFromTheBackgroundAndLoadsEachListOnce() {
        final class Recorder: LibraryExecutor {
            var effects: [Effect] = []
            func perform(_ effect: Effect) -> [Msg] {
                effects.append(effect)
                return effect == .loadFeeds ? [.feedsLoaded(FeedsScreenTests.overview)] : []
            }
        }
        let recorder = Recorder()
        let mailbox = Mailbox()
        let program = Program(state: AppState(size: Size(width: 72, height: 10)), backend: TestBackend(size: Size(width: 72, height: 10)),
                              renderer: Renderer(theme: BuiltinTheme.theme), library: recorder, external: NoExternal(), mailbox: mailbox)
        program.send(.key(.character("F")))
        program.send(.reloadStarted(total: 2))
        recorder.effects = []
        mailbox.post(.feedReloaded(FeedReloadOutcome(feedID: 7, newItems: 1)))
        mailbox.post(.feedReloaded(FeedReloadOutcome(feedID: 9, newItems: 4)))
        #expect(program.receiveMail())
        #expect(recorder.effects == [.loadFeeds], "two feeds' news, one load")
        #expect(program.state.feeds.reload?.newItems == 5)
        #expect(!program.receiveMail(), "the mailbox is empty once read")
    }
}

private final class NoExternal: ExternalActions {
    func open(url: String) -> String? { nil }
    func editNote(_ initial: String) -> String? { nil }
}

@Suite struct ReloadProgressTests {
    @Test func aLongReloadLoadsTheListsAgainOncePerTenthOfItsFeeds() {
        var progress = ReloadProgress(total: 30)
        let refreshes = (0..<30).map { feed in progress.receive(FeedReloadOutcome(feedID: Int64(feed), newItems: feed % 2)) }
        #expect(refreshes.filter { $0 }.count == 10)
        #expect(progress.newItems == 15)
        var quiet = ReloadProgress(total: 30)
        #expect((0..<30).allSatisfy { !quiet.receive(FeedReloadOutcome(feedID: Int64($0), newItems: 0)) }, "nothing new, nothing to load")
    }
}
