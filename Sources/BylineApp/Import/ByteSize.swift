/// A size as a person writes it: a byte count with an optional K, M or G suffix ("64M").
public struct ByteSize: Hashable, Sendable, LosslessStringConvertible {
    /// The number of bytes.
    public let bytes: Int

    /// A size of `bytes` bytes.
    public init(bytes: Int) {
        self.bytes = bytes
    }

    /// Reads "4096", "512K", "64M" or "1G" (also "KB", "MB", "GB" and "B"), ignoring case and
    /// surrounding spaces; `nil` for anything else, for zero or less, and for sizes too large.
    public init?(_ description: String) {
        let trimmed = description.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(suffix: String, factor: Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10),
                                                       ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        let unit = units.first { trimmed.hasSuffix($0.suffix) }
        let digits = unit.map { String(trimmed.dropLast($0.suffix.count)) } ?? trimmed
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), value > 0 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: unit?.factor ?? 1)
        guard !overflow else { return nil }
        bytes = product
    }

    /// The size in whole megabytes ("64M") or kilobytes ("512K") when it is one, else in bytes.
    public var description: String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
        return "\(bytes)"
    }
}
