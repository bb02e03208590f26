import BylineApp
import Foundation

/// A folder of article files for one test, removed by `remove()`.
struct ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-app-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` in the folder and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes a short news story numbered `number` to `name` and returns the file's path.
    @discardableResult
    func story(_ name: String, number: Int) throws -> String {
        try write(name, Array(ScratchFolder.story(number: number).utf8))
    }

    /// A saved text article: a headline, a blank line and a body with one quote.
    static func story(number: Int) -> String {
        """
        Harbour story \(number)

        The harbour board voted on Tuesday to close pier \(number). "The timbers of pier \(number) are rotten \
        through," said Ines Calloway, a professor of marine engineering at Dunmore University.

        Officials said the ferry would run as usual.

        """
    }

    /// The path of `name` in the folder, whether or not it exists.
    func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Everything a pipeline run told its observer, in order.
final class RecordingObserver: ImportObserver {
    private(set) var total: Int?
    private(set) var warnings: [String] = []
    private(set) var skipped: [ImportFailure] = []
    private(set) var progress: [Int] = []

    func started(total: Int) { self.total = total }
    func warned(_ warning: String, about name: String) { warnings.append("\(name): \(warning)") }
    func skipped(_ failure: ImportFailure) { skipped.append(failure) }
    func progressed(done: Int) { progress.append(done) }
}
