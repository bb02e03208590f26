/// Finds sources by name in constant time: by the exact name (case-insensitive) and, for
/// people, by the one-word forms of their names, so that "Holt" finds "Lena Holt" and
/// "Lena Holt" finds a source named "Holt".
struct SourceDirectory {
    private var byName: [String: Int] = [:]
    private var byWord: [String: [Int]] = [:]
    private var names: [String] = []

    /// A directory of `sources`.
    init(_ sources: [Source]) {
        for (index, source) in sources.enumerated() { add(source.name, at: index) }
    }

    /// Records that the source at `index` is named `name`.
    mutating func add(_ name: String, at index: Int) {
        if byName[name.lowercased()] == nil { byName[name.lowercased()] = index }
        while names.count <= index { names.append("") }
        names[index] = name
        let parts = NameForms.words(of: name)
        let forms = parts.count == 1 ? parts : NameForms.isPersonName(name) ? [parts.first, parts.last].compactMap { $0 } : []
        for form in Set(forms) { byWord[form, default: []].append(index) }
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
        let forms = parts.count == 1 ? parts : [parts.first, parts.last].compactMap { $0 }
        let candidates = Set(forms.flatMap { byWord[$0] ?? [] }).filter { index in
            NameForms.isShortForm(name, of: names[index]) || NameForms.isShortForm(names[index], of: name)
        }
        return candidates.count == 1 ? candidates.first : nil
    }
}
