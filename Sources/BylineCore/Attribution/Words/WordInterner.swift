/// Gives every folded word of one article an id: the lexicon's id for a listed word, a new
/// id above the lexicon's for any other, the same each time the word comes back.
///
/// An open addressing table of the article's own words, found by the `WordHash` computed
/// while the word was folded, so that no word is hashed twice.
struct WordInterner {
    /// The spellings of the article's own words, by id minus `Lexicon.count`.
    private(set) var spellings: [String] = []
    private var hashes: [UInt64] = []
    /// Indices into `spellings`, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 256)
    private let firstID = UInt32(Lexicon.count)

    /// The id of `folded`, whose `WordHash` is `hash`.
    mutating func id(ofFolded folded: String, hash: UInt64) -> WordID {
        if let listed = Lexicon.id(ofFolded: folded, hash: hash) { return listed }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let held = Int(slots[slot])
            if hashes[held] == hash, spellings[held] == folded { return WordID(raw: firstID + UInt32(held)) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(spellings.count)
        spellings.append(folded)
        hashes.append(hash)
        if spellings.count * 2 > slots.count { grow() }
        return WordID(raw: firstID + UInt32(spellings.count - 1))
    }

    /// The folded spelling of `id`.
    func spelling(_ id: WordID) -> String {
        id.isListed ? Lexicon.spelling(id) : spellings[Int(id.raw - firstID)]
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
