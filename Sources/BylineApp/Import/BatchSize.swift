import Foundation

/// How many inputs the pipeline takes at a time: about a second's work, so that a batch is
/// stored (in one transaction) and progress reported about every second whatever an input
/// costs; never fewer than a few per core, to keep every core busy, and never more than
/// `maximum`.
struct BatchSize {
    /// The most inputs in one batch.
    static let maximum = 200

    private let minimum: Int
    /// How many inputs the next batch takes.
    private(set) var next: Int

    /// Sizes for a machine with `cores` cores; the first batch is the smallest.
    init(cores: Int = ProcessInfo.processInfo.activeProcessorCount) {
        minimum = min(Self.maximum, 4 * max(1, cores))
        next = minimum
    }

    /// Sizes the next batch after one of `count` inputs took `duration`.
    mutating func record(_ count: Int, took duration: Duration) {
        let seconds = duration / .seconds(1)
        let perSecond = seconds > 0 ? Double(count) / seconds : Double(Self.maximum)
        next = Int(min(Double(Self.maximum), max(Double(minimum), perSecond)))
    }
}
