import Foundation

/// Runs the built `byline` executable and collects what it printed.
struct BylineRunner {
    /// What one run gave.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String

        /// The lines printed on standard error.
        var errorLines: [Substring] { standardError.split(separator: "\n") }
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `byline` executable of the build these tests belong to: next to the test runner
    /// (or a few folders up from it inside a bundle), or named by `BYLINE_BINARY`.
    static let executable: URL? = {
        let files = FileManager.default
        if let named = ProcessInfo.processInfo.environment["BYLINE_BINARY"], files.isExecutableFile(atPath: named) {
            return URL(fileURLWithPath: named)
        }
        let starts = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("byline")
                if files.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// A scratch folder for one test, removed by `cleanUp()`.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to a file in the scratch folder and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs `byline` with `arguments`, feeding it `input` on standard input.
    func run(_ arguments: [String], input: [UInt8] = []) throws -> Outcome {
        guard let executable = Self.executable else { throw MissingExecutable() }
        let stdinURL = folder.appendingPathComponent("stdin-\(UUID().uuidString)")
        let stdoutURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let stderrURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data(input).write(to: stdinURL)
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = try FileHandle(forReadingFrom: stdinURL)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self)
        )
    }

    /// Removes the scratch folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The build has no `byline` executable where the tests look for it.
    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the byline executable was not found next to the tests; build it or set BYLINE_BINARY" }
    }
}
