import Foundation
import Testing

@Suite("byline search: hostile queries")
struct SearchCommandTests {
    /// A runner with a library of one invented article at `library.sqlite`.
    private func runnerWithLibrary() throws -> BylineRunner {
        let runner = try BylineRunner()
        let article = "Ferry timetable changes\n\nThe island ferry will leave the quay every hour from May, the harbour office said.\n"
        let path = try runner.file("ferry.txt", Array(article.utf8))
        let added = try runner.run(["add", "--library", "library.sqlite", path])
        #expect(added.status == 0, "\(added.standardError)")
        return runner
    }

    @Test("a query starting with - is read after --")
    func dashQuery() throws {
        let runner = try runnerWithLibrary()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["search", "--library", "library.sqlite", "--", "-ferry"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Ferry timetable changes"))
    }

    @Test("one word repeated 800 times finds what the word finds")
    func repeatedWord() throws {
        let runner = try runnerWithLibrary()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["search", "--library", "library.sqlite", Array(repeating: "quay", count: 800).joined(separator: " ")])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Ferry timetable changes"))
    }
}
