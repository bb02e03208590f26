import BylineCore
import Foundation
import Testing
@testable import BylineStore

/// Makes files and folders unwritable for this process: with permissions, or, for root (whom
/// permissions do not stop), with the immutable attribute (`chattr +i`).
struct WriteProtection {
    let paths: [String]

    /// Whether this machine can protect a file from this process.
    static let isAvailable: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("byline-probe-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: probe, contents: Data()) else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard let protection = WriteProtection([probe]) else { return false }
        defer { protection.lift() }
        return open(probe, O_WRONLY) < 0
    }()

    /// Protects `paths`, or returns `nil` when it cannot.
    init?(_ paths: [String]) {
        self.paths = paths
        if getuid() == 0 {
            guard Self.chattr("+i", paths) else { return nil }
        } else {
            for path in paths {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                guard chmod(path, isFolder.boolValue ? 0o555 : 0o444) == 0 else { return nil }
            }
        }
    }

    /// Makes the paths writable again.
    func lift() {
        if getuid() == 0 {
            _ = Self.chattr("-i", paths)
        } else {
            paths.forEach { chmod($0, 0o755) }
        }
    }

    private static func chattr(_ flag: String, _ paths: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag] + paths
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

@Suite("A library the user may read but not write", .enabled(if: WriteProtection.isAvailable, "cannot make a file unwritable here"))
struct ReadOnlyLibraryTests {
    /// A library of one article and one note in a folder of its own, closed.
    private func library() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-ro-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("library.sqlite").path
        let library = try AppDatabase.open(path: path)
        let id = try #require(try library.save([Fixtures.harbourStory()]).first?.id)
        _ = try library.annotate(AnnotationRequest(articleId: id, quote: "close the old pier", note: "check"))
        return (folder, path)
    }

    private func expectReadableNotWritable(_ path: String) throws {
        let library = try AppDatabase.open(path: path)
        #expect(library.isReadOnly)
        #expect(try library.articleCount() == 1)
        #expect(try library.searchArticles("pier").count == 1)
        #expect(try library.article(id: 1)?.article.title != nil)
        #expect(try library.annotations().count == 1)
        #expect(throws: ReadOnlyLibraryError.self) { try library.markRead(1) }
        #expect(throws: ReadOnlyLibraryError.self) { try library.save([Fixtures.harbourStory(url: "https://example.test/other")]) }
        #expect(throws: ReadOnlyLibraryError.self) { _ = try library.annotate(AnnotationRequest(articleId: 1, quote: "old pier")) }
    }

    @Test("a read-only file in a folder the user may write opens read-only")
    func readOnlyFile() throws {
        let (folder, path) = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let protection = try #require(WriteProtection([path]))
        defer { protection.lift() }
        try expectReadableNotWritable(path)
    }

    @Test("a read-only file in a read-only folder (no -shm file can be made) opens read-only")
    func readOnlyFolder() throws {
        let (folder, path) = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"), "closing the library removes its log files")
        let protection = try #require(WriteProtection([path, folder.path]))
        defer { protection.lift() }
        try expectReadableNotWritable(path)
    }

    @Test("a writable library is not read-only")
    func writable() throws {
        let (folder, path) = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try AppDatabase.open(path: path)
        #expect(!library.isReadOnly)
        try library.markRead(1)
    }
}
