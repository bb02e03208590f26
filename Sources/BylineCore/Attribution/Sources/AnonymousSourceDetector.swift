/// Recognises sources the article leaves unnamed on purpose: "a senior official who asked
/// not to be named", "sources said", "people familiar with the matter", "an insider".
enum AnonymousSourceDetector {
    /// Whether `phrase` (a source's name or the words that introduce it) describes an
    /// anonymous source.
    static func isAnonymous(_ phrase: String) -> Bool {
        let words = PhraseWords(phrase)
        guard let head = words.folded.last else { return false }
        // Every marker holds a lower-case word; a run of capitalised words is a name.
        guard words.startsLowercase.contains(true) else {
            return words.count == 1 && anonymousHeads.contains(head)
        }
        let folded = words.folded
        for (start, word) in folded.enumerated() {
            for marker in markersByFirstWord[word] ?? [] where start + marker.count <= folded.count {
                if folded[start..<(start + marker.count)].elementsEqual(marker) { return true }
            }
        }
        return anonymousHeads.contains(head) && !words.startsUppercase.dropFirst().contains(true)
    }

    /// Word sequences that mark a source as unnamed by design.
    static let markers: [[String]] = [
        "not to be named", "not be named", "not be identified", "not to be identified",
        "condition of anonymity", "on condition that", "speaking anonymously", "requested anonymity",
        "declined to be named", "declined to be identified", "not authorized to speak",
        "not authorised to speak", "not authorized to discuss", "not authorised to discuss",
        "familiar with", "with knowledge of", "knowledgeable about", "close to the", "briefed on",
        "anonymous", "unnamed", "unidentified",
    ].map { $0.split(separator: " ").map(String.init) }

    /// `markers` by their first word, so that each word of a phrase is looked up once.
    private static let markersByFirstWord: [String: [[String]]] = Dictionary(grouping: markers, by: { $0[0] })

    /// Nouns that, as the whole of a source, leave it unnamed ("sources", "an insider").
    static let anonymousHeads: Set<String> = ["source", "sources", "insider", "insiders", "whistleblower", "informant"]
}

/// The words of a source's phrase as `AnonymousSourceDetector` reads them: runs of letters,
/// hyphens and apostrophes, lowercased, with the case of each word's first letter.
///
/// Phrases are mostly ASCII and are read byte by byte; others go through `Character`, whose
/// letter and case tests give the same answers on ASCII.
private struct PhraseWords {
    private(set) var folded: [String] = []
    private(set) var startsLowercase: [Bool] = []
    private(set) var startsUppercase: [Bool] = []

    var count: Int { folded.count }

    init(_ phrase: String) {
        var phrase = phrase
        let wasASCII = phrase.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || !Self.isWordByte(bytes[end]) {
                if end > start { addASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
            return true
        }
        guard !wasASCII else { return }
        for word in phrase.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "\u{2019}" }) {
            add(folded: word.lowercased(), lowercase: word.first?.isLowercase == true, uppercase: word.first?.isUppercase == true)
        }
    }

    private mutating func addASCII(_ word: UnsafeBufferPointer<UInt8>) {
        let folded = String(unsafeUninitializedCapacity: word.count) { buffer in
            for (index, byte) in word.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            return word.count
        }
        let first = word[0]
        add(folded: folded, lowercase: first >= 0x61 && first <= 0x7A, uppercase: first >= 0x41 && first <= 0x5A)
    }

    private mutating func add(folded word: String, lowercase: Bool, uppercase: Bool) {
        folded.append(word)
        startsLowercase.append(lowercase)
        startsUppercase.append(uppercase)
    }

    /// Letters, "-" and "'" hold an ASCII word together.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }
}
