/// Turns the words that name a claim's source into a source of the analysis: a source
/// already there (by mention or name), the person a "he" or "she" points back to, or a new
/// document, medium, group or organisation source.
struct ClaimSourceResolver {
    private(set) var analysis: Analysis
    private var directory: SourceDirectory
    private var newMentions: [Int: [Mention]] = [:]
    private let personMentions: [(range: TextRange, source: Int)]
    private let mentions: [(range: TextRange, source: Int)]
    private let personNames: PersonNameMemo
    /// `SourceClassifier.classify(name:role:)` of the names already met: subjects repeat.
    private var classified: [String: (kind: Source.Kind, sourceClass: Source.Class)?] = [:]

    init(_ analysis: Analysis, personNames: PersonNameMemo) {
        self.analysis = analysis
        self.personNames = personNames
        directory = SourceDirectory(analysis.sources, personNames: personNames)
        mentions = analysis.sources.enumerated()
            .flatMap { index, source in source.mentions.map { ($0.range, index) } }
            .sorted { $0.range < $1.range }
        personMentions = analysis.sources.enumerated()
            .filter { $0.element.kind == .person }
            .flatMap { index, source in
                source.mentions.filter { !NameWords.genderedPronouns.keys.contains($0.text.lowercased()) }.map { ($0.range, index) }
            }
            .sorted { $0.range < $1.range }
    }

    /// The source named by `subject`, adding one when the article has none yet; nil when the
    /// words name nothing a claim can rest on.
    mutating func source(for subject: ClaimSubjectFinder.Subject, text: AnalysisText) -> Int? {
        let range = subject.range
        if let existing = sourceMentioned(in: range, head: subject.head.range) { return existing }
        if ["he", "she"].contains(subject.head.folded) {
            return personMentions.last(where: { $0.range.end <= range.start })?.source
        }
        let name = NameForms.strippingTitle(Self.name(of: subject, text: text))
        let classification = classified[name] ?? SourceClassifier.classify(name: name, role: nil)
        classified[name] = classification
        guard let found = classification else { return nil }
        if found.kind == .person, !personNames.isPersonName(name) { return nil }
        if let same = found.kind == .person ? directory.matching(name) : directory.index(named: name) {
            newMentions[same, default: []].append(text.mention(range))
            return same
        }
        return add(Source(name: name, kind: found.kind, sourceClass: found.sourceClass, mentions: [text.mention(range)]))
    }

    /// The analysis with every source and mention found, once the claims are read.
    func finished() -> Analysis {
        var finished = analysis
        for (index, mentions) in newMentions {
            finished.sources[index].mentions = SourceProfiler.merged(finished.sources[index].mentions, mentions)
        }
        return finished
    }

    private mutating func add(_ source: Source) -> Int {
        analysis.sources.append(source)
        directory.add(source.name, at: analysis.sources.count - 1)
        return analysis.sources.count - 1
    }

    /// Adds a source for a document behind a hyperlink, named by the link's host, or finds it.
    mutating func linkSource(host: String, anchor: Mention) -> Int {
        if let same = directory.index(named: host), analysis.sources[same].kind == .document {
            newMentions[same, default: []].append(anchor)
            return same
        }
        return add(Source(name: host, kind: .document, sourceClass: .document, mentions: [anchor]))
    }

    /// The source with a mention inside `range` (the last one when several are), or with a
    /// mention around the phrase's head word.
    private func sourceMentioned(in range: TextRange, head: TextRange) -> Int? {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        var found: Int?
        while low < mentions.count, mentions[low].range.start < range.end {
            if range.contains(mentions[low].range) { found = mentions[low].source }
            low += 1
        }
        if let found { return found }
        // A longer mention that holds the head: "Hereditary Chief Na'moks" for "Chief Na'moks".
        let before = mentions[..<low].suffix(8)
        return before.last { $0.range.contains(head) }?.source
    }

    /// The source's name: the phrase without a leading "a" or "an".
    private static func name(of subject: ClaimSubjectFinder.Subject, text: AnalysisText) -> String {
        var words = subject.words[...]
        while let first = words.first, ["a", "an"].contains(first.folded) { words.removeFirst() }
        guard let first = words.first, let last = words.last else { return "" }
        return text.string(TextRange(start: first.range.start, end: last.range.end))
    }
}
