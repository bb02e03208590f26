/// What each token's word is (its id, its stem, the lexicon's facts), kept once per distinct
/// word of the article and read by token: a token costs one 32-bit word number here instead
/// of sixteen bytes, which on a long article is most of the word view's memory.
struct PerWord<Value> {
    /// For each token, the number of its word in `values`.
    private let wordOfToken: [UInt32]
    private let values: [Value]

    /// A table of `values` (one per distinct word) read through `wordOfToken`.
    init(wordOfToken: [UInt32], values: [Value]) {
        self.wordOfToken = wordOfToken
        self.values = values
    }

    /// The value of the token at `index`'s word.
    @inline(__always)
    subscript(index: Int) -> Value { values[Int(wordOfToken[index])] }
}

/// A token or sentence index for each token, kept as a 32-bit number (half the memory of an
/// `Int`; no article comes near 2^32 tokens).
struct TokenIndexTable {
    private var storage: [UInt32]

    /// `count` entries, each `value`.
    init(repeating value: Int, count: Int) {
        storage = [UInt32](repeating: UInt32(clamping: value), count: count)
    }

    /// The entry at `index`.
    @inline(__always)
    subscript(index: Int) -> Int {
        get { Int(storage[index]) }
        set { storage[index] = UInt32(clamping: newValue) }
    }
}
