@testable import BylineApp
import Foundation
import Testing

@Suite("Opening a link: which browser, and what the status line says when there is none")
struct BrowserCommandTests {
    let url = "https://example.org/harbour/bridge-vote"

    @Test("without $BROWSER and without xdg-open on PATH there is no browser, and the message shows the URL first")
    func noBrowser() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("byline-empty-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(BrowserCommand.arguments(for: url, environment: ["PATH": empty.path]) == nil)
        #expect(BrowserCommand.arguments(for: url, environment: [:]) == nil)
        let message = BrowserCommand.unavailable(url)
        #expect(message.hasPrefix(url))
        #expect(message.contains("$BROWSER"))
        #expect(BrowserCommand.failedToStart("firefox", url: url).hasPrefix(url))
    }

    @Test("xdg-open is used when it is on PATH")
    func xdgOpenOnPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let opener = folder.appendingPathComponent("xdg-open").path
        #expect(FileManager.default.createFile(atPath: opener, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        #expect(BrowserCommand.arguments(for: url, environment: ["PATH": "/nonexistent:" + folder.path]) == ["xdg-open", url])
    }

    @Test("$BROWSER wins: its first entry, with %s replaced by the URL or the URL appended")
    func browserVariable() {
        #expect(BrowserCommand.arguments(for: url, environment: ["BROWSER": "w3m:lynx", "PATH": ""]) == ["w3m", url])
        #expect(BrowserCommand.arguments(for: url, environment: ["BROWSER": "links -g %s"]) == ["links", "-g", url])
    }
}
