/// An input that an import or a re-analysis skipped, and why.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible, Encodable {
    /// The input as given: a path (`-` for standard input), or `article 12` when re-analysing.
    public let input: String
    /// One line naming the input and what went wrong ("notes.txt: no such file").
    public let description: String

    private enum CodingKeys: String, CodingKey {
        case input = "path"
        case description = "error"
    }
}
