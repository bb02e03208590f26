import ArgumentParser

/// The command word of a command line, for errors: plain `byline` runs `byline ui`, so without
/// this check a mistyped command (`byline bogus`) or an unknown option before any command would
/// be reported with the usage of `byline ui`.
enum CommandWord {
    /// The options every command line may open with, and which take a value.
    private static let globalOptions: Set<String> = ["--theme", "--library"]

    /// The names `byline` takes as its first word (`help` included).
    static var commandNames: Set<String> {
        Set(Byline.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }).union(["help"])
    }

    /// The first word of `arguments` after the global options and their values, if any.
    static func first(of arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalOptions.contains(argument) {
                index += 2
            } else if globalOptions.contains(where: { argument.hasPrefix($0 + "=") }) {
                index += 1
            } else {
                return argument
            }
        }
        return nil
    }

    /// Whether a command line that failed to parse names no command of Byline's where one was
    /// expected: its first word is neither a command nor absent.
    static func isMistyped(_ arguments: [String]) -> Bool {
        guard let word = first(of: arguments) else { return false }
        return !commandNames.contains(word)
    }

    /// A command line whose first word is not a command.
    struct UnknownCommand: Error {
        let arguments: [String]

        /// The error, the top-level usage and where to read more.
        func message(usage: String) -> String {
            let word = CommandWord.first(of: arguments) ?? ""
            let error = word.hasPrefix("-") ? "Unknown option '\(word)'" : "'\(word)' is not a byline command"
            return "Error: \(error)\nUsage: \(usage)\n  See 'byline --help' for the commands and the global options."
        }
    }
}
