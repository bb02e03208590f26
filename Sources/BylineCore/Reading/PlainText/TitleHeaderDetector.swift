import Foundation

/// What the first lines of a plain-text article say about it.
struct TitleHeader: Hashable, Sendable {
    /// The headline.
    var title: String
    /// The publication, when the header names one.
    var site: String?
    /// How many lines, from the first, the header takes.
    var lineCount: Int
    /// Which of those lines holds the title as it reads best (the second of a repeated title).
    var titleLine: Int = 0
}

/// Finds the title header a saved page or a hand-written article opens with:
/// - a line `Title - Site | tagline` followed by the title again (how browsers save a page's
///   `<title>` above its headline), or the same with the site first;
/// - a line `Title | Site` on its own, when what follows the separator reads as a name;
/// - a short line on its own, without a closing full stop, followed by more text.
enum TitleHeaderDetector {
    /// The separators pages put between a headline and the site's name.
    static let separators = [" - ", " – ", " — ", " | ", " · ", " :: ", " » ", " • "]

    /// Lines longer than this (in scalars) are prose, never a header.
    static let longestHeaderLine = 400

    /// The header a first line makes on its own, `Title | Site` or a bare title, when a blank
    /// line follows it (`firstLineStandsAlone`) and more text follows (`hasMoreText`). A
    /// repeated title, the surer sign, is asked for apart (`repeatedTitle`).
    static func singleLineHeader(_ first: String, firstLineStandsAlone: Bool, hasMoreText: Bool) -> TitleHeader? {
        guard !first.isEmpty, first.unicodeScalarCount <= longestHeaderLine, firstLineStandsAlone, hasMoreText else { return nil }
        return titleWithSite(first) ?? bareTitle(first)
    }

    /// `Title - Site | tagline` then `Title`, or `Site | Title` then `Title`, or the same
    /// line twice: the surest sign of a header, worth looking for below page furniture.
    static func repeatedTitle(_ first: String, _ second: String) -> TitleHeader? {
        guard first.unicodeScalarCount <= longestHeaderLine, second.unicodeScalarCount <= 2 * longestHeaderLine,
              let header = repetition(first, second) else { return nil }
        // Page furniture repeated (a menu above a menu) is no title; asked last, as it costs most.
        return BoilerplateScorer.score(second) < BoilerplateScorer.boilerplateScore ? header : nil
    }

    /// The header when `second` repeats `first`, or the title part of it.
    private static func repetition(_ first: String, _ second: String) -> TitleHeader? {
        var key = FoldedText(second)
        guard !key.isEmpty else { return nil }
        if key.equals(FoldedText.folding(first)) { return TitleHeader(title: second, site: nil, lineCount: 2, titleLine: 1) }
        let segments = split(first)
        for cut in 1..<max(1, segments.count) {
            if key.equals(FoldedText.folding(joined(segments[..<cut]))) {
                return TitleHeader(title: second, site: segments[cut].text, lineCount: 2, titleLine: 1)
            }
            if key.equals(FoldedText.folding(joined(segments[cut...]))) {
                return TitleHeader(title: second, site: segments[cut - 1].text, lineCount: 2, titleLine: 1)
            }
        }
        return nil
    }

    /// `Title | Site` (with perhaps a tagline after the site): the first cut after which every
    /// segment reads as a name, with at least three words of title before it.
    private static func titleWithSite(_ line: String) -> TitleHeader? {
        let segments = split(line)
        for cut in 1..<max(1, segments.count) where segments[cut...].allSatisfy({ isNameLike($0.text) }) {
            let title = joined(segments[..<cut])
            guard wordCount(title) >= 3 else { return nil }
            return TitleHeader(title: title, site: segments[cut].text, lineCount: 1)
        }
        return nil
    }

    /// A short line that is not page furniture nor a credit line, and does not end like a
    /// sentence of prose unless its words are capitalised as headlines are.
    private static func bareTitle(_ line: String) -> TitleHeader? {
        let words = wordCount(line)
        guard (3...25).contains(words), line.unicodeScalarCount <= 200 else { return nil }
        guard let last = line.unicodeScalars.last(where: { !"'\"’”»)]".unicodeScalars.contains($0) }) else { return nil }
        if ".,;:".unicodeScalars.contains(last), last != "." || !isHeadlineCase(line) { return nil }
        guard CreditLineParser.authors(in: line) == nil else { return nil }
        let furniture = BoilerplateScorer.signals(in: line).filter { $0 != .fragment }.reduce(0) { $0 + $1.weight }
        guard furniture < BoilerplateScorer.boilerplateScore else { return nil }
        return TitleHeader(title: line, site: nil, lineCount: 1)
    }

    /// Whether most longer words are capitalised ("Poll Shows Voters Abandon Party"), as in a
    /// headline and never in a sentence of prose.
    static func isHeadlineCase(_ line: String) -> Bool {
        let long = line.split(separator: " ").filter { $0.filter(\.isLetter).count >= 4 }
        let capitalised = long.filter { $0.first(where: \.isLetter)?.isUppercase == true }
        return long.count >= 3 && capitalised.count * 4 >= long.count * 3
    }

    /// Whether text reads as a publication's name: one to six capitalised words (small
    /// connecting words aside), without sentence punctuation.
    static func isNameLike(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count) else { return false }
        if text.unicodeScalars.contains(where: { "!?,;:\"“”".unicodeScalars.contains($0) }) { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase || ("0"..."9").contains(first) || word == "&"
                || connectors.contains(word.lowercased())
        }
    }

    private static let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "de", "la", "le", "du", "von", "van", "y"]

    /// A piece of a header line and the separator that came before it.
    private struct Segment {
        var text: String
        var separator: String
    }

    private static func split(_ line: String) -> [Segment] {
        // Most lines hold no separator, and are not searched by Foundation to find that out.
        guard line.mayContain(anyOf: separators) else { return line.isEmpty ? [] : [Segment(text: line, separator: "")] }
        var segments: [Segment] = []
        var rest = Substring(line)
        var separator = ""
        while let match = firstSeparator(in: rest) {
            segments.append(Segment(text: String(rest[..<match.range.lowerBound]), separator: separator))
            separator = match.separator
            rest = rest[match.range.upperBound...]
        }
        segments.append(Segment(text: String(rest), separator: separator))
        return segments.filter { !$0.text.isEmpty }
    }

    private static func firstSeparator(in text: Substring) -> (range: Range<Substring.Index>, separator: String)? {
        separators.compactMap { separator in text.range(of: separator).map { (range: $0, separator: separator) } }
            .min { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func joined(_ segments: ArraySlice<Segment>) -> String {
        segments.enumerated().map { $0.offset == 0 ? $0.element.text : $0.element.separator + $0.element.text }.joined()
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }
}
