import BylineApp
import Foundation

/// The pages of a benchmark folder, in memory: every `*.html` file, and every `*.html.gz`
/// decompressed with the system's `gzip`.
struct PageCorpus {
    /// Why a folder could not be loaded.
    enum LoadError: Error, CustomStringConvertible {
        case empty(String)
        case gzip(String)

        var description: String {
            switch self {
            case .empty(let path): return "\(path): holds no .html or .html.gz pages"
            case .gzip(let path): return "\(path): could not be decompressed with gzip"
            }
        }
    }

    /// The pages' bytes, in file name order.
    let pages: [[UInt8]]

    /// The pages' total size in bytes.
    var totalBytes: Int { pages.reduce(0) { $0 + $1.count } }

    /// Loads the pages of `directory`.
    init(directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFile.LoadError.missing(directory)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".html.gz") }.sorted()
        pages = try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return name.hasSuffix(".gz") ? try Self.gunzip(path) : try InputFile.load(path, limit: ByteSize(bytes: 1 << 30))
        }
    }

    private static func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw LoadError.gzip(path) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw LoadError.gzip(path) }
        return [UInt8](data)
    }
}
