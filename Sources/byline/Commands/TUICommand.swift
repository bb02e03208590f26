import ArgumentParser
import BylineApp
import BylineUI
import Foundation

/// Options of the terminal reader shared by `byline ui` and `byline demo`.
struct ReaderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The colour theme (dark, light, high-contrast, monochrome, or one of yours).", valueName: "name"))
    var theme: String?
}

/// `byline ui` (and plain `byline`): the terminal reader over the library.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the terminal reader (the default when no command is given).",
        discussion: """
            Keys are vim-like; press ? inside for the full list. Settings live in \
            $XDG_CONFIG_HOME/byline/config.toml (theme = "light", [keys.reader] "<C-n>" = "next_quote"). \
            NO_COLOR turns colours off.
            """
    )

    @OptionGroup var options: ReaderOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try Failure.exitingOnError {
            var created: String?
            let database = try library.openCreating { created = $0 }
            var session = ReaderSession(environment: ProcessInfo.processInfo.environment, themeOverride: options.theme)
            session.greeting = created.map { "Byline " + $0 }
            try session.run(database: database)
        }
    }
}
