import BylineCore
import BylineStore

/// Invented news articles for benchmarks and crash tests: about 5 KB of text in invented
/// words (a Zipf-like vocabulary), five quotations by invented experts and officials, with
/// their analysis built alongside. Deterministic for a seed.
struct SyntheticLibrary {
    private var random: SplitMix64
    let vocabulary: [String]
    private let speakers: [Source]
    private let sites: [String]

    init(seed: UInt64 = 0x5EED) {
        var random = SplitMix64(seed: seed)
        let syllables = ["ka", "lo", "mi", "ter", "san", "vel", "dor", "ri", "bu", "nek", "sta", "phi", "gan", "tul", "mer",
                         "o", "a", "e", "qua", "zen", "fra", "lim", "co", "dé", "rü", "pa", "sol", "vin", "tho", "ber"]
        var words = Set<String>()
        while words.count < 8000 {
            let count = 1 + Int(random.next() % 4)
            words.insert((0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined())
        }
        vocabulary = words.sorted()
        func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        let classes: [(Source.Class, String)] = [(.expert, "professor of"), (.official, "minister of"), (.expert, "researcher in"),
                                                 (.official, "spokesperson for"), (.journalist, "correspondent for")]
        var speakers: [Source] = []
        for _ in 0..<3000 {
            let first = capitalized(vocabulary[Int(random.next() % 600)])
            let last = capitalized(vocabulary[600 + Int(random.next() % 3000)])
            let (sourceClass, title) = classes[Int(random.next() % UInt64(classes.count))]
            let field = vocabulary[Int(random.next() % 400)]
            speakers.append(Source(name: "\(first) \(last)", kind: .person, sourceClass: sourceClass, role: "\(title) \(field)",
                                   affiliation: capitalized(vocabulary[Int(random.next() % 200)]) + " University"))
        }
        self.speakers = speakers
        sites = (0..<40).map { capitalized(words.sorted()[$0 * 7]) + " Herald" }
        self.random = random
    }

    /// A word, common ones far more often than rare ones.
    mutating func word() -> String {
        let uniform = Double(random.next() % 1_000_000) / 1_000_000
        return vocabulary[min(vocabulary.count - 1, Int(uniform * uniform * uniform * Double(vocabulary.count)))]
    }

    private mutating func words(_ range: ClosedRange<Int>) -> String {
        let count = range.lowerBound + Int(random.next() % UInt64(range.count))
        return (0..<count).map { _ in word() }.joined(separator: " ")
    }

    private mutating func sentence() -> String {
        let text = words(8...22)
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// The next article, with its analysis.
    mutating func article(number: Int) -> LibraryArticle {
        var builder = ArticleBuilder()
        var quotes: [Quote] = []
        var sources: [Source] = []
        var sourceIndex: [String: Int] = [:]
        let quotedParagraphs = Set([1, 2, 4, 5, 7])
        for paragraph in 0..<9 {
            var text = (0..<4).map { _ in sentence() }.joined(separator: " ")
            guard quotedParagraphs.contains(paragraph) else { builder.append(text); continue }
            var speaker = speakers[Int(random.next() % UInt64(speakers.count))]
            let index = sourceIndex[speaker.name] ?? sources.count
            text += " “"
            let quoteStart = text.unicodeScalars.count
            text += sentence()
            let quoteEnd = text.unicodeScalars.count
            text += "” said "
            let nameStart = text.unicodeScalars.count
            text += speaker.name
            let nameEnd = text.unicodeScalars.count
            text += ", \(speaker.role ?? "")."
            let offset = builder.paragraphs.last.map { $0.range.end + 2 } ?? 0
            builder.append(text)
            let mention = Mention(text: speaker.name, range: TextRange(start: offset + nameStart, end: offset + nameEnd))
            if index == sources.count {
                speaker.mentions = [mention]
                sources.append(speaker)
                sourceIndex[speaker.name] = index
            } else {
                sources[index].mentions.append(mention)
            }
            let cueStart = offset + quoteEnd + 2
            quotes.append(Quote(range: TextRange(start: offset + quoteStart, end: offset + quoteEnd), kind: .direct,
                                cue: Mention(text: "said", range: TextRange(start: cueStart, end: cueStart + 4)),
                                sourceIndex: index, speakerMention: mention))
        }
        let title = words(5...9)
        let article = Article(title: title.prefix(1).uppercased() + title.dropFirst(), site: sites[number % sites.count],
                              published: "2026-\(String(format: "%02d", 1 + number % 12))-\(String(format: "%02d", 1 + number % 28))",
                              url: "https://news.example/\(number)", text: builder.text, paragraphs: builder.paragraphs)
        // The original is what a saved text file holds: the headline, a blank line, the body.
        return LibraryArticle(article: article, analysis: Analysis(quotes: quotes, sources: sources),
                              original: Array(((article.title ?? "") + "\n\n" + article.text + "\n").utf8), format: .text)
    }
}

/// A small, fast, seedable random generator (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
