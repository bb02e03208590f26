import BylineCore

extension DisplayWidth {
    /// The columns `text` occupies, like `DisplayWidth.of`, but counted byte by byte when the
    /// text is printable ASCII (most of what a frame draws), which skips the Unicode tables.
    public static func columns(_ text: some StringProtocol) -> Int {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return of(text) }
            count += 1
        }
        return count
    }
}
