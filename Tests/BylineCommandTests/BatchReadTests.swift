import Foundation
import Testing

@Suite("byline read --batch: failures are reported, outputs written whole")
struct BatchReadTests {
    @Test("a page that fails exits 1 and keeps its earlier output; good pages are written; no partial files")
    func failingPage() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let pages = runner.folder.appendingPathComponent("pages")
        let bodies = runner.folder.appendingPathComponent("bodies")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bodies, withIntermediateDirectories: true)
        try Data([0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02]).write(to: pages.appendingPathComponent("broken.html"))
        try Data("<html><body><p>The ferry crossed the bay at noon with forty passengers.</p></body></html>".utf8)
            .write(to: pages.appendingPathComponent("ferry.html"))
        let earlier = "Body written by an earlier run.\n"
        try Data(earlier.utf8).write(to: bodies.appendingPathComponent("broken.txt"))

        let outcome = try runner.run(["read", "--batch", pages.path, "--out", bodies.path])
        #expect(outcome.status == 1, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("broken.html"))
        #expect(outcome.standardError.contains("1 of 2 pages could not be read"))
        #expect(try String(contentsOf: bodies.appendingPathComponent("broken.txt"), encoding: .utf8) == earlier)
        #expect(try String(contentsOf: bodies.appendingPathComponent("ferry.txt"), encoding: .utf8)
            == "The ferry crossed the bay at noon with forty passengers.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: bodies.path).sorted() == ["broken.txt", "ferry.txt"])
    }

    @Test("every page read: exit 0")
    func allRead() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let pages = runner.folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data("<html><body><p>The mill ground flour again on Saturday.</p></body></html>".utf8)
            .write(to: pages.appendingPathComponent("mill.html"))
        let outcome = try runner.run(["read", "--batch", pages.path, "--out", runner.folder.appendingPathComponent("out").path])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
    }
}
