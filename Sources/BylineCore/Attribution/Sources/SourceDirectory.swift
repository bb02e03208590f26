/// Finds sources by name in constant time: by the exact name (case-insensitive) and, for
/// people, by the one-word forms of their names, so that "Holt" finds "Lena Holt" and
/// "Lena Holt" finds a source named "Holt".
struct SourceDirectory {
    /// What the directory knows of one source's name.
    private struct Entry {
        var words: [String]
        var isPerson: Bool
    }

    private var byName: [String: Int] = [:]
    private var byWord: [String: Set<Int>] = [:]
    private var entries: [Int: Entry] = [:]
    private let personNames: PersonNameMemo

    /// A directory of `sources`, telling people's names with `personNames`.
    init(_ sources: [Source], personNames: PersonNameMemo) {
        self.personNames = personNames
        for (index, source) in sources.enumerated() { add(source.name, at: index) }
    }

    /// Records that the source at `index` is named `name`.
    mutating func add(_ name: String, at index: Int) {
        if byName[name.lowercased()] == nil { byName[name.lowercased()] = index }
        let entry = Entry(words: NameForms.words(of: name), isPerson: personNames.isPersonName(name))
        entries[index] = entry
        let forms = entry.words.count == 1 ? entry.words : entry.isPerson ? [entry.words.first, entry.words.last].compactMap { $0 } : []
        for form in forms { byWord[form, default: []].insert(index) }
    }

    /// The source with exactly this name, ignoring case.
    func index(named name: String) -> Int? {
        byName[name.lowercased()]
    }

    /// The source `name` names: the same name, or the one person whose full name `name` is a
    /// short form of, or the one one-word source that is a short form of `name`.
    func matching(_ name: String) -> Int? {
        if let same = index(named: name) { return same }
        let parts = NameForms.words(of: name)
        guard let first = parts.first, let last = parts.last else { return nil }
        let isPerson = parts.count > 1 && personNames.isPersonName(name)
        let candidates = Set((byWord[first] ?? []).union(byWord[last] ?? [])).filter { index in
            guard let entry = entries[index] else { return false }
            if parts.count == 1 { return entry.isPerson && (entry.words.first == first || entry.words.last == first) }
            return isPerson && entry.words.count == 1 && (entry.words[0] == first || entry.words[0] == last)
        }
        return candidates.count == 1 ? candidates.first : nil
    }
}
