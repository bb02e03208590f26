import BylineCore
import Foundation

/// Dates as the library prints them.
public enum Timestamp {
    /// ISO 8601 in UTC ("2026-11-29T08:00:00Z").
    public static func iso(_ date: Date) -> String {
        FeedDate.iso8601(date)
    }

    /// The minute of a date in UTC, for readable lists ("2026-11-29 08:00").
    public static func minute(_ date: Date) -> String {
        iso(date).prefix(16).replacingOccurrences(of: "T", with: " ")
    }
}
