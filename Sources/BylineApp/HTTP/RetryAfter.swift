import Foundation

/// Reads a `Retry-After` value: a number of seconds, or an HTTP date in any of the three
/// forms HTTP allows (RFC 9110, 5.6.7).
enum RetryAfter {
    /// The moment `value` names, counting seconds from `now`; nil when it is neither form.
    static func date(from value: String, now: Date) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return Int(text).map { now.addingTimeInterval(TimeInterval($0)) }
        }
        return HTTPDate.parse(text)
    }
}

/// Dates as HTTP writes them (RFC 9110, 5.6.7).
enum HTTPDate {
    /// The preferred form (`Sun, 06 Nov 1994 08:49:37 GMT`), then the obsolete RFC 850
    /// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`) forms.
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]

    /// The moment an HTTP date names, in any of the three forms; nil for anything else.
    static func parse(_ text: String) -> Date? {
        // asctime pads a one-digit day with a second space.
        let spaced = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let formatter = makeFormatter()
        for format in formats {
            formatter.dateFormat = format
            if let date = formatter.date(from: spaced) { return date }
        }
        return nil
    }

    private static func makeFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        return formatter
    }
}
