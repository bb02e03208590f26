import BylineApp
import Foundation
import Testing

@Suite("Input files: refused before they are read whole")
struct InputFileTests {
    @Test("binary data in the first read is refused without reading on to the end of a pipe")
    func binaryRefusedEarly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("endless").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // NUL bytes wait in the pipe, and its writing end stays open until the load has
        // returned (or, should the load wait for the end of the input, until a safety delay
        // has passed): a load that reads on to the end can return only after that.
        let holder = open(pipe, O_RDONLY | O_NONBLOCK)
        let writing = open(pipe, O_WRONLY)
        #expect(holder >= 0 && writing >= 0)
        defer { close(holder) }
        let zeros = [UInt8](repeating: 0, count: 4_096)
        #expect(zeros.withUnsafeBytes { write(writing, $0.baseAddress, $0.count) } == zeros.count)
        let loadReturned = Flag()
        let writerGaveUp = Flag()
        let closer = Thread {
            for _ in 0..<200 where !loadReturned.isSet { usleep(50_000) }
            if !loadReturned.isSet { writerGaveUp.set() }
            close(writing)
        }
        closer.start()
        #expect {
            try InputFile.load(pipe, limit: ByteSize(bytes: 3 << 30))
        } throws: { error in
            guard case InputFile.LoadError.binary = error else { return false }
            return true
        }
        #expect(!writerGaveUp.isSet, "the load waited for the end of the input")
        loadReturned.set()
    }

    @Test("a sparse file larger than the limit is refused by its size; one within it by its first bytes")
    func sparseFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sparse.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(truncate(path, 1 << 28) == 0)
        #expect { try InputFile.load(path, limit: ByteSize(bytes: 1 << 27)) } throws: { error in
            guard case InputFile.LoadError.tooLarge = error else { return false }
            return true
        }
        #expect { try InputFile.load(path, limit: ByteSize(bytes: 1 << 29)) } throws: { error in
            guard case InputFile.LoadError.binary = error else { return false }
            return true
        }
    }

    @Test("UTF-16 text with its byte-order mark is not binary")
    func utf16() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("utf16.txt").path
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Tide".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try InputFile.load(path, limit: ByteSize(bytes: 1 << 20)) == bytes)
    }
}

/// A flag set once, read from another thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
