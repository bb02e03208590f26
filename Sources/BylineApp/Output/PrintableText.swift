import BylineCore
import BylineStore

/// Text made safe and compact for a terminal line: what every readable (non-JSON) output prints.
public enum PrintableText {
    /// `text` with control characters removed and every run of white space made one space.
    public static func line(_ text: String) -> String {
        ParagraphSplitter.collapsingWhitespace(in: TextNormalizer.normalize(text), range: TextRange(start: 0, end: .max))
    }

    /// The readable title of an article.
    public static func title(_ title: String?) -> String {
        title.map(line).flatMap { $0.isEmpty ? nil : $0 } ?? "(untitled)"
    }

    /// "site · date" for an article, leaving out what is unknown.
    public static func byline(site: String?, published: String?) -> String {
        [site, published].compactMap { $0.map(line) }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The speaker with role and affiliation ("Ines Calloway, professor, Dunmore University").
    public static func speaker(_ speaker: SpeakerReference?) -> String {
        guard let speaker else { return "unattributed" }
        return [speaker.name, speaker.role, speaker.affiliation].compactMap { $0.map(line) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
