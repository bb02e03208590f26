import Foundation
import Testing
@testable import BylineCore

/// A moment given by its UTC calendar fields, computed with Foundation's calendar so that the
/// scanner is checked against an independent implementation.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

@Suite("Feed dates")
struct FeedDateTests {
    @Test("RFC 822 and its misspellings", arguments: [
        ("Thu, 08 Jul 2004 23:56:58 +0200", utc(2004, 7, 8, 21, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 GMT", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu,  8 Jul 2004   23:56:58   GMT", utc(2004, 7, 8, 23, 56, 58)),
        ("08 Jul 2004 23:56:58 +0000", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 04 23:56:58 GMT", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 99 23:56:58 GMT", utc(1999, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 2004 23:56 GMT", utc(2004, 7, 8, 23, 56, 0)),
        ("Thu, 08 Jul 2004 23:56:58", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 2004", utc(2004, 7, 8)),
        ("Thu, 08 Jul 2004 23:56:58 EST", utc(2004, 7, 9, 4, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 EDT", utc(2004, 7, 9, 3, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 CST", utc(2004, 7, 9, 5, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 PST", utc(2004, 7, 9, 7, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 UT", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 Z", utc(2004, 7, 8, 23, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 A", utc(2004, 7, 9, 0, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 N", utc(2004, 7, 8, 22, 56, 58)),
        ("Thu, 08 Jul 2004 23:56:58 -05:30", utc(2004, 7, 9, 5, 26, 58)),
        ("Thu, 08 Jul 2004 23:56:58 +0200 (CEST)", utc(2004, 7, 8, 21, 56, 58)),
        ("Thu Jul  8 23:56:58 2004", utc(2004, 7, 8, 23, 56, 58)),
        ("Donnerstag, 08 Jul 2004 23:56:58 GMT", utc(2004, 7, 8, 23, 56, 58)),
        ("Sáb, 10 Jul 2004 08:00:00 GMT", utc(2004, 7, 10, 8, 0, 0)),
        ("mar, 06 jul 2004 08:00:00 GMT", utc(2004, 7, 6, 8, 0, 0)),
        ("Thu,\u{00A0}08 Jul 2004 23:56:58 GMT", utc(2004, 7, 8, 23, 56, 58)),
        ("8 September 2004 10:00 GMT", utc(2004, 9, 8, 10, 0, 0)),
        ("Sun, 29 Feb 2004 12:00:00 GMT", utc(2004, 2, 29, 12, 0, 0)),
        ("Wed, 01 Jan 2031 00:00:00 GMT", utc(2031, 1, 1)),
    ])
    func rfc822(text: String, expected: Date) {
        #expect(FeedDate.parse(text) == expected)
    }

    @Test("ISO 8601 and W3C-DTF, partial dates included", arguments: [
        ("2004", utc(2004, 1, 1)),
        ("2004-07", utc(2004, 7, 1)),
        ("2004-07-08", utc(2004, 7, 8)),
        ("2004-07-08T23:56Z", utc(2004, 7, 8, 23, 56, 0)),
        ("2004-07-08T23:56:58Z", utc(2004, 7, 8, 23, 56, 58)),
        ("2004-07-08t23:56:58z", utc(2004, 7, 8, 23, 56, 58)),
        ("2004-07-08T23:56:58+02:00", utc(2004, 7, 8, 21, 56, 58)),
        ("2004-07-08T23:56:58-0500", utc(2004, 7, 9, 4, 56, 58)),
        ("2004-07-08T23:56:58+02", utc(2004, 7, 8, 21, 56, 58)),
        ("2004-07-08 23:56:58", utc(2004, 7, 8, 23, 56, 58)),
        ("  2004-07-08T23:56:58Z  ", utc(2004, 7, 8, 23, 56, 58)),
        ("20040708T235658Z", utc(2004, 7, 8, 23, 56, 58)),
    ])
    func iso8601(text: String, expected: Date) {
        #expect(FeedDate.parse(text) == expected)
    }

    @Test("fractions of a second are kept")
    func fraction() throws {
        let date = try #require(FeedDate.parse("2004-07-08T23:56:58.25Z"))
        #expect(date.timeIntervalSince(utc(2004, 7, 8, 23, 56, 58)) == 0.25)
    }

    @Test("what names no real day is unreadable", arguments: [
        "", "yesterday", "Thu, 31 Feb 2004 10:00:00 GMT", "2004-13-01", "2003-02-29", "Thu, 08 Foo 2004",
        "2004-07-08T25:00:00Z", "Thu, 08 Jul 2004 23:61:00 GMT", "99999999999999999999 Jul 2004", "08 Mär 2004",
    ])
    func unreadable(text: String) {
        #expect(FeedDate.parse(text) == nil)
    }

    @Test("dates are written back in ISO 8601 and RFC 822 form")
    func formatting() {
        let date = utc(2004, 7, 8, 23, 56, 58)
        #expect(FeedDate.iso8601(date) == "2004-07-08T23:56:58Z")
        #expect(FeedDate.rfc822(date) == "Thu, 08 Jul 2004 23:56:58 GMT")
        #expect(FeedDate.rfc822(utc(1969, 12, 31, 23, 0, 0)) == "Wed, 31 Dec 1969 23:00:00 GMT")
        #expect(FeedDate.parse(FeedDate.rfc822(utc(2026, 12, 2, 9, 5, 1))) == utc(2026, 12, 2, 9, 5, 1))
    }
}
