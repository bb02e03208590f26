/// Recognises sources the article leaves unnamed on purpose: "a senior official who asked
/// not to be named", "sources said", "people familiar with the matter", "an insider".
enum AnonymousSourceDetector {
    /// Whether `phrase` (a source's name or the words that introduce it) describes an
    /// anonymous source.
    static func isAnonymous(_ phrase: String) -> Bool {
        let folded = phrase.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if markers.contains(where: folded.contains) { return true }
        let words = phrase.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let head = words.last?.lowercased() else { return false }
        return anonymousHeads.contains(head) && !words.dropFirst().contains(where: { $0.first?.isUppercase == true })
    }

    /// Phrases that mark a source as unnamed by design.
    static let markers: [String] = [
        "not to be named", "not be named", "not be identified", "not to be identified",
        "condition of anonymity", "on condition that", "speaking anonymously", "requested anonymity",
        "declined to be named", "declined to be identified", "not authorized to speak",
        "not authorised to speak", "not authorized to discuss", "not authorised to discuss",
        "familiar with", "with knowledge of", "knowledgeable about", "close to the", "briefed on",
        "anonymous", "unnamed", "unidentified",
    ]

    /// Nouns that, as the whole of a source, leave it unnamed ("sources", "an insider").
    static let anonymousHeads: Set<String> = ["source", "sources", "insider", "insiders", "whistleblower", "informant"]
}
