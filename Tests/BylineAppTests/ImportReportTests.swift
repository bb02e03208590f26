import BylineApp
import BylineStore
import Foundation
import Testing

/// What `byline add` and `byline reanalyze` print: the summaries and the JSON documents.
@Suite("Import and re-analysis reports")
struct ImportReportTests {
    /// A report of two stored files and one skipped one.
    private func report() throws -> (report: ImportReport, missing: String) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let paths = [try folder.story("a.txt", number: 1), folder.file("missing.txt"), try folder.story("b.txt", number: 2)]
        return (try ImportPipeline(database: try AppDatabase.inMemory()).add(paths, observer: RecordingObserver()), paths[1])
    }

    @Test("the summary counts added, updated and skipped inputs and names the library")
    func summary() throws {
        let lines = try report().report.summary(libraryPath: "/tmp/library.sqlite").split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Added 2, updated 0, skipped 1 unreadable in "))
        #expect(lines[0].hasSuffix(" articles/s)."))
        #expect(lines[1] == "Library: /tmp/library.sqlite")
    }

    @Test("the JSON document lists the stored files and the errors")
    func json() throws {
        let (report, missing) = try report()
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(Set(object.keys) == ["added", "updated", "failed", "orphaned", "articles", "errors", "seconds"])
        #expect(object["added"] as? Int == 2)
        #expect(object["failed"] as? Int == 1)
        let errors = try #require(object["errors"] as? [[String: String]])
        #expect(errors == [["path": missing, "error": "\(missing): no such file"]])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.map { Set($0.keys) } == Array(repeating: ["path", "id", "status", "orphaned"], count: 2))
        #expect(articles.map { $0["status"] as? String } == ["added", "added"])
    }

    @Test("one article's id is printed")
    func oneArticle() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let report = try ImportPipeline(database: try AppDatabase.inMemory()).add([try folder.story("a.txt", number: 1)], observer: RecordingObserver())
        #expect(report.summary(libraryPath: "lib").split(separator: "\n").dropFirst().map(String.init) == ["Article id: 1", "Library: lib"])
    }

    @Test("the re-analysis JSON document has its four counts")
    func reanalysisJSON() throws {
        let report = try ImportPipeline(database: try AppDatabase.inMemory()).reanalyze(observer: RecordingObserver())
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(Set(object.keys) == ["reanalysed", "failed", "orphaned", "seconds"])
    }
}
