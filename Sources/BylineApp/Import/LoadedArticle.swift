import BylineCore

/// One input, a file or standard input, read as an article, with the bytes it came from.
public struct LoadedArticle: Sendable {
    /// The input's name in messages: its path, or `<stdin>`.
    public let name: String
    /// The bytes that were read.
    public let bytes: [UInt8]
    /// The article read from them; its `warnings` say what had to be repaired.
    public let article: Article

    /// Loads the input at `path` (`-` for standard input) and reads it as an article. With
    /// `verbatim`, the article's text is the input's own decoded text, unnormalised
    /// (`PlainTextReader.verbatim`), so that offsets index the file.
    /// - Throws: `InputFile.LoadError` when the bytes cannot be loaded, `ArticleLoadFailure`
    ///   when they hold no article.
    public static func load(_ path: String, options: ReadingOptions, verbatim: Bool = false) throws -> LoadedArticle {
        let name = InputFile.name(of: path)
        let bytes = try InputFile.load(path, limit: options.maxSize)
        do {
            let article = verbatim ? try PlainTextReader.verbatim(bytes) : try ArticleReader.read(bytes, options: options.reader)
            return LoadedArticle(name: name, bytes: bytes, article: article)
        } catch {
            throw ArticleLoadFailure(name: name, reason: error.description)
        }
    }
}

/// An input that was loaded but could not be read as an article.
public struct ArticleLoadFailure: Error, Sendable, CustomStringConvertible {
    /// The input's name in messages.
    public let name: String
    /// Why its bytes are no article ("the file is empty").
    public let reason: String

    /// "name: reason".
    public var description: String { "\(name): \(reason)" }
}
