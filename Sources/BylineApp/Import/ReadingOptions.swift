import BylineCore

/// How inputs are read: the reader's options and the largest input accepted.
public struct ReadingOptions: Sendable {
    /// The largest input read unless asked otherwise: 64 MB.
    public static let defaultMaxSize = ByteSize(bytes: 64 << 20)

    /// The format to read inputs as (`nil` sniffs it) and the encoding to assume for a page
    /// that declares none.
    public var reader: ArticleReader.Options
    /// Inputs larger than this are refused.
    public var maxSize: ByteSize

    /// Options for reading inputs.
    public init(reader: ArticleReader.Options = ArticleReader.Options(), maxSize: ByteSize = defaultMaxSize) {
        self.reader = reader
        self.maxSize = maxSize
    }
}
