/// Text compared without case, quote style or spacing differences, as the header detector
/// compares a page's title with the headline under it: lower-cased scalar by scalar (as
/// `String.lowercased()` does), curly quotes made straight, white space left out.
///
/// A folded text is compared with another on its first scalars when they decide, so that a
/// long line of prose is not folded whole to find that it is no short title.
struct FoldedText {
    private let text: String
    private var whole: String?

    /// The folded form of `text`, to be compared.
    init(_ text: String) {
        self.text = text
    }

    /// The folded form of `text`, made whole.
    static func folding(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var scalars = FoldedScalars(text)
        while let scalar = scalars.next() { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the folded text is empty.
    var isEmpty: Bool {
        var scalars = FoldedScalars(text)
        return scalars.next() == nil
    }

    /// Whether the folded text equals `other`, a folded text too, as `==` compares strings
    /// (by canonical equivalence).
    mutating func equals(_ other: String) -> Bool {
        if let answer = Self.comparison(of: text, with: other) { return answer }
        if whole == nil { whole = Self.folding(text) }
        return whole == other
    }

    /// Whether the folding of `text` equals `other`, answered on the scalars as they are
    /// folded when that is sure, `nil` when it is not. It is sure where both sides are
    /// composition-inert (`TextNormalizer.isCompositionInert`): such text is in NFC and never
    /// composes with what follows, so canonical equivalence is identity there. The first
    /// difference decides once the scalar after it is seen to be inert too, or the folding ends.
    private static func comparison(of text: String, with other: String) -> Bool? {
        let expected = Array(other.unicodeScalars)
        guard expected.allSatisfy(TextNormalizer.isCompositionInert) else { return nil }
        var scalars = FoldedScalars(text)
        var index = 0
        var current = scalars.next()
        while let scalar = current {
            guard TextNormalizer.isCompositionInert(scalar) else { return nil }
            let next = scalars.next()
            if index == expected.count || scalar != expected[index] {
                guard let next else { return false }
                return TextNormalizer.isCompositionInert(next) ? false : nil
            }
            index += 1
            current = next
        }
        return index == expected.count
    }
}

/// The scalars of a folded text, one at a time.
private struct FoldedScalars: IteratorProtocol {
    private var scalars: String.UnicodeScalarView.Iterator
    /// Scalars of a lower-case mapping longer than one scalar, not yet handed out.
    private var pending: [Unicode.Scalar] = []

    init(_ text: String) {
        scalars = text.unicodeScalars.makeIterator()
    }

    mutating func next() -> Unicode.Scalar? {
        while pending.isEmpty {
            guard let scalar = scalars.next() else { return nil }
            scalar.forEachLowercaseScalar { lowercase in
                switch lowercase {
                case "‘", "’": pending.append("'")
                case "“", "”": pending.append("\"")
                default: if !lowercase.isWhitespaceQuickly { pending.append(lowercase) }
                }
            }
        }
        return pending.removeFirst()
    }
}
