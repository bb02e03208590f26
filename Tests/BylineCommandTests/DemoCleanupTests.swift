import Foundation
import Testing

/// `byline demo` in a pseudo-terminal (util-linux `script`), ended by a signal as when its
/// terminal is closed or killed: its temporary library must not be left behind.
@Suite("byline demo: the temporary library goes when the terminal does")
struct DemoCleanupTests {
    static let script = "/usr/bin/script"
    static var canRun: Bool { FileManager.default.isExecutableFile(atPath: script) && BylineRunner.executable != nil }

    @Test("a signal removes the demo's temporary folder", .enabled(if: canRun, "util-linux script or the byline binary is missing"),
          arguments: [SIGHUP, SIGTERM])
    func signalRemovesTheFolder(signal: Int32) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let temporary = runner.folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let pidFile = runner.folder.appendingPathComponent("pid").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qfec", "echo $$ > '\(pidFile)'; exec '\(BylineRunner.executable!.path)' demo", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        environment["TERM"] = "xterm-256color"
        environment["SHELL"] = "/bin/sh"
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            try? input.fileHandleForWriting.close()
        }

        let library = wait(seconds: 30) { Self.demoLibraries(in: temporary).first }
        #expect(library != nil, "the demo never built its library")
        guard library != nil, let pid = wait(seconds: 5, for: { Int32((try? String(contentsOfFile: pidFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") }) else { return }
        Thread.sleep(forTimeInterval: 1)   // the reader is up and waiting for keys
        #expect(kill(pid, signal) == 0)
        let ended = wait(seconds: 20) { process.isRunning ? nil : true }
        #expect(ended == true, "byline demo did not end on signal \(signal)")
        #expect(Self.demoLibraries(in: temporary).isEmpty, "the temporary library was left behind")
    }

    /// The demo folders in `folder`.
    static func demoLibraries(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("byline-demo-") }
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("library.sqlite").path) }
    }

    /// Polls `probe` every 50 ms until it gives a value or `seconds` pass.
    private func wait<T>(seconds: Double, for probe: () -> T?) -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = probe() { return value }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return probe()
    }
}
