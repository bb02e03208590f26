import BylineCore
import BylineTerminal
@testable import BylineUI
import Testing

/// A library of `count` synthetic articles, newest first by id.
func syntheticLibrary(_ count: Int) -> InMemoryLibrary {
    InMemoryLibrary(entries: (1...count).map { index in
        var builder = ArticleBuilder()
        builder.append("Body of article \(index).")
        let article = Article(title: "Article \(index)", site: index % 2 == 0 ? "Even Times" : "Odd Post",
                              published: String(format: "2026-01-01T%05d", index), text: builder.text, paragraphs: builder.paragraphs)
        return InMemoryLibrary.Entry(id: Int64(index), article: article, analysis: Analysis())
    })
}

@Suite struct LibraryUpdateTests {
    @Test func startsByLoadingTheFirstPage() {
        let app = Harness()
        #expect(app.effects.first == .loadLibrary(LibraryQuery()))
        #expect(app.state.library.total == 2)
    }

    @Test func movesWithCountsPagesAndEnds() {
        var app = Harness(size: Size(width: 80, height: 12), library: syntheticLibrary(500))
        app.type("j")
        #expect(app.state.library.selected == 1)
        app.type("5j")
        #expect(app.state.library.selected == 6)
        app.type("2k")
        #expect(app.state.library.selected == 4)
        app.type("<C-d>")
        #expect(app.state.library.selected == 14)
        app.type("<C-u>")
        #expect(app.state.library.selected == 4)
        app.type("G")
        #expect(app.state.library.selected == 499)
        #expect(app.state.library.item(at: 499)?.title == "Article 1", "the page around the end was loaded")
        app.type("gg")
        #expect(app.state.library.selected == 0)
        #expect(app.state.library.item(at: 0)?.title == "Article 500")
        app.type("10gg")
        #expect(app.state.library.selected == 9)
        app.type("k")
        app.type("k")
        #expect(app.state.library.selected == 7)
    }

    @Test func filtersAsYouTypeAndEscapeClears() {
        var app = Harness(size: Size(width: 80, height: 12), library: syntheticLibrary(30))
        app.type("/")
        app.typeText("even")
        #expect(app.state.library.query.filter == "even")
        #expect(app.state.library.total == 15)
        app.typeText(" 12")
        #expect(app.state.library.total == 1)
        #expect(app.state.library.item(at: 0)?.title == "Article 12")
        app.type("<Enter>")
        #expect(app.state.prompt == nil)
        #expect(app.state.library.query.filter == "even 12")
        app.type("/")
        app.type("<Esc>")
        #expect(app.state.library.query.filter == "")
        #expect(app.state.library.total == 30)
    }

    @Test func sortsReadsAndStars() {
        var app = Harness()
        app.type("s")
        #expect(app.state.library.query.sort == .oldest)
        #expect(app.state.library.item(at: 0)?.title == "Tide tables")
        app.type("r")
        #expect(app.state.library.item(at: 0)?.isRead == true)
        #expect(app.effects.last == .setRead(id: 2, true))
        app.type("*")
        #expect(app.state.library.item(at: 0)?.isStarred == true)
        #expect(app.effects.last == .setStarred(id: 2, true))
        app.type("*")
        #expect(app.effects.last == .setStarred(id: 2, false))
    }

    @Test func opensTheSelectedArticleAndMarksItRead() {
        var app = Harness()
        app.type("<Enter>")
        #expect(app.effects.contains(.loadArticle(id: 1, focus: nil)))
        #expect(app.state.screen == .reader)
        #expect(app.state.reader?.detail.id == 1)
        #expect(app.effects.last == .setRead(id: 1, true))
        app.type("q")
        #expect(app.state.screen == .library)
        #expect(app.state.library.item(at: 0)?.isRead == true)
    }

    @Test func backFromTheLibraryQuitsAndSoDoesControlC() {
        var app = Harness()
        app.type("q")
        #expect(app.state.isQuitting)
        #expect(app.effects.last == .quit)
        var other = Harness()
        other.openFixture()
        other.type("<C-c>")
        #expect(other.state.isQuitting)
    }

    @Test func anUnboundKeySaysSo() {
        var app = Harness()
        app.type("x")
        #expect(app.state.message?.isError == true)
        #expect(app.statusLine.contains("x is not bound here"))
    }

    @Test func mouseWheelScrollsAndClickSelectsThenOpens() {
        var app = Harness(size: Size(width: 80, height: 12), library: syntheticLibrary(40))
        app.send(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(app.state.library.selected == 3)
        app.send(.mouse(MouseEvent(.press, x: 10, y: 2)))
        #expect(app.state.library.selected == 1)
        app.send(.mouse(MouseEvent(.press, x: 10, y: 2)))
        #expect(app.state.screen == .reader)
    }
}
