import Foundation
import Testing

/// What a new user meets first: the top-level help and errors, counts in words, and a
/// library path that does not exist.
@Suite("byline: help, errors and the first library")
struct FirstHourCommandTests {
    /// An invented article: the mayor quoted twice, a newspaper once, a historian once.
    static let article = """
        Ferry fares to rise in spring

        The island council agreed on Monday to raise ferry fares by a tenth.

        “We cannot run the boats at a loss,” said Mayor Dana Pike. “The fuel bill has doubled.”

        The Lakeside Courier reported that the vote was close.

        “Families will pay the price,” said Ivo Brandt, a historian at Lakeside College.
        """

    @Test("byline --help lists the global options and every command")
    func helpListsGlobalOptions() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let help = try runner.run(["--help"])
        #expect(help.status == 0)
        let text = help.standardOutput
        #expect(text.contains("GLOBAL OPTIONS:"))
        #expect(text.contains("--library <path>"))
        #expect(text.contains("--theme <name>"))
        for command in ["ui", "demo", "read", "add", "list", "speaker", "notes", "feed", "reload"] {
            #expect(text.contains("\n  \(command) "), "--help does not list \(command)")
        }
    }

    @Test("a global option before the command reaches the command")
    func globalOptionBeforeCommand() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let source = try runner.file("ferry.txt", Array(Self.article.utf8))
        let library = runner.folder.appendingPathComponent("notes.sqlite").path
        #expect(try runner.run(["add", source, "--library", library]).status == 0)
        let listed = try runner.run(["--library", library, "list"])
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains("Ferry fares to rise in spring"))
    }

    @Test("an unknown command gets the top-level usage, not that of byline ui",
          arguments: [["bogus"], ["--bogus"], ["--library", "x.sqlite", "bogus"]])
    func unknownCommand(arguments: [String]) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.errorLines.first == (arguments.last == "bogus" ? "Error: 'bogus' is not a byline command" : "Error: Unknown option '--bogus'"))
        #expect(outcome.standardError.contains("Usage: byline [--theme <name>] [--library <path>] <subcommand>"))
        #expect(!outcome.standardError.contains("byline ui"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("an error in a command names that command's usage")
    func commandErrorNamesItsUsage() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["list", "--bogus"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("Usage: byline list "))
        #expect(outcome.standardError.contains("See 'byline list --help'"))
    }

    @Test("speaker and speakers count in the singular for one")
    func speakerPlurals() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let source = try runner.file("ferry.txt", Array(Self.article.utf8))
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        #expect(try runner.run(["add", source, "--library", library]).status == 0)
        let mayor = try runner.run(["speaker", "Dana Pike", "--library", library])
        #expect(mayor.standardOutput.split(separator: "\n").dropFirst().first == "official · 2 quotes in 1 article")
        let historian = try runner.run(["speaker", "Ivo Brandt", "--library", library])
        #expect(historian.standardOutput.split(separator: "\n").dropFirst().first == "expert · 1 quote in 1 article")
        let speakers = try runner.run(["speakers", "--library", library])
        #expect(speakers.standardOutput.contains("1 quote in 1 article"))
        #expect(!speakers.standardOutput.contains("1 articles"))
    }

    @Test("sources names a medium's class once, and counts in words")
    func sourcesKinds() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let source = try runner.file("ferry.txt", Array(Self.article.utf8))
        let outcome = try runner.run(["sources", source])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("• Lakeside Courier [media] — 1 quote, 1 claim") })
        #expect(!outcome.standardOutput.contains("media, media"))
        #expect(lines.contains("  4 quotes; 3 sources: 3 named, 0 anonymous, 0 vague; 1 expert, 1 official"))
    }

    @Test("a command that reads creates no library where none is",
          arguments: [["list"], ["search", "ferry"], ["speakers"], ["notes"], ["show", "1"], ["feed", "list"]])
    func readingCommandsCreateNothing(arguments: [String]) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let missing = runner.folder.appendingPathComponent("no/such/dir/x.sqlite").path
        let outcome = try runner.run(arguments + ["--library", missing])
        #expect(outcome.status == 1)
        #expect(outcome.errorLines.first?.hasPrefix("byline: no library at \(missing): ") == true)
        #expect(!FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("no").path))
    }

    @Test("a command that adds creates the library and says what it created")
    func addingCommandSaysWhatItCreated() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let source = try runner.file("ferry.txt", Array(Self.article.utf8))
        let library = runner.folder.appendingPathComponent("new/lib.sqlite").path
        let outcome = try runner.run(["add", source, "--library", library])
        #expect(outcome.status == 0)
        #expect(outcome.errorLines.contains { $0 == "byline: created a new library at \(library) (and the folder \(runner.folder.appendingPathComponent("new").path))" })
        #expect(FileManager.default.fileExists(atPath: library))
        let again = try runner.run(["add", source, "--library", library])
        #expect(!again.standardError.contains("created"))
    }
}
