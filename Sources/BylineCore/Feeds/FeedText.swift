/// How the text of a feed field is marked up.
enum TextMarkup {
    /// RSS: text as written, except that CDATA sections (how publishers embed HTML) and
    /// child elements may carry markup.
    case unlabelled
    /// Plain text (Atom `type="text"`).
    case text
    /// Escaped HTML (Atom `type="html"`).
    case html
    /// Inline XHTML inside a `<div>` (Atom `type="xhtml"`).
    case xhtml

    /// The markup an Atom `type` attribute names, or `nil` for a media type whose content
    /// cannot be shown as text (base64 data).
    init?(atomType: String?) {
        switch atomType?.trimmingASCIIWhitespace().lowercased() ?? "text" {
        case "", "text", "text/plain": self = .text
        case "html", "text/html": self = .html
        case "xhtml", "application/xhtml+xml": self = .xhtml
        case let type where type.hasPrefix("text/"): self = .text
        default: return nil
        }
    }
}

/// Turns the text feeds carry into clean plain text or HTML, counting the fields whose
/// double-encoded UTF-8 it repaired.
struct FeedText {
    /// How many fields held double-encoded UTF-8.
    private(set) var repairedFields = 0

    /// The warning for the repairs made, if any.
    var warning: String? {
        repairedFields > 0 ? "encoding: double-encoded UTF-8 repaired in \(repairedFields) field(s)" : nil
    }

    /// The plain text of `element`: entities decoded once (by the XML parser, or by this for
    /// text that carries HTML), markup removed, white space collapsed, control, bidirectional
    /// and zero-width characters removed. `nil` when nothing is left.
    mutating func plain(_ element: LibXMLElement?, markup: TextMarkup = .unlabelled) -> String? {
        guard let element else { return nil }
        switch markup {
        case .unlabelled:
            var text = ""
            element.forEachText { isCDATA, piece in text += isCDATA ? HTMLText.plain(fromHTML: piece) : piece }
            return plain(text)
        case .text, .xhtml:
            return plain(element.text)
        case .html:
            return plain(HTMLText.plain(fromHTML: element.text))
        }
    }

    /// `text` cleaned as `plain(_:markup:)` describes, without decoding anything.
    mutating func plain(_ text: String?) -> String? {
        guard let text else { return nil }
        return NormalizedText.normalize(repaired(text)).collapsingWhitespace().nonEmpty
    }

    /// The content of `element` as HTML: HTML as written, XHTML serialised, text escaped.
    mutating func html(_ element: LibXMLElement?, markup: TextMarkup = .unlabelled) -> String? {
        guard let element else { return nil }
        switch markup {
        case .unlabelled, .html:
            return html(MarkupSerializer.html(ofContentOf: element, textIsMarkup: true))
        case .text:
            return html(HTMLText.paragraphs(fromText: element.text))
        case .xhtml:
            let children = element.children
            let container = children.count == 1 && children[0].localName == "div" ? children[0] : element
            return html(MarkupSerializer.html(ofContentOf: container, textIsMarkup: false))
        }
    }

    /// `html` repaired and trimmed; `nil` when only white space is left.
    mutating func html(_ html: String?) -> String? {
        guard let html else { return nil }
        return repaired(html).trimmingASCIIWhitespace().nonEmpty
    }

    private mutating func repaired(_ text: String) -> String {
        guard let repaired = DoubleEncoding.repaired(text) else { return text }
        repairedFields += 1
        return repaired
    }
}

/// An author as feeds write one: RSS 0.91's "ada@example.org (Ada Okafor)" and
/// "Ada Okafor <ada@example.org>" are "Ada Okafor"; a bare address stays as it is.
enum AuthorName {
    /// The name in `text`.
    static func name(in text: String) -> String {
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "("), isAddress(trimmed[..<open]) {
            let name = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingASCIIWhitespace()
            if !name.isEmpty { return name }
        }
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<"),
           isAddress(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]) {
            let name = String(trimmed[..<open]).trimmingASCIIWhitespace()
            if !name.isEmpty { return name }
        }
        return trimmed
    }

    private static func isAddress(_ text: Substring) -> Bool {
        let word = String(text).trimmingASCIIWhitespace()
        return word.contains("@") && !word.contains(" ")
    }
}
