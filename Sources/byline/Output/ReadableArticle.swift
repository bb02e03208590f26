import BylineApp
import BylineCore
import Foundation

/// An article laid out for reading in a pipe or a terminal: title, site and date, then the
/// body wrapped to the width, headings, quotations and list items set apart.
struct ReadableArticle {
    let article: Article
    let width: Int

    /// The text to print. Everything in it has passed through `TextNormalizer`, so article
    /// text cannot carry control characters to the terminal.
    var rendered: String {
        var lines: [String] = []
        if let title = article.title { lines.append(contentsOf: WordWrapper.wrap(TerminalText.line(title), width: width)) }
        let byline = [article.site, article.authors.isEmpty ? nil : "by " + article.authors.joined(separator: ", "), article.published]
            .compactMap { $0.map(TerminalText.line) }
            .filter { !$0.isEmpty }
            .joined(separator: " · ")
        if !byline.isEmpty { lines.append(contentsOf: WordWrapper.wrap(byline, width: width)) }
        if !lines.isEmpty { lines.append("") }
        let scalars = [Unicode.Scalar](scalarsOf: article.text)
        for (index, paragraph) in article.paragraphs.enumerated() {
            let body = TerminalText.line(scalars.string(in: paragraph.range))
            lines.append(contentsOf: layout(body, kind: paragraph.kind))
            if index < article.paragraphs.count - 1 { lines.append("") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func layout(_ body: String, kind: Paragraph.Kind) -> [String] {
        switch kind {
        case .body: return WordWrapper.wrap(body, width: width)
        case .heading: return WordWrapper.wrap(body.uppercased(), width: width)
        case .blockquote: return WordWrapper.wrap(body, width: width - 2).map { "│ " + $0 }
        case .listItem: return indented(WordWrapper.wrap(body, width: width - 2), first: "• ", rest: "  ")
        }
    }

    private func indented(_ lines: [String], first: String, rest: String) -> [String] {
        lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }
}

/// The width to wrap printed text to: the terminal's when standard output is one, else 80,
/// and never more than 100 columns.
enum OutputWidth {
    static var current: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(100, max(20, Int(size.ws_col)))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(100, max(20, columns))
        }
        return 80
    }
}
