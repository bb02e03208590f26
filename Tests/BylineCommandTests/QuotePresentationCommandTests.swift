import Foundation
import Testing

/// Reported speech is never printed in quote marks: every readable output that shows a quote's
/// words on their own prints an indirect quote after `reported: ` and a direct one in “ ”;
/// JSON keeps the plain words and the kind.
@Suite("Reported speech in the readable outputs")
struct QuotePresentationCommandTests {
    /// An invented article with one sentence of reported speech and one direct quotation.
    static let article = """
        Harbour Board reopens the north pier

        The Harbour Board voted on Monday to reopen the north pier.

        Ada Okafor, the board's chief engineer, said the pier was safe for foot traffic.

        "The steel is sound," Okafor said.
        """

    static let reported = "reported: the pier was safe for foot traffic"
    static let direct = "“The steel is sound,”"

    /// Lines of standard output, after checking the run succeeded.
    private func lines(_ outcome: BylineRunner.Outcome) -> [String] {
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return outcome.standardOutput.split(separator: "\n").map { String($0) }
    }

    @Test("byline quotes and byline sources")
    func oneArticle() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = try runner.file("pier.txt", Array(Self.article.utf8))
        let quotes = try lines(runner.run(["quotes", path]))
        #expect(quotes.contains("  " + Self.reported))
        #expect(quotes.contains("  " + Self.direct))
        #expect(!quotes.contains { $0.contains("“the pier was safe") })
        let sources = try lines(runner.run(["sources", path]))
        #expect(sources.contains("• Ada Okafor: " + Self.reported))
        #expect(sources.contains("• Ada Okafor: " + Self.direct))
        #expect(!sources.contains { $0.contains("“the pier was safe") })
    }

    @Test("JSON keeps the plain words and the kind")
    func json() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = try runner.file("pier.txt", Array(Self.article.utf8))
        let outcome = try runner.run(["quotes", path, "--json"])
        #expect(outcome.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let quotes = try #require(document["quotes"] as? [[String: Any]])
        let indirect = try #require(quotes.first { $0["kind"] as? String == "indirect" })
        #expect(indirect["text"] as? String == "the pier was safe for foot traffic")
        #expect(!outcome.standardOutput.contains("reported: "))
    }

    @Test("byline show, byline speaker and byline quotes --search on the library")
    func library() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = try runner.file("pier.txt", Array(Self.article.utf8))
        let library = runner.folder.appendingPathComponent("library.sqlite").path
        #expect(try runner.run(["add", path, "--library", library]).status == 0)

        let show = try lines(runner.run(["show", "1", "--library", library]))
        #expect(show.contains("  \(Self.reported) — Ada Okafor (indirect)"))
        #expect(show.contains("  \(Self.direct) — Ada Okafor (direct)"))

        let speaker = try lines(runner.run(["speaker", "Okafor", "--library", library]))
        #expect(speaker.contains("  " + Self.reported))
        #expect(speaker.contains("  " + Self.direct))

        let search = try lines(runner.run(["quotes", "--search", "safe", "--library", library]))
        #expect(search.first == "reported: the pier was «safe» for foot traffic")
        let steel = try lines(runner.run(["quotes", "--search", "steel", "--library", library]))
        #expect(steel.first == "“The «steel» is sound,”")

        for output in [show, speaker, search] {
            #expect(!output.contains { $0.contains("“the pier was") })
        }
    }
}
