/// Recognises sources the article leaves unnamed on purpose: "a senior official who asked not
/// to be named", "sources said", "people familiar with the talks", "an insider".
struct Anonymity {
    let words: ArticleWords

    /// Word sequences that mark a source as unnamed by design.
    static let markers = """
        not to be named; not be named; not be identified; not to be identified; condition of anonymity; \
        on condition that; speaking anonymously; requested anonymity; declined to be named; \
        declined to be identified; not authorized to speak; not authorised to speak; not authorized to discuss; \
        not authorised to discuss; familiar with; with knowledge of; knowledgeable about; close to the; briefed on; \
        anonymous; unnamed; unidentified
        """

    /// The markers as word ids, grouped by their first word.
    private static let markersByFirstWord: [WordID: [[WordID]]] = {
        let sequences = markers.split(separator: ";").map { marker in
            marker.split(separator: " ").compactMap { Lexicon.id(of: String($0)) }
        }
        return Dictionary(grouping: sequences.filter { !$0.isEmpty }, by: { $0[0] })
    }()

    /// Whether the words `tokens` (a source's phrase, or the words after its mention) mark
    /// an anonymous source: one of the markers, or an anonymous head ("sources", "an
    /// insider") that no capitalised word follows.
    func isAnonymous(_ tokens: Range<Int>) -> Bool {
        let phrase = tokens.filter { words.isWord($0) }
        guard let head = phrase.last else { return false }
        // Every marker holds a lower-case word; a run of capitalised words is a name.
        guard phrase.contains(where: { !words.isCapitalized($0) }) else {
            return phrase.count == 1 && words.has(head, .anonymousHead)
        }
        if containsMarker(phrase) { return true }
        return words.has(head, .anonymousHead) && !phrase.dropFirst().contains(where: { words.isCapitalized($0) })
    }

    /// Whether one of the markers occurs in the word tokens `phrase`.
    func containsMarker(_ phrase: [Int]) -> Bool {
        for (offset, token) in phrase.enumerated() {
            for marker in Self.markersByFirstWord[words.ids[token]] ?? [] where offset + marker.count <= phrase.count {
                if marker.indices.allSatisfy({ words.ids[phrase[offset + $0]] == marker[$0] }) { return true }
            }
        }
        return false
    }

    /// Adds the markers' words to the lexicon, so that they have ids.
    static func addWords(to builder: inout DraftBuilder) {
        builder.add(markers.split(separator: ";").joined(separator: " "), [])
    }
}
