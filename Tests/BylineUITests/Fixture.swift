import BylineCore
@testable import BylineUI
import BylineTerminal

/// An invented article with its analysis written out by hand, so that UI tests do not
/// depend on the attribution engine.
enum Fixture {
    static let paragraphs: [(String, Paragraph.Kind)] = [
        ("Mayor Lena Ortiz said the bridge would open in spring. \"We have waited long enough,\" Ortiz said.", .body),
        ("Engineers weigh in", .heading),
        ("\"The steel is sound,\" said Dr. Amir Haddad, a professor of engineering at Northgate University. Critics say the cost is too high.", .body),
        ("Some residents fear the noise.", .blockquote),
    ]

    static let article: Article = {
        var builder = ArticleBuilder()
        for (text, kind) in paragraphs {
            var links: [Link] = []
            if let range = range(of: "Northgate University", in: text) { links.append(Link(range: range, url: "https://example.org/nu")) }
            builder.append(text, kind: kind, links: links)
        }
        return Article(title: "Harbour council votes on the new bridge", site: "The Harbour Herald", published: "2026-11-02",
                       text: builder.text, paragraphs: builder.paragraphs)
    }()

    /// The scalar range of the first (or `occurrence`-th) `needle` in `text`.
    static func range(of needle: String, in text: String, occurrence: Int = 0) -> TextRange? {
        let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        var found = 0
        guard pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<start + pattern.count]) == pattern {
            if found == occurrence { return TextRange(start: start, end: start + pattern.count) }
            found += 1
        }
        return nil
    }

    static func range(_ needle: String, occurrence: Int = 0) -> TextRange {
        range(of: needle, in: article.text, occurrence: occurrence)!
    }

    static func mention(_ needle: String, occurrence: Int = 0) -> Mention {
        Mention(text: needle, range: range(needle, occurrence: occurrence))
    }

    static let analysis = Analysis(
        quotes: [
            Quote(range: range("We have waited long enough,"), kind: .direct, cue: mention("said", occurrence: 1), sourceIndex: 0, speakerMention: mention("Ortiz", occurrence: 1)),
            Quote(range: range("The steel is sound,"), kind: .direct, cue: mention("said", occurrence: 2), sourceIndex: 1, speakerMention: mention("Dr. Amir Haddad")),
        ],
        sources: [
            Source(name: "Lena Ortiz", kind: .person, sourceClass: .official, role: "Mayor", mentions: [mention("Mayor Lena Ortiz"), mention("Ortiz", occurrence: 1)]),
            Source(name: "Amir Haddad", kind: .person, sourceClass: .expert, role: "professor of engineering", affiliation: "Northgate University",
                   mentions: [mention("Dr. Amir Haddad")]),
        ],
        claims: [
            Claim(range: range("the bridge would open in spring"), cue: mention("said"), sourceIndex: 0),
            Claim(range: range("the cost is too high"), cue: mention("say"), isVague: true),
        ]
    )

    static let detail = ArticleDetail(id: 1, article: article, analysis: analysis)

    /// A second, quote-free article.
    static let plainArticle: Article = {
        var builder = ArticleBuilder()
        builder.append("Tide tables for the week ahead are posted at the harbour office.")
        return Article(title: "Tide tables", site: "Port Notices", published: "2026-10-01", text: builder.text, paragraphs: builder.paragraphs)
    }()

    /// A library of the two articles.
    static func library() -> InMemoryLibrary {
        InMemoryLibrary(entries: [
            InMemoryLibrary.Entry(id: 1, article: article, analysis: analysis),
            InMemoryLibrary.Entry(id: 2, article: plainArticle, analysis: Analysis()),
        ])
    }
}

/// The whole program in memory, as the run loop drives it: keys go through `update`, data
/// effects are answered by an in-memory library, and frames render into a grid.
struct Harness {
    var state: AppState
    let library: InMemoryLibrary
    /// Every effect `update` returned, in order (data effects included).
    var effects: [Effect] = []
    var renderer = Renderer(theme: BuiltinTheme.theme)

    init(size: Size = Size(width: 80, height: 24), editor: Bool = false, library: InMemoryLibrary = Fixture.library()) {
        state = AppState(size: size, editorAvailable: editor)
        self.library = library
        run(state.startEffects)
    }

    mutating func send(_ msg: Msg) {
        run(update(&state, msg))
    }

    /// Types keys in vim notation: "]q", "gs", "<Enter>".
    mutating func type(_ notation: String) {
        for key in KeyPress.sequence(notation) ?? [] { send(.key(key)) }
    }

    /// Types text into a prompt character by character (spaces included).
    mutating func typeText(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    private mutating func run(_ new: [Effect]) {
        for effect in new {
            effects.append(effect)
            for answer in library.perform(effect) { send(answer) }
        }
    }

    var frame: Grid { renderer.render(state) }
    var statusLine: String { frame.lines.last ?? "" }
    var screenText: String { frame.lines.joined(separator: "\n") }

    /// Opens the fixture article from the library.
    mutating func openFixture() {
        type("<Enter>")
    }
}
