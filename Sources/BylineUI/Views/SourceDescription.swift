import BylineCore

/// How a source is described in one line (status line, panel, speaker screen).
enum SourceDescription {
    /// "Name — role, affiliation · expert · 3 quotes".
    static func line(_ source: Source, quotes: Int) -> String {
        var parts = [source.name]
        let standing = [source.role, source.affiliation].compactMap { $0 }.joined(separator: ", ")
        if !standing.isEmpty { parts[0] += " — " + standing }
        parts.append(source.sourceClass.rawValue)
        parts.append(quotes == 1 ? "1 quote" : "\(quotes) quotes")
        return parts.joined(separator: " · ")
    }

    /// "role, affiliation" or the class when neither is known.
    static func standing(role: String?, affiliation: String?, sourceClass: Source.Class) -> String {
        let standing = [role, affiliation].compactMap { $0 }.joined(separator: ", ")
        return standing.isEmpty ? sourceClass.rawValue : standing + " (\(sourceClass.rawValue))"
    }
}
