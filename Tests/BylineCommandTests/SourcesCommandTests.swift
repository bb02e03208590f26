import Foundation
import Testing

@Suite("byline sources: the readable listing")
struct SourcesCommandTests {
    @Test("each source line counts its quotes and claims, in the singular for one")
    func counts() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let text = """
            The town council voted on Tuesday to close the old mill.

            “We had no other choice,” said Mayor Dana Pike.

            “It is a sad day,” said Ivo Brandt, a historian at Lakeside College. “The mill built this town.”
            """
        let path = try runner.file("mill.txt", Array(text.utf8))
        let outcome = try runner.run(["sources", path])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("• Dana Pike [official] Mayor — 1 quote, 1 claim") })
        #expect(lines.contains { $0.hasPrefix("• Ivo Brandt [expert] historian, Lakeside College — 2 quotes, 2 claims") })
    }
}
