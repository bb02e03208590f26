/// The FNV-1a hash of a word's UTF-8 bytes: cheap enough to compute for every token while
/// its string is made, so that lexicons can be asked without hashing the string again.
enum WordHash {
    /// The hash of no bytes.
    static let empty: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `hash` extended by `byte`.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `word`'s UTF-8 bytes.
    static func of(_ word: String) -> UInt64 {
        word.utf8.reduce(empty) { adding($1, to: $0) }
    }
}

/// A read-only map from words to values, looked up by a word and its `WordHash`: an open
/// addressing table of integer hashes, so a look-up costs a few integer operations and, on a
/// hit, one string comparison. The lexicons every token is tested against use it.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64
        var word: String
        var value: Value
    }

    private let slots: [Slot?]
    private let mask: Int

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Slot?](repeating: nil, count: capacity)
        for (word, value) in entries {
            let hash = WordHash.of(word)
            var index = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[index] != nil { index = (index + 1) & (capacity - 1) }
            slots[index] = Slot(hash: hash, word: word, value: value)
        }
        self.slots = slots
        mask = capacity - 1
    }

    /// The value of `word`, whose `WordHash` is `hash`, or nil when the table lacks it.
    func value(for word: String, hash: UInt64) -> Value? {
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash, slot.word == word { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// The value of `word`, or nil when the table lacks it.
    subscript(word: String) -> Value? {
        value(for: word, hash: WordHash.of(word))
    }
}
