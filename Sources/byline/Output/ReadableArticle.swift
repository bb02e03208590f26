import BylineApp
import BylineCore
import Foundation

/// An article laid out for reading in a pipe or a terminal: title, site and date, then the
/// body wrapped to the width, headings, quotations and list items set apart.
struct ReadableArticle {
    let article: Article
    let width: Int

    /// The text to print. Everything in it has passed through `TerminalText`, so article text
    /// cannot carry control characters to the terminal.
    var rendered: String {
        var text = ""
        write { text += $0 }
        return text
    }

    /// Hands the text to print to `output` line by line (each with its newline), so that a
    /// long article is never held again as a whole.
    func write(to output: (String) -> Void) {
        var lines: [String] = []
        if let title = article.title { lines.append(contentsOf: WordWrapper.wrap(TerminalText.line(title), width: width)) }
        let byline = [article.site, article.authors.isEmpty ? nil : "by " + article.authors.joined(separator: ", "), article.published]
            .compactMap { $0.map(TerminalText.line) }
            .filter { !$0.isEmpty }
            .joined(separator: " · ")
        if !byline.isEmpty { lines.append(contentsOf: WordWrapper.wrap(byline, width: width)) }
        if !lines.isEmpty { lines.append("") }
        if lines.isEmpty, article.paragraphs.isEmpty { lines.append("") }
        lines.forEach { output($0 + "\n") }
        var text = ScalarRangeReader(article.text)
        for (index, paragraph) in article.paragraphs.enumerated() {
            let body = TerminalText.line(text.string(in: paragraph.range))
            layout(body, kind: paragraph.kind) { output($0 + "\n") }
            if index < article.paragraphs.count - 1 { output("\n") }
        }
    }

    private func layout(_ body: String, kind: Paragraph.Kind, each line: (String) -> Void) {
        switch kind {
        case .body:
            WordWrapper.wrap(body, width: width, each: line)
        case .heading:
            WordWrapper.wrap(body.uppercased(), width: width, each: line)
        case .blockquote:
            WordWrapper.wrap(body, width: width - 2) { line("│ " + $0) }
        case .listItem:
            var first = true
            WordWrapper.wrap(body, width: width - 2) {
                line((first ? "• " : "  ") + $0)
                first = false
            }
        }
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
