import Foundation

/// Reads the dates feeds write, with a hand-written scanner (no `DateFormatter`):
/// - RFC 822/1123 and its common misspellings: "Thu, 08 Jul 2004 23:56:58 +0200", a missing
///   or localised day name ("Sáb, 8 Jul 2004"), two-digit years (below 50 are 20xx), missing
///   seconds, extra spaces, asctime order ("Thu Jul 8 23:56:58 2004"), named zones (GMT, UT,
///   EST, CEST…) and RFC 822's military letters (A is −1 hour, N is +1, Z is UTC);
/// - ISO 8601 and W3C-DTF, partial dates included: "2004", "2004-07", "2004-07-08",
///   "2004-07-08T23:56Z", fractions of a second, offsets, and "2004-07-08 23:56:58".
///
/// A date without a zone is UTC, one without a time is midnight. Dates in the future are
/// kept as given. Anything that does not name a real calendar day reads as `nil`.
public enum FeedDate {
    /// The moment `text` names, or `nil` when it cannot be read.
    public static func parse(_ text: String) -> Date? {
        var scanner = DateScanner(Array(text.utf8.prefix(256)))
        scanner.skipSeparators()
        let fields = scanner.startsWithYear ? scanner.iso8601() : scanner.rfc822()
        return fields?.date
    }

    /// `date` in ISO 8601, to the second, in UTC: "2004-07-08T23:56:58Z".
    public static func iso8601(_ date: Date) -> String {
        let civil = CivilTime(date)
        return "\(pad(civil.year, 4))-\(pad(civil.month))-\(pad(civil.day))T\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second))Z"
    }

    /// `date` in RFC 822 form, in GMT: "Thu, 08 Jul 2004 23:56:58 GMT".
    public static func rfc822(_ date: Date) -> String {
        let civil = CivilTime(date)
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((civil.days % 7) + 7) % 7]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][civil.month - 1]
        return "\(weekday), \(pad(civil.day)) \(month) \(pad(civil.year, 4)) \(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second)) GMT"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A date's fields as written, turned into a moment by `date`.
private struct DateFields {
    var year: Int
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// The zone's offset east of UTC, in seconds.
    var offset = 0

    /// The moment, or `nil` when the fields name no real calendar day or time of day.
    var date: Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...CivilTime.daysIn(month, of: year)).contains(day),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = CivilTime.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}

/// The two date grammars, over the bytes of one date.
private struct DateScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private var atEnd: Bool { index >= bytes.count }
    private var current: UInt8 { bytes[index] }

    /// Whether the text opens with four digits, as ISO 8601 dates do.
    var startsWithYear: Bool {
        let digits = digitCount(from: index)
        let next = index + digits
        return digits == 8 || (digits == 4 && (next == bytes.count || bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "T")))
    }

    // MARK: ISO 8601

    /// "2004", "2004-07", "2004-07-08", "20040708", then optionally a time and a zone.
    mutating func iso8601() -> DateFields? {
        let basic = digitCount(from: index) >= 8
        guard let year = number(digits: 4) else { return nil }
        var fields = DateFields(year: year)
        if basic {
            guard let month = number(digits: 2), let day = number(digits: 2) else { return nil }
            fields.month = month
            fields.day = day
        } else if consume(UInt8(ascii: "-")) {
            guard let month = number(maxDigits: 2) else { return nil }
            fields.month = month
            if consume(UInt8(ascii: "-")) {
                guard let day = number(maxDigits: 2) else { return nil }
                fields.day = day
            }
        }
        let beforeTime = index
        if consume(UInt8(ascii: "T")) || consume(UInt8(ascii: "t")) || skipSpaces() {
            if !time(into: &fields, basic: basic) { index = beforeTime }
        }
        skipSpaces()
        if let offset = zone() { fields.offset = offset }
        return fields
    }

    // MARK: RFC 822

    /// Day, month name, year, time and zone in any of the orders feeds use, with whatever
    /// words (day names, in any language) around them.
    mutating func rfc822() -> DateFields? {
        var day: Int?
        var year: Int?
        var yearDigits = 0
        var months: [(month: Int, first: Bool)] = []
        var fields = DateFields(year: 0)
        var sawTime = false
        var sawZone = false
        var tokenCount = 0
        while true {
            skipSeparators()
            guard !atEnd else { break }
            defer { tokenCount += 1 }
            let byte = current
            if byte == UInt8(ascii: "(") {
                while !atEnd, current != UInt8(ascii: ")") { index += 1 }
                index += 1
            } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")), year != nil || sawTime, !sawZone,
                      index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                guard let offset = zone() else { return nil }
                fields.offset = offset
                sawZone = true
            } else if isDigit(byte) {
                let digits = digitCount(from: index)
                guard digits <= 4 else {
                    index += digits
                    continue
                }
                if index + digits < bytes.count, bytes[index + digits] == UInt8(ascii: ":"), !sawTime {
                    guard time(into: &fields, basic: false) else { return nil }
                    sawTime = true
                    continue
                }
                let value = number(maxDigits: digits)!
                if digits == 4, year == nil {
                    year = value
                    yearDigits = 4
                } else if day == nil, digits <= 2 {
                    day = value
                } else if year == nil, digits <= 3 {
                    year = value
                    yearDigits = digits
                }
            } else if isWordByte(byte) {
                let word = self.word()
                if let month = month(word) {
                    months.append((month, tokenCount == 0))
                } else if sawTime, matches(word, "pm") || matches(word, "am") {
                    if matches(word, "pm"), fields.hour < 12 { fields.hour += 12 }
                    if matches(word, "am"), fields.hour == 12 { fields.hour = 0 }
                } else if sawTime, !sawZone, let offset = namedZone(word) {
                    fields.offset = offset
                    sawZone = true
                }
            } else {
                index += 1
            }
        }
        // A day name that is also a month abbreviation ("mar" is Tuesday in Spanish) comes first.
        let month = months.count > 1 ? months.first { !$0.first }?.month : months.first?.month
        guard let month, let day, var year else { return nil }
        if yearDigits == 2 { year += year < 50 ? 2000 : 1900 } else if yearDigits == 3 { year += 1900 }
        fields.year = year
        fields.month = month
        fields.day = day
        return fields
    }

    // MARK: Pieces

    /// "23:56", "23:56:58", "23:56:58.123", or "235658" in the basic format.
    private mutating func time(into fields: inout DateFields, basic: Bool) -> Bool {
        guard let hour = number(digits: 2) ?? number(maxDigits: 1) else { return false }
        let separated = consume(UInt8(ascii: ":"))
        guard separated || basic, let minute = number(digits: 2) else { return false }
        fields.hour = hour
        fields.minute = minute
        if (separated && consume(UInt8(ascii: ":"))) || (!separated && digitCount(from: index) >= 2) {
            guard let second = number(digits: 2) else { return false }
            fields.second = second
            if !atEnd, current == UInt8(ascii: ".") || current == UInt8(ascii: ",") {
                index += 1
                let start = index
                let digits = digitCount(from: index)
                index += digits
                fields.fraction = Double("0." + String(decoding: bytes[start..<(start + min(digits, 9))], as: UTF8.self)) ?? 0
            }
        }
        return true
    }

    /// "Z", "+02:00", "+0200", "+02", "-05" or a zone's name; the offset in seconds.
    private mutating func zone() -> Int? {
        guard !atEnd else { return nil }
        let byte = current
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            index += 1
            let digits = digitCount(from: index)
            guard digits == 4 || digits == 2 || digits == 1 || digits == 3,
                  let hours = number(maxDigits: digits <= 2 ? digits : digits - 2) else { return nil }
            var minutes = 0
            if digits >= 3 {
                minutes = number(digits: 2) ?? 0
            } else if consume(UInt8(ascii: ":")) {
                minutes = number(digits: 2) ?? 0
            }
            guard hours <= 23, minutes <= 59 else { return nil }
            let offset = (hours * 60 + minutes) * 60
            return byte == UInt8(ascii: "-") ? -offset : offset
        }
        guard isWordByte(byte) else { return nil }
        return namedZone(word())
    }

    /// English month names; the first three letters are the abbreviation.
    private static let months: [StaticString] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// A month's number from its English name or abbreviation ("sept" too).
    private func month(_ word: Range<Int>) -> Int? {
        guard word.count >= 3 else { return nil }
        for (index, name) in Self.months.enumerated() where matches(word.prefix(3), name, prefixOnly: true) {
            return word.count == 3 || matches(word, "sept") || matches(word, name) ? index + 1 : nil
        }
        return nil
    }

    /// The offset of a named zone in seconds: the zones RFC 822 names, those feeds use, and
    /// RFC 822's military letters (A is −1 hour … M is −12, N is +1 … Y is +12, Z is UTC).
    private func namedZone(_ word: Range<Int>) -> Int? {
        if word.count == 1 {
            let letter = Int(bytes[word.lowerBound] | 0x20)
            let position = letter - 0x61
            switch letter {
            case 0x7A: return 0
            case 0x61...0x69: return -(position + 1) * 3_600
            case 0x6B...0x6D: return -position * 3_600
            case 0x6E...0x79: return (position - 12) * 3_600
            default: return nil
            }
        }
        return Self.zones.first { matches(word, $0.name) }.map { $0.minutes * 60 }
    }

    /// Named zones, in minutes east of UTC.
    private static let zones: [(name: StaticString, minutes: Int)] = [
        ("gmt", 0), ("ut", 0), ("utc", 0), ("wet", 0),
        ("est", -300), ("edt", -240), ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480),
        ("pdt", -420), ("akst", -540), ("akdt", -480), ("hst", -600), ("ast", -240), ("adt", -180), ("nst", -210),
        ("ndt", -150), ("bst", 60), ("cet", 60), ("met", 60), ("west", 60), ("cest", 120), ("mest", 120), ("eet", 120),
        ("eest", 180), ("msk", 180), ("ist", 330), ("sgt", 480), ("hkt", 480), ("awst", 480), ("jst", 540),
        ("kst", 540), ("acst", 570), ("aest", 600), ("aedt", 660), ("nzst", 720), ("nzdt", 780),
    ]

    /// Whether the word at `range` is `literal` (lower case), ignoring case; with
    /// `prefixOnly`, whether it opens `literal`.
    private func matches(_ range: Range<Int>, _ literal: StaticString, prefixOnly: Bool = false) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard range.count == count || (prefixOnly && range.count < count) else { return false }
        for (offset, index) in range.enumerated() {
            let byte = bytes[index]
            if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != literal.utf8Start[offset] { return false }
        }
        return true
    }

    /// Skips spaces, commas, full stops, hyphens between words, and no-break spaces.
    mutating func skipSeparators() {
        while !atEnd {
            switch current {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "/"):
                index += 1
            case UInt8(ascii: "-") where index + 1 < bytes.count && !isDigit(bytes[index + 1]):
                index += 1
            case UInt8(ascii: "-") where index > 0 && isWordByte(bytes[index - 1]):
                index += 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                index += 2
            default:
                return
            }
        }
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while !atEnd, current == 0x20 || current == 0x09 || (current == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0) {
            index += current == 0xC2 ? 2 : 1
        }
        return index > start
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard !atEnd, current == byte else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` digits.
    private mutating func number(digits: Int) -> Int? {
        guard digitCount(from: index) >= digits else { return nil }
        return number(maxDigits: digits)
    }

    /// One to `maxDigits` digits.
    private mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        let start = index
        while !atEnd, index - start < maxDigits, isDigit(current) {
            value = value * 10 + Int(current - 0x30)
            index += 1
        }
        return index > start ? value : nil
    }

    private func digitCount(from start: Int) -> Int {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return end - start
    }

    /// A run of letters (non-ASCII bytes count as letters, so a localised day name is one
    /// word): where it lies.
    private mutating func word() -> Range<Int> {
        let start = index
        while !atEnd, isWordByte(current), !(current == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0) {
            index += 1
        }
        return start..<index
    }

    private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private func isWordByte(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte & 0xDF) || byte >= 0x80 }
}

/// Conversions between moments and the proleptic Gregorian calendar in UTC
/// (Howard Hinnant's days-from-civil algorithms).
struct CivilTime {
    var days: Int
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    /// The UTC calendar fields of `date`, to the second.
    init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to the given day.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days in `month` of `year`.
    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
