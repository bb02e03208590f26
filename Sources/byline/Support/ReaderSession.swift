import BylineApp
import BylineCurses
import BylineStore
import BylineTerminal
import BylineUI
import Foundation

/// Everything the terminal reader needs before it starts: the user's config, the theme
/// (with problems collected for the status line), the library with its background feed
/// reloads, and the terminal itself.
struct ReaderSession {
    let environment: [String: String]
    /// `--theme`, which wins over `theme =` in the config.
    let themeOverride: String?
    /// A line for the status line of the first screen (what was created for this session).
    var greeting: String?
    /// Whether the library is deleted when the reader ends (`byline demo`).
    var isLibraryTemporary = false
    /// Work run on SIGHUP/SIGTERM; the session adds giving the terminal back to it.
    var signalCleanup: SignalCleanup?

    init(environment: [String: String], themeOverride: String?) {
        self.environment = environment
        self.themeOverride = themeOverride
    }

    /// Loads config and theme, starts curses, and runs the program over `database` until the
    /// user quits (a reload under way is then finished or cancelled). With `reloadAtStart`,
    /// every feed is reloaded in the background as the reader opens.
    func run(database: AppDatabase, reloadAtStart: Bool = false) throws {
        let locator = ResourceLocator(environment: environment)
        let (config, configIssues) = ConfigFile.load(environment: environment)
        var notices = configIssues
        let themeName = themeOverride ?? config.themeName ?? BuiltinTheme.name
        let loaded = ThemeLoader.searching(locator.directories(for: "themes", variable: "BYLINE_THEMES")).load(themeName)
        notices += loaded.issues
        let backend: CursesBackend
        do {
            backend = try CursesBackend.start(environment: environment)
        } catch let error as CursesBackend.StartError {
            throw ValidationFailure(message: error.description)
        }
        defer { backend.close() }
        signalCleanup?.add { backend.close() }
        let external = ExternalPrograms(environment: environment)
        var state = AppState(size: backend.size, keymap: config.keymap, editorAvailable: external.editor != nil,
                             notices: notices.map(\.description))
        if state.message == nil, let greeting { state.message = StatusMessage(greeting) }
        state.isLibraryTemporary = isLibraryTemporary
        state.autoReloadMinutes = config.feeds.reloadEvery
        state.reloadsAtStart = reloadAtStart
        let mailbox = Mailbox()
        let reload = BackgroundReload(database: database, fetcher: FeedFetching.make(settings: config.feeds), settings: config.feeds, mailbox: mailbox)
        let program = Program(state: state, backend: backend, renderer: Renderer(theme: loaded.theme.downgraded(to: backend.colorCapability)),
                              library: StoreLibraryExecutor(database: database, reload: reload), external: external, mailbox: mailbox)
        program.run()
        backend.close()
        for notice in notices { Failure.report(notice.description) }
    }

    /// A failure to report as one line.
    struct ValidationFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
