import BylineApp
import BylineCore
import BylineStore
import Foundation
import Testing

/// The import pipeline on an in-memory library: files read and analysed on every core, each
/// batch stored in one transaction, in input order.
@Suite("The import pipeline")
struct ImportPipelineTests {
    @Test("inputs are stored in the order given, across several batches")
    func inputOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let paths = try (0..<60).map { try folder.story(String(format: "story-%02d.txt", $0), number: $0) }.reversed().map { $0 }
        let database = try AppDatabase.inMemory()
        let observer = RecordingObserver()
        let report = try ImportPipeline(database: database).add(paths, observer: observer)
        #expect(report.added == 60 && report.updated == 0 && report.failed == 0)
        #expect(report.articles.map(\.path) == paths)
        #expect(report.articles.map(\.id) == Array(1...60))
        for (path, id) in zip(paths, report.articles.map(\.id)) {
            let number = Int(path.dropLast(".txt".count).suffix(2))!
            #expect(try database.article(id: id)?.summary.title == "Harbour story \(number)")
        }
        #expect(observer.total == 60)
        #expect(observer.progress.last == 60)
        #expect(observer.progress.count > 1, "60 inputs are more than one first batch")
        #expect(observer.progress == observer.progress.sorted())
    }

    @Test("every stored article is analysed")
    func analysed() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.story("pier.txt", number: 7)
        let database = try AppDatabase.inMemory()
        let report = try ImportPipeline(database: database).add([path], observer: RecordingObserver())
        let stored = try #require(try database.article(id: report.articles[0].id))
        #expect(stored.analysis.sources.map(\.name).contains("Ines Calloway"))
        #expect(!stored.analysis.quotes.isEmpty)
        #expect(stored.sourcePath == URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    @Test("an input that cannot be read is reported and skipped; the others are stored")
    func badInputs() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let first = try folder.story("first.txt", number: 1)
        let missing = folder.file("missing.txt")
        let empty = try folder.write("empty.txt", [])
        let binary = try folder.write("binary.txt", [0x41, 0x00, 0x42, 0x00])
        let last = try folder.story("last.txt", number: 2)
        let database = try AppDatabase.inMemory()
        let observer = RecordingObserver()
        let report = try ImportPipeline(database: database).add([first, missing, empty, binary, last], observer: observer)
        #expect(report.added == 2)
        #expect(report.articles.map(\.path) == [first, last])
        #expect(report.errors.map(\.input) == [missing, empty, binary])
        #expect(report.errors[0].description == "\(missing): no such file")
        #expect(report.errors[1].description == "\(empty): the file is empty")
        #expect(report.errors[2].description.hasPrefix("\(binary): "))
        #expect(observer.skipped == report.errors)
        #expect(observer.progress.last == 5)
        #expect(try database.articleCount() == 2)
    }

    @Test("a file that is too large is refused")
    func tooLarge() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.story("long.txt", number: 1)
        let options = ReadingOptions(maxSize: ByteSize(bytes: 16))
        let report = try ImportPipeline(database: try AppDatabase.inMemory(), options: options).add([path], observer: RecordingObserver())
        #expect(report.errors.map(\.description) == ["\(path): larger than the 16 limit (raise it with --max-size)"])
    }

    @Test("repaired input is stored, with a warning naming the file")
    func warnings() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("latin.txt", Array("Bad bytes\n\nThe minister said ".utf8) + [0xFF] + Array(" the plan would work.\n".utf8))
        let observer = RecordingObserver()
        let report = try ImportPipeline(database: try AppDatabase.inMemory()).add([path], observer: observer)
        #expect(report.added == 1)
        #expect(observer.warnings == ["\(path): invalid UTF-8: 1 sequence(s) replaced with U+FFFD"])
    }

    @Test("an article already in the library is updated in place, in the same run or a later one")
    func duplicates() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.story("pier.txt", number: 1)
        let database = try AppDatabase.inMemory()
        let pipeline = ImportPipeline(database: database)
        let twice = try pipeline.add([path, path], observer: RecordingObserver())
        #expect(twice.articles.map(\.status) == ["added", "updated"])
        #expect(Set(twice.articles.map(\.id)).count == 1)
        let id = twice.articles[0].id
        try database.annotate(AnnotationRequest(articleId: id, quote: "Officials said the ferry"))

        try folder.write("pier.txt", Array(ScratchFolder.story(number: 1).replacingOccurrences(of: "Tuesday", with: "Monday").utf8))
        let copy = try folder.write("copy.txt", Array(ScratchFolder.story(number: 1).replacingOccurrences(of: "Tuesday", with: "Monday").utf8))
        let again = try pipeline.add([path, copy], observer: RecordingObserver())
        #expect(again.articles.map(\.status) == ["updated", "updated"], "the same file, then the same text")
        #expect(again.articles.map(\.id) == [id, id])
        #expect(again.orphaned == 0)
        #expect(try database.articleCount() == 1)
        #expect(try database.article(id: id)?.article.text.contains("Monday") == true)
        #expect(try database.annotations(articleId: id).map(\.isOrphan) == [false])
    }

    @Test("re-analysis reads every article again, keeping ids, state and annotations")
    func reanalysis() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let paths = try (0..<20).map { try folder.story("story-\($0).txt", number: $0) }
        let database = try AppDatabase.inMemory()
        let pipeline = ImportPipeline(database: database)
        let added = try pipeline.add(paths, observer: RecordingObserver())
        let ids = added.articles.map(\.id)
        try database.markRead(ids[3])
        try database.setStarred(ids[5], true)
        let note = try database.annotate(AnnotationRequest(articleId: ids[7], quote: "rotten through", note: "keep me"))
        let before = try ids.map { try #require(try database.article(id: $0)?.analysis) }

        let observer = RecordingObserver()
        let report = try pipeline.reanalyze(observer: observer)
        #expect(report.reanalysed == 20 && report.failed == 0 && report.orphaned == 0)
        #expect(observer.total == 20 && observer.progress.last == 20)
        #expect(observer.skipped.isEmpty)
        #expect(Set(try database.articles(ArticleFilter(limit: 100)).map(\.id)) == Set(ids))
        #expect(try database.article(id: ids[3])?.summary.readAt != nil)
        #expect(try database.article(id: ids[5])?.summary.isStarred == true)
        #expect(try database.annotations().map(\.id) == [note.id])
        #expect(try database.annotations().map(\.note) == ["keep me"])
        let after = try ids.map { try #require(try database.article(id: $0)?.analysis) }
        #expect(after.map(\.quotes) == before.map(\.quotes))
    }

    @Test("re-analysing an empty library does nothing")
    func emptyReanalysis() throws {
        let observer = RecordingObserver()
        let report = try ImportPipeline(database: try AppDatabase.inMemory()).reanalyze(observer: observer)
        #expect(report.reanalysed == 0 && report.failed == 0)
        #expect(observer.total == 0 && observer.progress.isEmpty)
        #expect(report.summary == "Re-analysed 0 articles in 0.0 s.")
    }
}
