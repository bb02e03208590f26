/// Reads people's names out of what a page says about its authors: a meta tag's value, a
/// JSON-LD name, the text of a byline ("Von Ana Ruiz und Tom Li | 3. März 2026").
///
/// A byline is written the same way in every European language: an optional label or
/// preposition ("By", "Von", "Par", "Por", "Di", "Door", "Autor:", "Text:", "Posted by"),
/// capitalised names joined by commas or a conjunction, then whatever follows the names (a
/// date, a place, "on", "am", a separator). Names are never the site, its publisher or its
/// newsroom ("Redaktion", "Staff").
struct AuthorNames {
    /// The comparison keys of the names that are not people's: the site, the publisher.
    private let excluded: [String]
    /// The key of the main label of the page's host ("dailyplanet"), which names the site.
    private let hostKey: String?

    /// `excluding` lists the site's and the publisher's names as the page states them; `host`
    /// is the main label of the page's host name.
    init(excluding names: [String], host: String? = nil) {
        excluded = names.flatMap { [LetterKey.of($0), LetterKey.of(Self.withoutArticle($0))] }.filter { !$0.isEmpty }
        hostKey = host.map(LetterKey.of).flatMap(\.nonEmpty)
    }

    /// "Lowmoor Gazette" for "The Lowmoor Gazette": a site's name without its article.
    private static func withoutArticle(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, articles.contains(first.lowercased()) else { return name }
        return words.dropFirst().joined(separator: " ")
    }

    private static let articles: Set<String> = ["the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "de", "het", "o", "a"]

    /// How trusting to be of a text.
    enum Source {
        /// A field meant to hold names only (a meta tag, JSON-LD): a lone user name such as
        /// "kat_writes" is accepted, a field that turns into a phrase names no one.
        case field
        /// The text of an element the page marks as its byline: names up to whatever follows
        /// them ("am 3. März"); a lone user name is accepted.
        case marked
        /// Running text that starts with a byline marker ("By …", "Von …"): only names of at
        /// least two capitalised words count.
        case byline
    }

    /// The people `text` names; empty when it names none.
    func names(in text: String, source: Source) -> [String] {
        let words = Array(BylineWords(text).words.drop { if case .word = $0 { return false }
            return true })
        guard let label = Self.label(in: words, strict: source == .byline) else { return [] }
        if source == .byline, label == 0 { return [] }
        var cursor = label
        if source == .field, words.count == 3, words[1] == .comma, case let .word(last) = words[0], case let .word(first) = words[2],
           Self.isNameWord(last), Self.isNameWord(first) {
            // "Holt, Maren": a name written surname first.
            return accepted(["\(first) \(last)"])
        }
        if cursor < words.count, case let .word(handle) = words[cursor], Self.isHandle(handle),
           source != .byline && cursor + 1 == words.count || label > 0 && !Self.isNameWord(handle) && Self.endsName(words, at: cursor + 1) {
            // "kat_writes", or "by kat_writes on 3 March": a user name standing alone.
            return accepted([handle])
        }
        var names: [String] = []
        var current: [String] = []
        func finish() {
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        scan: while cursor < words.count, names.count < 8 {
            switch words[cursor] {
            case .separator(":"):
                // "Stand: 3. März", "Fotos: Ana Ruiz": what came before a colon was a label.
                current = []
                break scan
            case .separator:
                break scan
            case .comma:
                finish()
            case let .word(word):
                let lower = word.lowercased()
                if Self.conjunctions.contains(lower) {
                    finish()
                } else if Self.isNameWord(word), !Self.labelWords.contains(lower), !Self.creditWords.contains(lower) {
                    current.append(word)
                } else if Self.particles.contains(lower), !current.isEmpty {
                    current.append(word)
                } else if source == .field {
                    // "Anna Berg für das Magazin": a field that turns into a phrase names no one reliably.
                    return []
                } else {
                    break scan
                }
            }
            cursor += 1
        }
        finish()
        let people = Self.droppingPlaces(names)
        // A lone first name in running text must end the byline ("Von Olga, 3. März"), or it may
        // be the start of a sentence ("By Midsummer the meadow flowers").
        let endsAfterNames = cursor >= words.count || Self.endsName(words, at: cursor) || words[cursor] == .comma
        return accepted(source == .byline && !endsAfterNames ? people.filter { $0.utf8.contains(0x20) } : people)
    }

    /// The names that are people's, once each, particles at the ends removed.
    private func accepted(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.compactMap { name -> String? in
            var words = name.split(separator: " ")
            while let last = words.last, Self.particles.contains(last.lowercased()) { words.removeLast() }
            guard (1...5).contains(words.count) else { return nil }
            let trimmed = words.joined(separator: " ")
            let key = LetterKey.of(trimmed)
            guard key.count >= 2, !isExcluded(key, words: words), seen.insert(key).inserted else { return nil }
            return trimmed
        }
    }

    private func isExcluded(_ key: String, words: [Substring]) -> Bool {
        if words.contains(where: { Self.isNewsroomWord($0.lowercased()) }) { return true }
        // "Ana Ruiz" may name "Ana Ruiz's Kitchen"; "Daily Planet Online" is the "Daily Planet".
        return key == hostKey || excluded.contains { site in site == key || (site.count >= 5 && key.containsBytes(site)) }
    }

    /// "Ana Ruiz, Berlin": when some parts of a comma list are full names, a lone word among
    /// them is a place or a job, not a person.
    private static func droppingPlaces(_ names: [String]) -> [String] {
        guard names.contains(where: { $0.utf8.contains(0x20) }) else { return names }
        return names.filter { $0.utf8.contains(0x20) }
    }

    /// The index of the first word after a byline's label ("Von", "Posted on 3 March by",
    /// "Autor:", "Text und Fotos:"), 0 when there is none, or `nil` when the label credits
    /// something else than the text ("Photo by", "Quelle:"). When `strict`, only label words
    /// and a date may come before the preposition ("3. März 2026 von …", not "Created by …").
    private static func label(in words: [BylineWord], strict: Bool) -> Int? {
        var end = 0
        if let colon = words.prefix(4).firstIndex(of: .separator(":")), colon > 0,
           words[..<colon].allSatisfy({ if case let .word(word) = $0 { return isLabelWord(word.lowercased()) }
               return false }) {
            end = colon + 1
        } else if let marker = markerIndex(in: words) {
            guard !strict || words[..<marker].allSatisfy(isLabelOrDate) else { return 0 }
            end = marker + 1 < words.count && words[marker + 1] == .separator(":") ? marker + 2 : marker + 1
        }
        let labelText = words[..<end].compactMap { if case let .word(word) = $0 { return word.lowercased() }
            return nil }
        let creditsOthers = labelText.contains(where: creditWords.contains) && !labelText.contains(where: authorshipWords.contains)
        return creditsOthers ? nil : end
    }

    /// The index of the preposition that opens a byline ("by", "von", "par") among its first words.
    private static func markerIndex(in words: [BylineWord]) -> Int? {
        words.indices.prefix(12).first { index in
            guard case let .word(word) = words[index], markers.contains(word.lowercased()) else { return false }
            let lower = word.lowercased()
            guard ambiguousMarkers.contains(lower) else { return true }
            // "von" and "di" also sit inside names ("Ursula von der Leyen", "Di Stefano"): inside a
            // text they open a byline only after a word that is not a name; "Di" and "Da" open one
            // at its start only when a full name follows.
            guard index > 0, case let .word(before) = words[index - 1] else {
                return index > 0 || !nameStartingMarkers.contains(lower) || nameWords(in: words, from: index + 1) >= 2
            }
            return !isNameWord(before) || isLabelOrDate(words[index - 1])
        }
    }

    private static func isLabelWord(_ lower: String) -> Bool {
        labelWords.contains(lower) || creditWords.contains(lower)
    }

    /// Whether a word before a byline's preposition is part of its label or of a date and time
    /// ("Posted on Monday, 3 March 2026, 09:30 Uhr by").
    private static func isLabelOrDate(_ word: BylineWord) -> Bool {
        guard case let .word(text) = word else { return true }
        let lower = text.lowercased()
        return labelWords.contains(lower) || afterNameWords.contains(lower) || DateText.months[lower] != nil
            || DateText.dayAndTimeWords.contains(lower) || text.unicodeScalars.first.map { ("0"..."9").contains($0) } == true
    }

    /// Whether a byline's names may end before `index`: at its end, a separator, a number or
    /// a word that introduces a date or a place ("on", "am", "le").
    private static func endsName(_ words: [BylineWord], at index: Int) -> Bool {
        guard index < words.count, case let .word(word) = words[index] else { return true }
        return word.unicodeScalars.first.map { ("0"..."9").contains($0) } == true || afterNameWords.contains(word.lowercased())
    }

    /// Words that follow a byline's names: "on 3 March", "am 3. März", "le 3 mars", "in Berlin".
    private static let afterNameWords: Set<String> = [
        "on", "at", "in", "under", "am", "um", "im", "le", "à", "el", "en", "il", "op", "den", "dnia", "w",
    ]

    private static func nameWords(in words: [BylineWord], from start: Int) -> Int {
        words[start...].prefix { if case let .word(word) = $0 { return isNameWord(word) }
            return false }.count
    }

    /// Whether `word` reads as part of a name: capitalised ("Ruiz", "O'Neill", "Boelen-Theile",
    /// an initial "R."), no digits.
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ".'’-".unicodeScalars.contains($0) }
    }

    /// A user name standing alone in an author field: one token of letters (digits, `_`, `-`,
    /// `.` allowed), not a common word.
    private static func isHandle(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return (2...32).contains(scalars.count) && scalars.contains { $0.properties.isAlphabetic }
            && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
            && !particles.contains(word.lowercased()) && !conjunctions.contains(word.lowercased())
            && !labelWords.contains(word.lowercased())
            && !word.containsBytes("..") && !(word.utf8.contains(0x2E) && word.split(separator: ".").last.map { $0.count <= 3 } == true)
    }

    /// Whether a lower-cased word names a newsroom or a role rather than a person.
    private static func isNewsroomWord(_ word: String) -> Bool {
        newsroomWords.contains(word) || newsroomStems.contains(where: word.containsBytes)
    }

    /// Words that end one name and start the next.
    static let conjunctions: Set<String> = ["and", "und", "&", "et", "y", "e", "en", "og", "och", "i", "ja", "a", "+"]

    /// Lower-case words inside names: "Ursula von der Leyen", "Vincent van Gogh", "Luiz da Silva".
    static let particles: Set<String> = [
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "ten",
        "ter", "zu", "bin", "al", "el",
    ]

    /// The last word of a byline's label: the preposition "by" in the main European languages.
    private static let markers: Set<String> = [
        "by", "von", "par", "por", "di", "da", "door", "av", "af", "przez", "od", "autor", "autorin", "author",
        "auteur", "autore", "autora",
    ]

    /// Markers that also sit inside names ("Ursula von der Leyen", "Luiz da Silva").
    private static let ambiguousMarkers: Set<String> = ["von", "di", "da", "od", "av", "af"]

    /// Markers that also begin names ("Di Stefano", "Da Costa").
    private static let nameStartingMarkers: Set<String> = ["di", "da"]

    /// Words of a byline's label, never of a name: "Posted by", "Ein Beitrag von", "Publié par",
    /// "Veröffentlicht am … von", "Autor:", "Text und Fotos:".
    private static let labelWords: Set<String> = [
        "by", "von", "par", "por", "di", "door", "author", "authors", "autor", "autorin", "autoren", "autorinnen",
        "auteur", "auteurs", "autrice", "autore", "autori", "autora", "autores", "text", "texte", "texto", "testo",
        "tekst", "und", "and", "et", "y", "e", "reporter", "writer", "verfasser", "verfasserin", "redakteur",
        "redakteurin", "written", "posted", "published", "reported", "story", "words", "updated", "geschrieben",
        "verfasst", "ein", "eine", "beitrag", "artikel", "veröffentlicht", "publiziert", "erstellt", "aktualisiert",
        "stand", "zuletzt", "publié", "écrit", "rédigé", "mis", "article", "escrito", "publicado", "actualizado",
        "artículo", "scritto", "pubblicato", "aggiornato", "articolo", "geschreven", "geplaatst", "gepubliceerd",
        "bijgewerkt", "skrevet", "skriven", "publicerad", "napisany", "opublikowany", "autorstwa",
    ]

    /// Words of a label that credit the text: "Text und Fotos:" names an author, "Fotos:" does not.
    private static let authorshipWords: Set<String> = [
        "text", "texte", "texto", "testo", "tekst", "author", "authors", "autor", "autorin", "autoren", "auteur",
        "auteurs", "autore", "autori", "autora", "autores", "written", "geschrieben", "verfasst", "écrit",
        "escrito", "scritto", "words", "story", "reporter", "writer", "verfasser",
    ]

    /// Words of a label that credits pictures or sources rather than the text.
    private static let creditWords: Set<String> = [
        "photo", "photos", "foto", "fotos", "bild", "bilder", "image", "images", "picture", "illustration",
        "grafik", "graphic", "video", "credit", "credits", "source", "quelle", "fuente", "fonte", "bron", "źródło",
        "zdjęcie", "kamera", "camera",
    ]

    /// Whole words that name a role or a newsroom, not a person.
    private static let newsroomWords: Set<String> = [
        "staff", "admin", "administrator", "webmaster", "editor", "editors", "editorial", "team", "webteam",
        "newsroom", "desk", "redaction", "autor", "author", "gastautor", "gastbeitrag", "guest",
    ]

    /// Parts of words that name a newsroom in the main European languages ("Online-Redaktion").
    private static let newsroomStems = ["redaktion", "rédaction", "redacción", "redaccion", "redazione", "redactie",
                                        "redakcja", "newsdesk"]
}

/// A piece of a byline.
enum BylineWord: Equatable {
    /// A run of letters, digits and the marks names hold (`.`, `'`, `-`).
    case word(String)
    /// A comma or semicolon: the end of one name in a list.
    case comma
    /// Anything that ends the byline's names: a digit run, `|`, `•`, `/`, brackets, a colon.
    case separator(Unicode.Scalar)
}

/// Splits a byline into words, commas and separators.
struct BylineWords {
    private(set) var words: [BylineWord] = []

    init(_ text: String) {
        var word = String.UnicodeScalarView()
        func flush() {
            // A trailing full stop is a sentence's, unless the word is an initial ("R.").
            while word.count > 2, word.last == "." { word.removeLast() }
            if !word.isEmpty { words.append(.word(String(word))) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars.prefix(300) {
            if scalar.properties.isAlphabetic || "'’_".unicodeScalars.contains(scalar) || ("0"..."9").contains(scalar)
                || (scalar == "-" && !word.isEmpty) || (scalar == "." && !word.isEmpty) {
                word.append(scalar)
            } else if scalar.properties.isWhitespace {
                flush()
            } else if scalar == "," || scalar == ";" {
                flush()
                words.append(.comma)
            } else if scalar == "&" || scalar == "+" {
                flush()
                words.append(.word(String(scalar)))
            } else {
                flush()
                words.append(.separator(scalar))
            }
        }
        flush()
    }
}
