/// Removes the publication that interviewed the sources ("told The American Spectator"):
/// it is the article's own outlet, not a source.
enum InterviewerFilter {
    /// Verbs that, right before a medium's name, make it the one being told.
    static let tellingVerbs: Set<String> = ["told", "tells", "telling", "tell"]
    /// Words that, before "to" or "with", make the next name the one spoken to
    /// ("said to", "speaking to", "in an interview with").
    static let speakingWords: Set<String> = ["said", "says", "spoke", "speaking", "talked", "talking", "explained", "interview", "conversation", "wrote"]

    /// Drops from `analysis.sources` every medium that is quoted nowhere and is named only as
    /// the article's site or as the one told ("told The Daily Planet"); quotes and claims are
    /// re-pointed at the remaining sources.
    static func removeInterviewers(from analysis: inout Analysis, words: SentenceWords) {
        let quoted = Set(analysis.quotes.compactMap(\.sourceIndex))
        let site = words.text.article.site?.lowercased()
        let doomed = Set(analysis.sources.indices.filter { index in
            let source = analysis.sources[index]
            guard !quoted.contains(index), source.kind == .media || source.kind == .organization else { return false }
            if let site, source.name.lowercased() == site { return true }
            return !source.mentions.isEmpty && source.mentions.allSatisfy { isInterviewer($0, words: words) }
        })
        guard !doomed.isEmpty else { return }
        SourceIndexRemapper.remove(doomed, from: &analysis)
    }

    private static func isInterviewer(_ mention: Mention, words: SentenceWords) -> Bool {
        guard let position = words.position(of: mention.range), position.start > 0 else { return false }
        let sentence = words.sentences[position.sentence]
        let before = sentence[position.start - 1]
        guard before.isWord else { return false }
        if tellingVerbs.contains(before.folded) { return true }
        guard before.folded == "to" || before.folded == "with", position.start >= 2 else { return false }
        return speakingWords.contains(sentence[position.start - 2].folded)
    }
}

/// Removes sources from an analysis and keeps every quote and claim pointing at the right one.
enum SourceIndexRemapper {
    /// Removes the sources at `indices`; quotes and claims that pointed at them lose their source.
    static func remove(_ indices: Set<Int>, from analysis: inout Analysis) {
        remap(&analysis, replacing: Dictionary(uniqueKeysWithValues: indices.map { ($0, nil) }))
    }

    /// Merges every source into the first source with the same name (ignoring case): mentions
    /// join, quotes and claims follow.
    static func mergeSameNames(in analysis: inout Analysis) {
        var first: [String: Int] = [:]
        var replacements: [Int: Int?] = [:]
        for (index, source) in analysis.sources.enumerated() {
            let key = source.name.lowercased()
            if let kept = first[key] {
                replacements[index] = kept
                analysis.sources[kept].mentions = SourceProfiler.merged(analysis.sources[kept].mentions, source.mentions)
            } else {
                first[key] = index
            }
        }
        if !replacements.isEmpty { remap(&analysis, replacing: replacements) }
    }

    /// Drops the sources that are keys of `replacements`, pointing their quotes and claims at
    /// the replacement (or at none), and renumbers the rest.
    private static func remap(_ analysis: inout Analysis, replacing replacements: [Int: Int?]) {
        var newIndex: [Int: Int] = [:]
        var kept: [Source] = []
        for (index, source) in analysis.sources.enumerated() where replacements[index] == nil {
            newIndex[index] = kept.count
            kept.append(source)
        }
        for (removed, replacement) in replacements {
            if let replacement, let target = newIndex[replacement] { newIndex[removed] = target }
        }
        analysis.sources = kept
        for index in analysis.quotes.indices {
            analysis.quotes[index].sourceIndex = analysis.quotes[index].sourceIndex.flatMap { newIndex[$0] }
        }
        for index in analysis.claims.indices {
            analysis.claims[index].sourceIndex = analysis.claims[index].sourceIndex.flatMap { newIndex[$0] }
        }
    }
}
