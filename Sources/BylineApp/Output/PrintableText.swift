import BylineCore
import BylineStore

/// The readable forms of a library's values in every readable (non-JSON) output, each made safe
/// for a terminal by `TerminalText`.
public enum PrintableText {
    /// The readable title of an article.
    public static func title(_ title: String?) -> String {
        title.map(TerminalText.line).flatMap { $0.isEmpty ? nil : $0 } ?? "(untitled)"
    }

    /// "site · date" for an article, leaving out what is unknown.
    public static func byline(site: String?, published: String?) -> String {
        [site, published].compactMap { $0.map(TerminalText.line) }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The speaker with role and affiliation ("Ines Calloway, professor, Dunmore University").
    public static func speaker(_ speaker: SpeakerReference?) -> String {
        guard let speaker else { return "unattributed" }
        return [speaker.name, speaker.role, speaker.affiliation].compactMap { $0.map(TerminalText.line) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
