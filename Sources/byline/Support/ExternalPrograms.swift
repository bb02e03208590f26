import BylineApp
import BylineUI
import Foundation

/// Starts the browser and the editor: programs run directly with their arguments (never
/// through a shell), so a URL or a note can never be read as shell syntax.
final class ExternalPrograms: ExternalActions {
    let environment: [String: String]

    init(environment: [String: String]) {
        self.environment = environment
    }

    /// The editor command (`$VISUAL`, else `$EDITOR`), when one is set.
    var editor: [String]? {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return command.map { $0.split(separator: " ").map(String.init) }
    }

    /// Starts the browser on `url`, only when it is an openable link (`OpenableLink`: the reader
    /// checks first; this is the last guard before a program starts). No `--` goes before the
    /// URL: `xdg-open` refuses it as an unknown option, and an openable URL starts with its
    /// scheme, never with `-`.
    func open(url: String) -> String? {
        guard OpenableLink.isOpenable(url) else { return OpenableLink.refusal(url) }
        reapFinishedChildren()
        guard let arguments = BrowserCommand.arguments(for: url, environment: environment) else { return BrowserCommand.unavailable(url) }
        guard spawn(arguments, quiet: true) != nil else { return BrowserCommand.failedToStart(arguments[0], url: url) }
        return nil
    }

    func editNote(_ initial: String) -> String? {
        guard let editor else { return nil }
        let path = NSTemporaryDirectory() + "byline-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(initial.utf8)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let pid = spawn(editor + [path], quiet: false) else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        guard status == 0, let note = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Starts `arguments[0]` (looked up in `PATH`) with the rest as its arguments; with
    /// `quiet`, its standard streams go to /dev/null. Returns its process id.
    private func spawn(_ arguments: [String], quiet: Bool) -> pid_t? {
        guard !arguments.isEmpty else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
            }
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        return result == 0 ? pid : nil
    }

    /// Collects browsers that have exited, so they do not linger as zombies.
    private func reapFinishedChildren() {
        var status: Int32 = 0
        while waitpid(-1, &status, WNOHANG) > 0 {}
    }
}
