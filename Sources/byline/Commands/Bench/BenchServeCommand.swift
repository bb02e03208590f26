import ArgumentParser
import BylineLoopback
import Foundation

/// `byline bench serve DIR`: serves the files of a folder on 127.0.0.1 for a while, so that
/// the end-to-end test can subscribe to a feed over HTTP without leaving the machine. Prints
/// the server's address, then serves until `--seconds` have passed.
struct BenchServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a folder's files on 127.0.0.1 for a while (for the end-to-end test).",
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("The folder to serve.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: "How long to serve before stopping.")
    var seconds = 120

    func validate() throws {
        guard (1...3_600).contains(seconds) else { throw ValidationError("--seconds must be from 1 to 3600") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no folder at \(folder)")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let server = try LoopbackServer.start { request in Self.answer(request, root: root) }
        // Written at once, unbuffered: the test reads the address while the server runs.
        FileHandle.standardOutput.write(Data((server.baseURL.absoluteString + "\n").utf8))
        Thread.sleep(forTimeInterval: Double(seconds))
        server.stop()
    }

    /// The file the request names inside `root` (never outside it), with its type.
    static func answer(_ request: LoopbackRequest, root: URL) -> LoopbackResponse {
        let parts = request.path.split(separator: "/").map(String.init)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }),
              let data = FileManager.default.contents(atPath: parts.reduce(root) { $0.appendingPathComponent($1) }.path) else {
            return LoopbackResponse(status: 404)
        }
        let type = request.path.hasSuffix(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8"
        return LoopbackResponse(headers: ["Content-Type": type], body: .bytes([UInt8](data)))
    }
}
