import CLibXML2

/// The element names the HTML reader tells apart; every other element is `.other`.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, picture, img, map
    case form, button, select, input, textarea, label, fieldset, option
    case nav, aside, footer, header, menu, dialog
    case main, article, section, div, figure, figcaption
    case p, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case a, br, hr, time, span, center, address, details, summary

    private static let byName: [String: HTMLTag] = [
        "html": .html, "head": .head, "body": .body, "title": .title, "meta": .meta, "link": .link, "base": .base,
        "script": .script, "style": .style, "noscript": .noscript, "template": .template, "svg": .svg,
        "math": .math, "iframe": .iframe, "object": .object, "embed": .embed, "canvas": .canvas,
        "video": .video, "audio": .audio, "picture": .picture, "img": .img, "map": .map,
        "form": .form, "button": .button, "select": .select, "input": .input, "textarea": .textarea,
        "label": .label, "fieldset": .fieldset, "option": .option,
        "nav": .nav, "aside": .aside, "footer": .footer, "header": .header, "menu": .menu, "dialog": .dialog,
        "main": .main, "article": .article, "section": .section, "div": .div, "figure": .figure,
        "figcaption": .figcaption, "p": .p, "h1": .h1, "h2": .h2, "h3": .h3, "h4": .h4, "h5": .h5, "h6": .h6,
        "blockquote": .blockquote, "pre": .pre, "ul": .ul, "ol": .ol, "li": .li, "dl": .dl, "dt": .dt, "dd": .dd,
        "table": .table, "thead": .thead, "tbody": .tbody, "tfoot": .tfoot, "tr": .tr, "td": .td, "th": .th,
        "caption": .caption, "a": .a, "br": .br, "hr": .hr, "time": .time, "span": .span,
        "center": .center, "address": .address, "details": .details, "summary": .summary,
    ]

    /// The tag for a lower-case element name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    /// Whether the element never holds reading matter: code, media, embedded documents, controls.
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .video, .audio, .picture, .map, .button, .select, .input, .textarea, .option, .dialog:
            return true
        default:
            return false
        }
    }

    /// Whether the element is page furniture by its very name (menus, sidebars, footers, forms).
    var isChrome: Bool {
        switch self {
        case .nav, .aside, .footer, .header, .menu, .form, .figure, .figcaption, .label, .fieldset:
            return true
        default:
            return false
        }
    }

    /// Whether the element is a heading.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Whether the element starts and ends a block of text (a paragraph of the output). Unknown
    /// elements count as inline, like the phrasing elements (`em`, `b`, `sup`) they most often are.
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote,
             .pre, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
             .hr, .nav, .aside, .footer, .header, .menu, .form, .figure, .figcaption, .fieldset, .center,
             .address, .details, .summary:
            return true
        default:
            return false
        }
    }

    /// Whether the element holds flowing text in its own right: a paragraph-like block.
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .blockquote, .li, .dd, .td: return true
        default: return isHeading
        }
    }
}
