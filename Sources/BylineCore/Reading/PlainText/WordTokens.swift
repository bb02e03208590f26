import Foundation

/// The words of a text, lower-cased, as their numbers among the words the scorer knows
/// (`KnownWords`), with where its sentences start and which words are short numbers.
///
/// No word is made into a string: a word is read as UTF-8 bytes and looked up by them.
struct WordTokens {
    /// The number of each word (`KnownWords.unknown` for a word the scorer does not know).
    private(set) var numbers: [Int] = []
    /// Whether each word opens a sentence or a clause after `:` or `|` (the first word does).
    private(set) var opensSentence: [Bool] = []
    /// Whether each word is a number of at most five characters (as a house number is).
    private(set) var isShortNumber: [Bool] = []

    /// Splits `text` into words: letters, digits and inner apostrophes and hyphens, lower-cased
    /// scalar by scalar as `String.lowercased()` does, curly apostrophes made straight.
    init(_ text: String) {
        var builder = WordBuilder()
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    builder.take(ascii: bytes[index], into: &self)
                    index += 1
                } else {
                    let (scalar, length) = [Unicode.Scalar].scalar(in: bytes, at: index)
                    scalar.forEachLowercaseScalar { builder.take($0, into: &self) }
                    index += length
                }
            }
        }
        builder.flush(into: &self)
    }

    /// How many words there are.
    var count: Int { numbers.count }

    /// Whether a phrase of `set` occurs (at a sentence start when asked).
    func hasPhrase(from set: PhraseSet, atSentenceStart: Bool) -> Bool {
        numbers.indices.contains { index in
            (!atSentenceStart || opensSentence[index]) && set.matches(numbers, at: index)
        }
    }

    /// How many phrases of `set` occur.
    func countPhrases(from set: PhraseSet) -> Int {
        numbers.indices.reduce(0) { $0 + (set.matches(numbers, at: $1) ? 1 : 0) }
    }

    fileprivate mutating func append(_ word: [UInt8], isASCII: Bool, isComposed: Bool, opensSentence opens: Bool) {
        opensSentence.append(opens || numbers.isEmpty)
        numbers.append(KnownWords.number(of: word, isComposed: isComposed))
        isShortNumber.append(Self.isShortNumber(word, isASCII: isASCII))
    }

    /// `word.first?.isNumber == true && word.count <= 5` of the word as a string: its first
    /// scalar has a numeric type and it has at most five characters. Asked of ASCII bytes
    /// alone, where only the digits have one and each byte is a character.
    private static func isShortNumber(_ word: [UInt8], isASCII: Bool) -> Bool {
        guard let lead = word.first else { return false }
        if lead < 0x80 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) else { return false }
            if isASCII { return word.count <= 5 }
        }
        let text = String(decoding: word, as: UTF8.self)
        return text.first?.isNumber == true && text.count <= 5
    }
}

/// The word being read, as UTF-8 bytes, whether its scalars are all ASCII or all
/// composition-inert, and whether a sentence ended before it.
private struct WordBuilder {
    private var current: [UInt8] = []
    private var isASCII = true
    private var isComposed = true
    private var startPending = false

    /// `take(_:into:)` of an ASCII scalar, given as its byte.
    @inline(__always)
    mutating func take(ascii byte: UInt8, into tokens: inout WordTokens) {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            current.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            current.append(byte | 0x20)
        case UInt8(ascii: "'"), UInt8(ascii: "-"):
            if !current.isEmpty { current.append(byte) }
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "|"):
            flush(into: &tokens)
            startPending = true
        default:
            flush(into: &tokens)
        }
    }

    /// Takes the next scalar of the lower-cased text.
    mutating func take(_ scalar: Unicode.Scalar, into tokens: inout WordTokens) {
        if scalar.isLetterOrDigitQuickly {
            if scalar.isASCII {
                current.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { current.append($0) }
                isASCII = false
                isComposed = isComposed && TextNormalizer.isCompositionInert(scalar)
            }
            return
        }
        switch scalar {
        case "'", "’", "-":
            // Inside a word only; before one, it is nothing.
            if !current.isEmpty { current.append(scalar == "-" ? UInt8(ascii: "-") : UInt8(ascii: "'")) }
        case ".", "!", "?", ":", "|", "•":
            flush(into: &tokens)
            startPending = true
        default:
            flush(into: &tokens)
        }
    }

    mutating func flush(into tokens: inout WordTokens) {
        while let last = current.last, last == UInt8(ascii: "'") || last == UInt8(ascii: "-") { current.removeLast() }
        guard !current.isEmpty else { return }
        tokens.append(current, isASCII: isASCII, isComposed: isComposed, opensSentence: startPending)
        current.removeAll(keepingCapacity: true)
        isASCII = true
        isComposed = true
        startPending = false
    }
}

/// The words the scorer knows (those of its phrase lists, street words, "po", "o" and "box"),
/// numbered, so that a text's words are looked up once and matched by number.
enum KnownWords {
    /// The number of every word the scorer does not know.
    static let unknown = -1

    /// The number of the word whose UTF-8 bytes are `word`, or `unknown`. `isComposed` tells
    /// that its scalars are all composition-inert (ASCII among them): it is then in NFC, and
    /// equals a known word exactly when its bytes are that word's in NFC, so a word of up to
    /// 16 bytes is looked up by them. Any other word is looked up as a string, by canonical
    /// equivalence.
    static func number(of word: [UInt8], isComposed: Bool = false) -> Int {
        if isComposed, let packed = PackedWord(word) { return packedNumbers.number(of: packed) ?? unknown }
        return numbers[String(decoding: word, as: UTF8.self)] ?? unknown
    }

    /// The number of a known word written as a string.
    static func number(of word: String) -> Int {
        numbers[word] ?? unknown
    }

    /// How many words are known: numbers run from 0 to `count - 1`.
    static var count: Int { numbers.count }

    private static let numbers: [String: Int] = {
        var numbers: [String: Int] = [:]
        let words = PhraseLists.all.joined().flatMap { $0.split(separator: " ").map(String.init) } + ContactDetails.knownWords
        for word in words where numbers[word] == nil {
            numbers[word] = numbers.count
        }
        return numbers
    }()

    private static let packedNumbers = PackedWordTable(numbers.map { word, number in
        (PackedWord(Array(word.precomposedStringWithCanonicalMapping.utf8)), number)
    })
}

/// The UTF-8 bytes of a word of at most 16 bytes, packed into two integers.
private struct PackedWord: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// No word: the packing of an empty word, which no word read is.
    static let empty = PackedWord()

    private init() {}

    init?(_ bytes: [UInt8]) {
        guard bytes.count <= 16 else { return nil }
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << (8 * index)
            } else {
                high |= UInt64(byte) << (8 * (index - 8))
            }
        }
    }

    /// The word's slot in a table of `1 << bits` slots, before probing.
    func slot(bits: Int) -> Int {
        Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(64 - bits))
    }
}

/// Numbers by packed word in an open-addressing table, small enough to stay in the
/// processor's nearest cache: a look-up is a multiplication and a comparison or two, where
/// a dictionary would hash the word's bytes.
private struct PackedWordTable {
    /// A word and its number; an empty slot holds no word.
    private struct Slot {
        var word = PackedWord.empty
        var number = KnownWords.unknown
    }

    private let bits: Int
    private var slots: [Slot]

    /// A table of the entries whose word could be packed; their words are distinct and not empty.
    init(_ entries: [(PackedWord?, Int)]) {
        var bits = 4
        while 1 << bits < 2 * entries.count { bits += 1 }
        self.bits = bits
        slots = Array(repeating: Slot(), count: 1 << bits)
        for case let (word?, number) in entries where word != .empty {
            var index = word.slot(bits: bits)
            while slots[index].word != .empty { index = (index + 1) & (slots.count - 1) }
            slots[index] = Slot(word: word, number: number)
        }
    }

    /// The number of `word`, or `nil` when the table does not hold it.
    func number(of word: PackedWord) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var index = word.slot(bits: bits)
            while slots[index].word != .empty {
                if slots[index].word == word { return slots[index].number }
                index = (index + 1) & (slots.count - 1)
            }
            return nil
        }
    }
}

/// Phrases of one or more lower-case words, looked up by the number of their first word.
struct PhraseSet: Sendable {
    /// The phrases, as word numbers, by the number of their first word.
    private let byFirstWord: [[[Int]]]

    /// Creates a set from phrases written with single spaces between words, all of them
    /// words of the phrase lists.
    init(_ phrases: [String]) {
        var table = [[[Int]]](repeating: [], count: KnownWords.count)
        for phrase in phrases {
            let numbers = phrase.split(separator: " ").map { KnownWords.number(of: String($0)) }
            precondition(!numbers.contains(KnownWords.unknown), "a phrase of the phrase lists")
            table[numbers[0]].append(numbers)
        }
        byFirstWord = table
    }

    /// Whether one of the phrases starts at `index` of `numbers`.
    func matches(_ numbers: [Int], at index: Int) -> Bool {
        let first = numbers[index]
        guard first != KnownWords.unknown else { return false }
        return byFirstWord[first].contains { phrase in
            index + phrase.count <= numbers.count && zip(phrase, numbers[index...]).allSatisfy { $0 == $1 }
        }
    }
}
