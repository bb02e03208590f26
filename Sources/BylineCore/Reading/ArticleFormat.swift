/// The form an article's bytes come in.
public enum ArticleFormat: String, Hashable, Sendable, CaseIterable, Codable {
    /// Plain text, as saved from a page or written by hand.
    case text
    /// An HTML page.
    case html

    /// Guesses the format from the first bytes: markup that opens like an HTML document
    /// (a doctype, `<html`, `<head`, `<body`, or a common block tag) means HTML.
    public static func sniff<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ArticleFormat {
        // Text that opens, after ASCII white space, with an ASCII character other than "<" is
        // text, whatever follows: the character it opens is neither white space nor markup.
        let opening = bytes.prefix(2048).drop { (0x09...0x0D).contains($0) || $0 == 0x20 }
        if let first = opening.first, first < 0x80, first != UInt8(ascii: "<") { return .text }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
            .drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            .prefix(512)
            .lowercased()
        guard head.hasPrefix("<") else { return .text }
        let openings = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--",
                        "<article", "<div", "<p>", "<p ", "<h1", "<section", "<main", "<?xml"]
        return openings.contains { head.hasPrefix($0) } ? .html : .text
    }
}

/// Why a file's bytes could not be read as an article.
public enum ArticleReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// There is nothing in it, or only white space.
    case empty
    /// It holds NUL bytes: an image, an archive, an executable, not text.
    case binary

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file holds binary data (NUL bytes), not text or HTML"
        }
    }
}

/// Turns the bytes of a saved article into an `Article`, choosing the reader by format.
public enum ArticleReader {
    /// How to read.
    public struct Options: Sendable {
        /// The format to use; `nil` sniffs it from the bytes.
        public var format: ArticleFormat?
        /// A character encoding name ("windows-1252") to use when the bytes do not declare one.
        public var encodingHint: String?
        /// The URL the page was saved from, used to resolve relative links.
        public var url: String?

        /// Creates reading options.
        public init(format: ArticleFormat? = nil, encodingHint: String? = nil, url: String? = nil) {
            self.format = format
            self.encodingHint = encodingHint
            self.url = url
        }
    }

    /// Reads an article from raw bytes.
    public static func read(_ bytes: [UInt8], options: Options = Options()) throws(ArticleReadError) -> Article {
        if let problem = ArticleReadError.problem(in: bytes) { throw problem }
        let format = options.format ?? ArticleFormat.sniff(bytes)
        switch format {
        case .text:
            let decoded = TextDecoder.decode(bytes)
            var article = PlainTextReader.read(decoded.text)
            article.warnings.insert(contentsOf: decoded.warnings + StrayNULs.warning(in: bytes), at: 0)
            article.url = article.url ?? options.url
            return article
        case .html:
            return HTMLReader.read(bytes, encodingHint: options.encodingHint, url: options.url)
        }
    }
}

/// NUL bytes in a file of text: binary data carries them from its first bytes and throughout;
/// a page or a text sometimes carries a few stray ones (padding left by a broken template),
/// which readers drop, with a warning, rather than refuse the whole page.
public enum StrayNULs {
    /// How far into a file a NUL byte marks it as binary: file signatures and headers of
    /// images, archives and executables hold NULs within their first bytes.
    static let headerLength = 1024

    /// Whether NUL bytes say `bytes` are binary data: one within the first kilobyte, or more
    /// than one byte in a hundred.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(of: 0) else { return false }
        if first < headerLength { return true }
        var count = 0
        for byte in bytes[first...] where byte == 0 { count += 1 }
        return count * 100 > bytes.count
    }

    /// The warning for the stray NUL bytes in `bytes`, if any.
    static func warning(in bytes: [UInt8]) -> [String] {
        let count = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        switch count {
        case 0: return []
        case 1: return ["1 stray NUL byte was left out"]
        default: return ["\(count) stray NUL bytes were left out"]
        }
    }

    /// `bytes` without NUL bytes, and the warning that says so when there were any.
    static func removed(from bytes: [UInt8]) -> (bytes: [UInt8], warnings: [String]) {
        guard bytes.contains(0) else { return (bytes, []) }
        return (bytes.filter { $0 != 0 }, warning(in: bytes))
    }
}
