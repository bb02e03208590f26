import BylineCore
import BylineStore
import Foundation

/// What adding files to the library did: printed as a summary, or encoded as JSON.
public struct ImportReport: Encodable, Sendable {
    /// One input that was stored.
    public struct FileResult: Encodable, Hashable, Sendable {
        /// The input as given (`-` for standard input).
        public let path: String
        /// The article's id in the library.
        public let id: Int64
        /// `added`, or `updated` when it replaced the article it duplicates.
        public let status: String
        /// How many of the replaced article's annotations could not be placed in the new text.
        public let orphaned: Int
    }

    /// How many articles are new.
    public internal(set) var added = 0
    /// How many articles replaced the ones they duplicate (same URL, file or text).
    public internal(set) var updated = 0
    /// How many inputs were skipped.
    public var failed: Int { errors.count }
    /// How many annotations of updated articles became orphans.
    public internal(set) var orphaned = 0
    /// The stored inputs, in input order.
    public internal(set) var articles: [FileResult] = []
    /// The skipped inputs, in input order.
    public internal(set) var errors: [ImportFailure] = []
    /// How long the run took.
    public internal(set) var seconds: Double = 0

    private enum CodingKeys: String, CodingKey {
        case added, updated, failed, orphaned, articles, errors, seconds
    }

    /// Encodes the counts, the files and the errors, and the time to the millisecond.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(failed, forKey: .failed)
        try container.encode(orphaned, forKey: .orphaned)
        try container.encode(articles, forKey: .articles)
        try container.encode(errors, forKey: .errors)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
    }

    /// Counts the input at `path`, stored with `outcome`.
    mutating func record(path: String, outcome: SaveOutcome) {
        switch outcome {
        case .added(let id):
            added += 1
            articles.append(FileResult(path: path, id: id, status: "added", orphaned: 0))
        case .updated(let id, let orphans):
            updated += 1
            orphaned += orphans
            articles.append(FileResult(path: path, id: id, status: "updated", orphaned: orphans))
        }
    }

    /// The readable summary, naming the library at `libraryPath`.
    public func summary(libraryPath: String) -> String {
        let total = added + updated
        let rate = seconds > 0 ? Double(total) / seconds : 0
        var parts = ["Added \(added)", "updated \(updated)"]
        if failed > 0 { parts.append("skipped \(failed) unreadable") }
        var lines = [parts.joined(separator: ", ") + String(format: " in %.1f s (%.0f articles/s).", seconds, rate)]
        if orphaned > 0 { lines.append("\(Quantity.phrase(orphaned, "annotation")) could not be placed in the new text; `byline notes` lists them as orphans.") }
        if total == 1, let only = articles.first { lines.append("Article id: \(only.id)") }
        lines.append("Library: \(TerminalText.escaped(libraryPath))")
        return lines.joined(separator: "\n")
    }
}
