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

/// For each token, the first token at or after it that is marked, or the token count when
/// none is: answered in constant time from one bit a token and, for every 64th token, the
/// first marked one at or after it (a 32-bit index): a sixteenth of the memory of a table of
/// 32-bit indices.
struct NextMarkedToken {
    private let count: Int
    /// Bit `i % 64` of word `i / 64`: whether token `i` is marked.
    private let marks: [UInt64]
    /// For word `w`, the first marked token at or after token `64 w`; `count` when none.
    private let nextFromWord: [UInt32]

    /// The marks of tokens `0..<count`, each answered by `isMarked`.
    init(count: Int, isMarked: (Int) -> Bool) {
        self.count = count
        let words = (count + 63) / 64
        var marks = [UInt64](repeating: 0, count: words)
        for index in 0..<count where isMarked(index) { marks[index >> 6] |= 1 << UInt64(index & 63) }
        var nextFromWord = [UInt32](repeating: UInt32(clamping: count), count: words + 1)
        for word in stride(from: words - 1, through: 0, by: -1) {
            nextFromWord[word] = marks[word] != 0
                ? UInt32(clamping: word << 6 + marks[word].trailingZeroBitCount) : nextFromWord[word + 1]
        }
        self.marks = marks
        self.nextFromWord = nextFromWord
    }

    /// The first marked token at or after `index` (`0...count`), or `count`.
    @inline(__always)
    subscript(index: Int) -> Int {
        guard index < count else { return count }
        let word = index >> 6
        let ahead = marks[word] & (~0 << UInt64(index & 63))
        return ahead != 0 ? word << 6 + ahead.trailingZeroBitCount : Int(nextFromWord[word + 1])
    }
}

/// For each token, the index of the sentence that holds it. Sentences cover every token, in
/// order, so the answer is found from the sentence of every 32nd token and the sentences'
/// token ranges: a few steps a look-up (at most 32), for a thirty-second of the memory of a
/// table with an entry per token.
struct SentenceOfToken {
    private let sentences: [Sentence]
    /// The sentence of tokens 0, 32, 64, …
    private let checkpoints: [UInt32]
    private static let shift = 5

    /// The sentences of `sentences`, which cover tokens `0..<tokenCount` in order.
    init(sentences: [Sentence], tokenCount: Int) {
        self.sentences = sentences
        var checkpoints: [UInt32] = []
        checkpoints.reserveCapacity((tokenCount >> Self.shift) + 1)
        var sentence = 0
        for token in stride(from: 0, to: tokenCount, by: 1 << Self.shift) {
            while sentence + 1 < sentences.count, sentences[sentence].tokenRange.upperBound <= token { sentence += 1 }
            checkpoints.append(UInt32(sentence))
        }
        self.checkpoints = checkpoints
    }

    /// The index of the sentence that holds the token at `index`.
    @inline(__always)
    subscript(index: Int) -> Int {
        var sentence = Int(checkpoints[index >> Self.shift])
        while sentence + 1 < sentences.count, sentences[sentence].tokenRange.upperBound <= index { sentence += 1 }
        return sentence
    }
}
