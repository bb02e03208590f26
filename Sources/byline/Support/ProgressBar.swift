import Foundation

/// A one-line progress bar on standard error (count, rate, time remaining), drawn only when
/// standard error is a terminal and at most ten times a second.
struct ProgressBar {
    private let total: Int
    private let label: String
    private let isVisible: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    /// A bar for `total` items.
    init(total: Int, label: String) {
        self.total = total
        self.label = label
        isVisible = isatty(STDERR_FILENO) != 0 && total > 1
    }

    /// Shows that `done` items are finished.
    mutating func update(_ done: Int) {
        guard isVisible else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + ProgressLine(done: done, total: total, elapsed: now.timeIntervalSince(started), label: label).text).utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard isVisible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// The text of a progress line: `label [#####.....] 120/400  85/s  0:03 left`.
struct ProgressLine {
    let done: Int
    let total: Int
    let elapsed: TimeInterval
    let label: String

    var text: String {
        let width = 24
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int(fraction * Double(width))
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        return "\(label) [\(bar)] \(done)/\(total)  \(Int(rate.rounded()))/s  \(remaining / 60):\(String(format: "%02d", remaining % 60)) left"
    }
}
