import Foundation

/// Dates as the library prints them.
public enum Timestamp {
    /// ISO 8601 in UTC ("2026-11-29T08:00:00Z").
    public static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
