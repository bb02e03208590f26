import ArgumentParser
import BylineApp
import BylineStore
import Foundation

/// `byline demo`: the reader over a temporary library built from the bundled sample articles.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the reader on a temporary library of the bundled sample articles.",
        discussion: """
            The samples are added to a fresh library in a temporary folder, deleted when the \
            reader quits or the terminal closes: annotations and read marks last for the session \
            only (quitting asks first when you made annotations). The samples are found in \
            $BYLINE_SAMPLES, <prefix>/share/byline/samples, or the source checkout's Samples/.
            """
    )

    @OptionGroup var options: ReaderOptions

    func run() throws {
        try Failure.exitingOnError {
            let environment = ProcessInfo.processInfo.environment
            let cleanup = SignalCleanup()
            defer { cleanup.cancel() }
            let demo = try DemoLibrary.build(environment: environment) { folder in cleanup.add { DemoLibrary.remove(folder) } }
            defer { demo.remove() }
            var session = ReaderSession(environment: environment, themeOverride: options.theme)
            session.isLibraryTemporary = true
            session.signalCleanup = cleanup
            try session.run(database: demo.database, reloadAtStart: demo.hasFeed)
        }
    }
}

/// A library of the sample articles in a temporary folder of its own.
struct DemoLibrary {
    /// Why the samples could not be found.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "no sample articles found: set BYLINE_SAMPLES to a folder of .txt or .html articles" }
    }

    /// The folder holding the library file (and its WAL files).
    let folder: String
    /// The library.
    let database: AppDatabase
    /// Whether the library subscribes to the sample feed (reloaded as the reader opens).
    let hasFeed: Bool

    /// Finds the samples, creates a temporary folder (handed to `created` at once, so that a
    /// signal during the import can remove it) and adds every sample to a new library in it.
    static func build(environment: [String: String], created: (String) -> Void = { _ in }) throws -> DemoLibrary {
        let folders = ResourceLocator(environment: environment).directories(for: "Samples", variable: "BYLINE_SAMPLES")
        guard let samplesFolder = folders.first(where: { !articleFiles(in: $0).isEmpty }) else { throw Missing() }
        let samples = articleFiles(in: samplesFolder)
        let folder = try temporaryFolder()
        created(folder)
        do {
            let database = try AppDatabase.open(path: (folder as NSString).appendingPathComponent("library.sqlite"))
            let messages = ImportMessages(label: "adding")
            _ = try ImportPipeline(database: database).add(samples, observer: messages)
            messages.finish()
            let hasFeed = try SampleFeed.subscribe(database, samplesFolder: samplesFolder)
            return DemoLibrary(folder: folder, database: database, hasFeed: hasFeed)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    /// Deletes the library and its folder.
    func remove() {
        Self.remove(folder)
    }

    /// Deletes a demo library's folder.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The article files of a samples folder (README.txt aside), sorted.
    private static func articleFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
            .filter { $0.lowercased() != "readme.txt" }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// A new folder only this process can use, under the system's temporary folder.
    private static func temporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("byline-demo-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw InputFile.LoadError.unreadable(NSTemporaryDirectory(), reason: "cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        return String(cString: created)
    }
}
