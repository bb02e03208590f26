import Foundation
import Testing

@Suite("byline read: bad input gives one clear line and a status, never a crash")
struct ReadCommandErrorTests {
    /// Checks a failed run: status, exactly one line on stderr mentioning `words`, nothing on
    /// stdout, no sign of a crash.
    private func expectFailure(_ outcome: BylineRunner.Outcome, status: Int32 = 1, mentioning words: String) {
        #expect(outcome.status == status)
        #expect(outcome.errorLines.count == 1, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("byline: "))
        #expect(outcome.standardError.contains(words), "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        expectNoCrash(outcome)
    }

    private func expectNoCrash(_ outcome: BylineRunner.Outcome) {
        for sign in ["Fatal error", "Stack dump", "stack trace", "Segmentation", "0x0000"] {
            #expect(!outcome.standardError.contains(sign))
        }
    }

    @Test("a missing file")
    func missing() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        expectFailure(try runner.run(["read", "no-such-article.txt"]), mentioning: "no-such-article.txt: no such file")
    }

    @Test("a directory")
    func directory() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        expectFailure(try runner.run(["read", runner.folder.path]), mentioning: "is a directory")
    }

    @Test("an unreadable file", .enabled(if: getuid() != 0, "root can read any file"))
    func unreadable() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = try runner.file("locked.txt", Array("A locked article.".utf8))
        chmod(path, 0)
        expectFailure(try runner.run(["read", path]), mentioning: "cannot be read")
    }

    @Test("an empty file, a blank file and empty standard input")
    func empty() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        expectFailure(try runner.run(["read", try runner.file("empty.txt", [])]), mentioning: "empty")
        expectFailure(try runner.run(["read", try runner.file("blank.txt", Array(" \n\n\t\r\n".utf8))]), mentioning: "empty")
        expectFailure(try runner.run(["read", "-"]), mentioning: "empty")
        expectFailure(try runner.run(["read", "--plain", "--json", try runner.file("empty2.txt", [])]), mentioning: "empty")
    }

    @Test("binary data (NUL bytes), with and without --plain")
    func binary() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = try runner.file("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        expectFailure(try runner.run(["read", path]), mentioning: "binary")
        expectFailure(try runner.run(["read", "--plain", path]), mentioning: "binary")
    }

    @Test("a file over --max-size, and standard input over it")
    func tooLarge() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let article = Array(String(repeating: "The council met again on Tuesday. ", count: 100).utf8)
        expectFailure(try runner.run(["read", "--max-size", "1K", try runner.file("long.txt", article)]), mentioning: "--max-size")
        expectFailure(try runner.run(["read", "--max-size", "1K", "-"], input: article), mentioning: "--max-size")
        #expect(try runner.run(["read", "--max-size", "1M", try runner.file("long2.txt", article)]).status == 0)
    }

    @Test("a named pipe without a writer does not hang")
    func pipeWithoutWriter() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = runner.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        expectFailure(try runner.run(["read", path]), mentioning: "empty")
    }

    @Test("a file name with control characters stays on one line")
    func controlCharactersInName() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["read", "evil\u{1B}[2J\nname.txt"])
        expectFailure(outcome, mentioning: "no such file")
        #expect(!outcome.standardError.contains("\u{1B}"))
    }

    @Test("invalid UTF-8 is a warning: the article is still read")
    func invalidUTF8() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let bytes = Array("Café owners welcome the plan\n\nThe caf".utf8) + [0xE9, 0xFF] + Array(" trade rose.\n".utf8)
        let outcome = try runner.run(["read", "--json", try runner.file("latin1.txt", bytes)])
        #expect(outcome.status == 0)
        #expect(outcome.errorLines.count == 1)
        #expect(outcome.standardError.hasPrefix("byline: warning: "))
        #expect(outcome.standardError.contains("invalid UTF-8"))
        let document = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(document?["title"] as? String == "Café owners welcome the plan")
        #expect((document?["text"] as? String)?.contains("\u{FFFD}") == true)
    }

    @Test("usage errors exit 64 with the error first", arguments: [
        ["read"],
        ["read", "--no-such-flag", "x.txt"],
        ["read", "--max-size", "lots", "x.txt"],
        ["read", "--format", "pdf", "x.txt"],
        ["read", "x.txt", "--out", "bodies"],
        ["read", "--batch", "pages"],
    ])
    func usage(arguments: [String]) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.errorLines.first?.hasPrefix("Error: ") == true, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        expectNoCrash(outcome)
    }

    @Test("usage errors show control characters in arguments as \\u{…}, never raw", arguments: [
        ["read", "--bad\u{1B}]0;pwned\u{07}option", "x.txt"],
        ["read", "--format", "ht\u{1B}[2Jml", "x.txt"],
        ["no-such-command\u{9B}31m"],
    ])
    func usageEscapes(arguments: [String]) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(arguments)
        #expect(outcome.status == 64)
        #expect(!outcome.standardError.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" },
                "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("\\u{"), "stderr: \(outcome.standardError)")
        expectNoCrash(outcome)
    }
}

@Suite("byline read: the happy paths")
struct ReadCommandTests {
    @Test("standard input is read with -")
    func standardInput() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["read", "--json", "-"], input: Array("Tide mill grinds again\n\nThe mill at Wexmoor ground flour on Saturday.".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let document = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(document?["title"] as? String == "Tide mill grinds again")
        #expect(document?["text"] as? String == "The mill at Wexmoor ground flour on Saturday.")
    }

    @Test("--plain keeps the input's text exactly, offsets indexing the file")
    func plain() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let text = "Tide mill grinds again\r\n\r\nThe mill at Wexmoor\u{A0}ground “flour”.\r\n"
        let outcome = try runner.run(["read", "--json", "--plain", try runner.file("mill.txt", Array(text.utf8))])
        let document = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(document?["text"] as? String == text)
        let paragraphs = document?["paragraphs"] as? [[String: Any]] ?? []
        #expect(paragraphs.map { $0["kind"] as? String } == ["heading", "body"])
        let paragraph = paragraphs.last
        let scalars = Array(text.unicodeScalars)
        if let start = paragraph?["start"] as? Int, let end = paragraph?["end"] as? Int {
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "The mill at Wexmoor\u{A0}ground “flour”.")
        } else {
            Issue.record("no paragraph in \(outcome.standardOutput)")
        }
    }

    @Test("every bundled sample reads without a warning (the sample feed's pages too)", arguments: try FileManager.default
        .subpathsOfDirectory(atPath: BylineRunner.packageRoot.appendingPathComponent("Samples").path)
        .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted())
    func samples(name: String) throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = BylineRunner.packageRoot.appendingPathComponent("Samples").appendingPathComponent(name).path
        let outcome = try runner.run(["read", "--json", path])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let document = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(((document?["text"] as? String)?.count ?? 0) > 1_000)
        if name.hasSuffix(".txt") {
            #expect(document?["title"] is String)
            #expect(((document?["paragraphs"] as? [Any])?.count ?? 0) >= 10)
        }
    }

    @Test("the demo sample prints its title, site and wrapped body")
    func demo() throws {
        let runner = try BylineRunner()
        defer { runner.cleanUp() }
        let path = BylineRunner.packageRoot.appendingPathComponent("Samples/harbour-bridge-vote.txt").path
        let outcome = try runner.run(["read", path])
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Harbour bridge vote splits Kestrel Bay council")
        #expect(lines.dropFirst().first == "The Portside Ledger")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!outcome.standardOutput.contains("Subscribe"))
    }
}
