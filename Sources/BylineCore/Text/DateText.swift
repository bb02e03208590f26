/// A day of the Gregorian calendar as a page writes it: no time, no zone.
struct CalendarDay: Hashable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// The years a news page's date can name; anything else is a number that only looks like one.
    static let plausibleYears = 1990...2100

    /// `nil` unless the three numbers name a real day in a plausible year.
    init?(year: Int, month: Int, day: Int) {
        guard Self.plausibleYears.contains(year), (1...12).contains(month),
              (1...CivilTime.daysIn(month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601: "2026-03-14".
    var iso: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

/// Reads the dates people write in running text, in the main European languages:
/// "2026-03-14", "14.03.2026", "14/03/2026", "14. März 2026", "14 mars 2026",
/// "14 de marzo de 2026", "March 14, 2026", "Mar. 14th, 2026", "1er mars 2026".
///
/// Only whole days count: "März 2026" or "14.03." name no day. A year has four digits, except
/// in a date written with full stops ("14.03.26"), when `shortYears` allows it: in a date line,
/// not in running text. Numbers separated by slashes are read day first, unless `monthFirst`
/// (American pages) or unless only the other order names a real day.
enum DateText {
    /// The first day written in `text`, looking at its first `limit` scalars.
    static func firstDay(in text: String, monthFirst: Bool = false, shortYears: Bool = false, limit: Int = 400) -> CalendarDay? {
        let tokens = DateTokens(text, limit: limit).tokens
        for start in tokens.indices {
            if let day = numeric(tokens, at: start, monthFirst: monthFirst, shortYears: shortYears) ?? named(tokens, at: start) {
                return day
            }
        }
        return nil
    }

    /// "2026-03-14", "2026/03/14", "14.03.2026", "14/03/2026", "03/14/2026" (`monthFirst`),
    /// "14.03.26" (`shortYears`).
    private static func numeric(_ tokens: [DateToken], at start: Int, monthFirst: Bool, shortYears: Bool) -> CalendarDay? {
        guard start + 4 < tokens.count, case let .number(first, firstDigits) = tokens[start],
              case let .mark(separator) = tokens[start + 1], "-./".unicodeScalars.contains(separator),
              case let .number(second, secondDigits) = tokens[start + 2], secondDigits <= 2,
              tokens[start + 3] == .mark(separator), case let .number(third, thirdDigits) = tokens[start + 4]
        else { return nil }
        if firstDigits == 4, thirdDigits <= 2 { return CalendarDay(year: first, month: second, day: third) }
        if shortYears, separator == ".", firstDigits <= 2, thirdDigits == 2,
           start + 5 == tokens.count || tokens[start + 5] != .mark(".") {
            return CalendarDay(year: third < 70 ? 2000 + third : 1900 + third, month: second, day: first)
        }
        guard firstDigits <= 2, thirdDigits == 4 else { return nil }
        let dayFirst = CalendarDay(year: third, month: second, day: first)
        let monthFirstDay = separator == "/" ? CalendarDay(year: third, month: first, day: second) : nil
        return monthFirst ? monthFirstDay ?? dayFirst : dayFirst ?? monthFirstDay
    }

    /// "14. März 2026", "14 de marzo de 2026", "1er mars 2026", "March 14, 2026", "Mar. 14th 2026".
    private static func named(_ tokens: [DateToken], at start: Int) -> CalendarDay? {
        var cursor = start
        if case let .number(day, digits) = tokens[cursor], digits <= 2 {
            cursor = skip(tokens, from: cursor + 1, ordinals: true)
            guard cursor < tokens.count, case let .word(name) = tokens[cursor], let month = months[name] else { return nil }
            cursor = skip(tokens, from: cursor + 1, ordinals: false)
            guard let year = year(tokens, at: cursor) else { return nil }
            return CalendarDay(year: year, month: month, day: day)
        }
        guard case let .word(name) = tokens[cursor], let month = months[name] else { return nil }
        cursor = skip(tokens, from: cursor + 1, ordinals: false)
        guard cursor < tokens.count, case let .number(day, digits) = tokens[cursor], digits <= 2 else { return nil }
        cursor = skip(tokens, from: cursor + 1, ordinals: true)
        guard let year = year(tokens, at: cursor) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    private static func year(_ tokens: [DateToken], at index: Int) -> Int? {
        guard index < tokens.count, case let .number(year, 4) = tokens[index] else { return nil }
        return year
    }

    /// The index after the full stops, commas, joining words ("de", "of") and (when `ordinals`) ordinal endings
    /// that may sit between a date's parts.
    private static func skip(_ tokens: [DateToken], from index: Int, ordinals: Bool) -> Int {
        var cursor = index
        while cursor < tokens.count {
            switch tokens[cursor] {
            case .mark("."), .mark(","), .mark("º"), .mark("ª"), .mark("°"):
                cursor += 1
            case let .word(word) where joiningWords.contains(word) || (ordinals && ordinalEndings.contains(word)):
                cursor += 1
            default:
                return cursor
            }
        }
        return cursor
    }

    private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e"]
    /// "14 de marzo de 2026", "the 14th of March 2026".
    private static let joiningWords: Set<String> = ["de", "del", "of"]

    /// Words that sit in written dates and times besides the month: weekdays in English,
    /// German, French, Spanish, Italian and Dutch, and the words around a time of day.
    static let dayAndTimeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
        "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "uhr", "h", "am", "pm", "gmt", "utc", "cet", "cest", "mez",
        "mesz", "heure", "heures", "horas", "ore", "uur", "kl", "klo",
    ]

    /// Month names and their usual abbreviations, lower case, in English, German, French,
    /// Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Polish, Czech and
    /// Finnish (the last three in the genitive form dates use).
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
             "januari", "stycznia", "styczeń", "ledna", "tammikuuta"],
            ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fév", "fev", "febrero", "febbraio",
             "fevereiro", "februari", "lutego", "luty", "února", "helmikuuta"],
            ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "marts",
             "marca", "marzec", "března", "maaliskuuta"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "dubna", "huhtikuuta"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "května", "toukokuuta"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "června",
             "kesäkuuta"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "července",
             "heinäkuuta"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień", "srpna",
             "elokuuta"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
             "września", "wrzesień", "září", "syyskuuta"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "października",
             "październik", "října", "lokakuuta"],
            ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "listopadu",
             "marraskuuta"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
             "dezembro", "desember", "grudnia", "grudzień", "prosince", "joulukuuta"],
        ]
        var table: [String: Int] = [:]
        for (index, list) in names.enumerated() {
            for name in list { table[name] = index + 1 }
        }
        return table
    }()
}

/// A piece of text as the date reader sees it.
enum DateToken: Equatable {
    /// A run of ASCII digits and how many there were.
    case number(Int, digits: Int)
    /// A run of letters, lower-cased.
    case word(String)
    /// Any other character that is not white space.
    case mark(Unicode.Scalar)
}

/// Splits text into date tokens.
struct DateTokens {
    private(set) var tokens: [DateToken] = []

    init(_ text: String, limit: Int) {
        var number = 0
        var digits = 0
        var word = String.UnicodeScalarView()
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(String(word).lowercased())) }
            number = 0
            digits = 0
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars.prefix(limit) {
            if ("0"..."9").contains(scalar) {
                if !word.isEmpty { flush() }
                number = digits < 9 ? number * 10 + Int(scalar.value - 48) : number
                digits += 1
            } else if scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.append(scalar)
            } else {
                flush()
                if scalar.isASCII ? scalar != " " && !("\t"..."\r").contains(scalar) : !scalar.properties.isWhitespace {
                    tokens.append(.mark(scalar))
                }
            }
        }
        flush()
    }
}
