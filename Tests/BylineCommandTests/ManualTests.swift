import Foundation
import Testing

/// The manual page and the shell completions `make install` installs are generated from the
/// program's own description of its commands (`--experimental-dump-help`, read by
/// swift-argument-parser's generate-manual plugin, and `--generate-completion-script`). These
/// tests hold that description to what `byline --help` prints, and a generated manual to both.
@Suite("byline's manual and completions say what --help says")
struct ManualTests {
    /// What `byline --help` lists: the global options and the commands.
    struct HelpListing {
        var options: Set<String> = []
        var commands: Set<String> = []

        init(_ help: String) {
            var section = ""
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
                if !line.hasPrefix(" "), line.hasSuffix(":") { section = String(line) }
                guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.hasPrefix("  See "),
                      let word = line.split(separator: " ").first.map(String.init) else { continue }
                switch section {
                case "GLOBAL OPTIONS:": options.insert(word)
                case "SUBCOMMANDS:": commands.insert(word)
                default: break
                }
            }
        }
    }

    static func listing() throws -> HelpListing {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        return HelpListing(try runner.run(["--help"]).standardOutput)
    }

    @Test("the description the manual is made from has every global option and command of --help")
    func dumpMatchesHelp() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let listing = try Self.listing()
        #expect(listing.options == ["--theme", "--library"])
        #expect(listing.commands.isSuperset(of: ["ui", "demo", "read", "list", "speaker", "notes", "feed", "reload", "bench"]))
        let dump = try runner.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require((try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any])?["command"] as? [String: Any])
        let arguments = root["arguments"] as? [[String: Any]] ?? []
        let options = Set(arguments.flatMap { ($0["names"] as? [[String: String]] ?? []).filter { $0["kind"] == "long" }.compactMap { $0["name"].map { "--" + $0 } } })
        #expect(options.isSuperset(of: listing.options))
        let commands = Set((root["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String })
        #expect(commands.isSuperset(of: listing.commands))
    }

    @Test("each shell's completion script offers every command and global option", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let listing = try Self.listing()
        let script = try runner.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        for word in listing.commands.union(listing.options.map { String($0.dropFirst(2)) }) {
            #expect(script.standardOutput.contains(word), "\(shell) completion lacks \(word)")
        }
    }

    @Test("a generated manual (make man) names every command and global option of --help",
          .enabled(if: FileManager.default.fileExists(atPath: manualPath), "no manual generated yet: make man (make install runs it)"))
    func generatedManual() throws {
        let manual = try String(contentsOfFile: Self.manualPath, encoding: .utf8)
        let listing = try Self.listing()
        for command in listing.commands { #expect(manual.contains(command), "the manual lacks \(command)") }
        for option in listing.options { #expect(manual.contains(option.dropFirst(2)), "the manual lacks \(option)") }
    }

    /// Where `make man` leaves the manual.
    static let manualPath = BylineRunner.packageRoot.appendingPathComponent(".build/plugins/GenerateManual/outputs/byline/byline.1").path
}
