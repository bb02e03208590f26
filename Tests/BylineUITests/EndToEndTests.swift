import BylineCore
import Foundation
import Testing

/// Runs `Tests/EndToEnd/reader-e2e.sh --library` on the built `byline` in a private tmux
/// server: the samples are added to a fresh SQLite library, the reader is driven through it,
/// quit and restarted, and the annotation made before must still be there; then the sample
/// feed, served on 127.0.0.1, is subscribed to, reloaded from the feeds screen, and its new
/// item opened, where `]q` must name the speaker.
/// Skipped, with the reason, when tmux is missing or when the binary was not built next to the
/// tests. Fails, before the script runs, when the analysis finds no quotes in the sample the
/// script drives: the script checks speakers and roles, so that is a broken reader, not a
/// missing tool.
@Suite struct EndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("Tests/EndToEnd/reader-e2e.sh").path
    static let binary: String? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("byline").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var tmuxInstalled: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why the sample the script drives cannot give it quotes to walk, or nil when its analysis
    /// finds some.
    static func sampleWithoutQuotes() -> String? {
        let sample = root.appendingPathComponent("Tests/EndToEnd/samples/harbour-bridge.html").path
        guard let data = FileManager.default.contents(atPath: sample) else { return "cannot open \(sample)" }
        let article: Article
        do {
            article = try ArticleReader.read([UInt8](data))
        } catch {
            return "cannot read \(sample): \(error)"
        }
        guard ArticleAnalyzer.analyze(article).quotes.isEmpty else { return nil }
        return "the analysis finds no quotes in \(sample); the end-to-end script needs its quoted speakers and their roles"
    }

    @Test(.enabled(if: tmuxInstalled, "tmux is not installed (make deps installs it)"),
          .enabled(if: binary != nil, "the byline binary is not built next to the tests"))
    func theReaderWorksInARealTerminal() throws {
        if let problem = Self.sampleWithoutQuotes() {
            Issue.record("\(problem)")
            return
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(getpid()).log").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try Self.runScript(arguments: [Self.script, Self.binary!, "--library"], output: output)
        let log = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(status == 0, "\(log)")
        #expect(log.contains("PASS"))
    }

    /// Runs bash with `arguments`, its output to `output`, and waits for it (posix_spawn and
    /// waitpid: Foundation.Process hangs waiting on tmux).
    private static func runScript(arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)
        let argv = (["/bin/bash"] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, envp) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status
    }
}
