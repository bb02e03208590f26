@testable import BylineCore

/// Builds analyses of invented sentences for the source and claim tests, without the quote
/// attributor: the sources and quotes it would give are passed in by hand.
enum ProfileFixture {
    /// The article of `text` (paragraphs separated by blank lines).
    static func article(_ text: String) -> Article {
        PlainTextReader.read(text)
    }

    /// `text` profiled: the given sources and quotes, then the profiler.
    static func profiled(_ text: String, sources: [Source] = [], quotes: [Quote] = []) -> Analysis {
        var analysis = Analysis(quotes: quotes, sources: sources)
        SourceProfiler.profile(&analysis, in: AnalysisText(article(text)))
        return analysis
    }

    /// `text` profiled and read for claims.
    static func claimed(_ text: String, sources: [Source] = [], quotes: [Quote] = []) -> Analysis {
        claimed(article(text), sources: sources, quotes: quotes)
    }

    /// `article` profiled and read for claims.
    static func claimed(_ article: Article, sources: [Source] = [], quotes: [Quote] = []) -> Analysis {
        let text = AnalysisText(article)
        var analysis = Analysis(quotes: quotes, sources: sources)
        SourceProfiler.profile(&analysis, in: text)
        ClaimFinder.findClaims(&analysis, in: text)
        return analysis
    }

    /// The range of the first occurrence of `words` in `text`, in Unicode scalars.
    static func range(of words: String, in text: String) -> TextRange {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        guard needle.count <= scalars.count else { return TextRange(start: 0, end: 0) }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return TextRange(start: start, end: start + needle.count)
        }
        return TextRange(start: 0, end: 0)
    }

    /// A person source named `name`, mentioned where `name` first occurs in `text`.
    static func person(_ name: String, in text: String) -> Source {
        Source(name: name, kind: .person, sourceClass: .other, mentions: [Mention(text: name, range: range(of: name, in: text))])
    }
}

extension Analysis {
    /// The source named `name`, if any.
    func source(named name: String) -> Source? {
        sources.first { $0.name == name }
    }

    /// The claims whose text contains `words`.
    func claims(containing words: String, in text: String) -> [Claim] {
        let scalars = Array(text.unicodeScalars)
        return claims.filter { claim in
            String(String.UnicodeScalarView(scalars[claim.range.start..<claim.range.end])).contains(words)
        }
    }
}
