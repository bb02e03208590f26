import BylineUI

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
        guard let bytes = ByteCount.parse(description) else { return nil }
        self.bytes = bytes
    }

    /// The size in whole megabytes ("64M") or kilobytes ("512K") when it is one, else in bytes.
    public var description: String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
        return "\(bytes)"
    }
}
