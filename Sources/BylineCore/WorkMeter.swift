import Foundation

/// Counts the work the readers and the analysis do, so that tests can check it grows linearly
/// with the input whatever its shape: a count, unlike a time, is the same on every machine
/// and every run. Counting is off unless a caller measures (`measuring(_:)`); then each
/// counted stage adds, once per call, how many items it went through.
public final class WorkMeter: @unchecked Sendable {
    /// What is counted.
    public enum Kind: Int, CaseIterable, Sendable {
        /// Scalars the plain-text reader made into text to look at (header lines, blocks
        /// scored as boilerplate).
        case scalarsRead
        /// Tokens made, or gone through by a stage that scans them (sentences, quotation
        /// marks).
        case tokensVisited
        /// Candidates compared while resolving a name, a pronoun or a description: people
        /// sharing a word of a name, entries of a timeline stepped over.
        case candidatesCompared
        /// Elements and texts of an HTML page put in the reader's tree, and tags weighed by
        /// the bound on its nesting.
        case markupNodes
    }

    @TaskLocal private static var current: WorkMeter?

    private let lock = NSLock()
    private var counts = [Int](repeating: 0, count: Kind.allCases.count)

    private init() {}

    /// Runs `body` with counting on, returning its result and the work counted.
    public static func measuring<T>(_ body: () throws -> T) rethrows -> (result: T, work: [Kind: Int]) {
        let meter = WorkMeter()
        let result = try $current.withValue(meter) { try body() }
        return (result, meter.lock.withLock { Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, meter.counts[$0.rawValue]) }) })
    }

    /// Adds `amount` of `kind` to the meter of the current measurement, if any.
    static func count(_ kind: Kind, _ amount: Int) {
        guard let meter = current else { return }
        meter.lock.withLock { meter.counts[kind.rawValue] += amount }
    }
}
