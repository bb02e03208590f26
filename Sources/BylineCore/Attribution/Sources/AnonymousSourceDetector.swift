/// Recognises sources the article leaves unnamed on purpose: "a senior official who asked
/// not to be named", "sources said", "people familiar with the matter", "an insider".
enum AnonymousSourceDetector {
    /// Whether `phrase` (a source's name or the words that introduce it) describes an
    /// anonymous source.
    static func isAnonymous(_ phrase: String) -> Bool {
        let words = phrase.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "\u{2019}" })
        guard let head = words.last?.lowercased() else { return false }
        // Every marker holds a lower-case word; a run of capitalised words is a name.
        guard words.contains(where: { $0.first?.isLowercase == true }) else {
            return words.count == 1 && anonymousHeads.contains(head)
        }
        let folded = words.map { $0.lowercased() }
        for marker in markers where marker.count <= folded.count {
            for start in 0...(folded.count - marker.count) where folded[start] == marker[0] {
                if Array(folded[start..<(start + marker.count)]) == marker { return true }
            }
        }
        return anonymousHeads.contains(head) && !words.dropFirst().contains(where: { $0.first?.isUppercase == true })
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

    /// Nouns that, as the whole of a source, leave it unnamed ("sources", "an insider").
    static let anonymousHeads: Set<String> = ["source", "sources", "insider", "insiders", "whistleblower", "informant"]
}
