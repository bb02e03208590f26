import BylineCore
import Dispatch
import Foundation

/// An article with every value the writer stores already computed: its row (hash, compressed
/// original, paragraph layout), the words of each quote and the key of each source. Preparing
/// needs no database, so a batch is prepared on every core before the write lock is taken, and
/// the writer's transaction does little but SQL.
struct PreparedArticle: Sendable {
    /// The article as given.
    let input: LibraryArticle
    /// Its `article` row, without an id.
    let record: ArticleRecord
    /// The text of each quote, in the analysis' order (what the quote index holds).
    let quoteWords: [String]
    /// The library-wide key of each source, in the analysis' order.
    let sourceKeys: [String]

    /// Prepares one article added or updated at `now`.
    init(_ input: LibraryArticle, now: Date) {
        self.input = input
        record = ArticleRecord(input, now: now)
        let text = input.article.text
        let ranges = input.analysis.quotes.map(\.range)
        let indices = ScalarIndices(text, offsets: ranges.flatMap { [$0.start, $0.end] })
        quoteWords = ranges.map { range in
            String(text.unicodeScalars[indices[range.start]..<indices[max(range.start, range.end)]])
        }
        sourceKeys = input.analysis.sources.map { SourceKey.of($0.name) }
    }

    /// Prepares a batch, splitting it across the processor's cores; the result is in batch order.
    static func prepare(_ batch: [LibraryArticle], now: Date) -> [PreparedArticle] {
        let chunkCount = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        guard chunkCount > 1 else { return batch.map { PreparedArticle($0, now: now) } }
        let chunks = ChunkResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (batch.count * chunk / chunkCount)..<(batch.count * (chunk + 1) / chunkCount)
            chunks.store(batch[range].map { PreparedArticle($0, now: now) }, at: chunk)
        }
        return chunks.joined
    }
}

/// The results of the chunks of a concurrent preparation, each stored once by its own thread.
private final class ChunkResults: @unchecked Sendable {
    private var results: [[PreparedArticle]]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: [], count: count) }

    func store(_ articles: [PreparedArticle], at index: Int) {
        lock.withLock { results[index] = articles }
    }

    var joined: [PreparedArticle] { lock.withLock { results.flatMap { $0 } } }
}

/// The string indices of a few Unicode scalar offsets into a text, found in one pass over its
/// UTF-8 bytes: offsets out of range are clamped to the text's ends.
struct ScalarIndices {
    private var indices: [Int: String.Index] = [:]
    private let start: String.Index
    private let end: String.Index

    init(_ text: String, offsets: [Int]) {
        start = text.startIndex
        end = text.endIndex
        var wanted = offsets.filter { $0 > 0 }.sorted()[...]
        var text = text
        let utf8Offsets: [(scalar: Int, byte: Int)] = text.withUTF8 { bytes in
            var found: [(Int, Int)] = []
            var scalar = -1
            for (byte, value) in bytes.enumerated() where value & 0xC0 != 0x80 {
                scalar += 1
                while let next = wanted.first, next == scalar {
                    found.append((scalar, byte))
                    wanted.removeFirst()
                }
                if wanted.isEmpty { break }
            }
            return found
        }
        for (scalar, byte) in utf8Offsets {
            indices[scalar] = text.utf8.index(start, offsetBy: byte)
        }
    }

    /// The index of the scalar at `offset` (the start for 0 or less, the end past the text).
    subscript(offset: Int) -> String.Index {
        offset <= 0 ? start : indices[offset] ?? end
    }
}
