import Testing
@testable import BylineCore

/// One rule of content location, shown on a small invented page: the text the body must
/// keep and the text it must leave out.
struct ContentRuleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var body: String
    var kept: [String]
    var dropped: [String]

    var testDescription: String { rule }

    /// The article the HTML reader makes of `body` inside a bare page.
    var article: Article {
        HTMLReader.read(Array("<!DOCTYPE html><html><head><title>Test page</title></head><body>\(body)</body></html>".utf8))
    }
}

/// Prose long enough to count as a paragraph of an article.
private func prose(_ topic: String) -> String {
    "The \(topic) was discussed at length by the residents, who met in the old hall on a wet evening, "
        + "and most of them agreed that the plan, for all its faults, deserved a fair hearing before winter."
}

@Suite("HTML reader: names that only may mean furniture")
struct PossibleFurnitureTests {
    static let cases: [ContentRuleCase] = [
        ContentRuleCase(
            rule: "a post whose classes list its tags and categories keeps its text",
            body: """
            <article class="post type-post tag-harbour tag-ferries category-local"><div class="entry-content">\
            <p>\(prose("ferry timetable"))</p><p>\(prose("harbour wall"))</p></div></article>\
            <div class="comments-area"><p>\(prose("comment thread"))</p></div>
            """,
            kept: ["ferry timetable", "harbour wall"], dropped: ["comment thread"]
        ),
        ContentRuleCase(
            rule: "a page builder's widget wrapper around the prose keeps it; a short ad slot goes",
            body: """
            <div class="builder-widget-wrap"><div class="builder-widget-text"><p>\(prose("library extension"))</p>\
            <p>\(prose("reading room"))</p></div></div><div class="ad-slot">Advertisement: buy boots</div>
            """,
            kept: ["library extension", "reading room"], dropped: ["buy boots"]
        ),
        ContentRuleCase(
            rule: "a section named for the ad it holds keeps its prose",
            body: """
            <article><section class="report__section report__section--ads"><p>\(prose("toaster test"))</p><p>\(prose("crumb tray"))</p></section>\
            <section class="report__section report__section--ads"><p>\(prose("grill test"))</p><p>\(prose("price"))</p></section></article>
            """,
            kept: ["toaster test", "grill test"], dropped: []
        ),
        ContentRuleCase(
            rule: "a list of tags, all links, goes",
            body: """
            <div class="post-body-wrap"><p>\(prose("bus depot"))</p><p>\(prose("night service"))</p></div>\
            <div class="tags"><a href="/t/a">Transport</a> <a href="/t/b">Council</a> <a href="/t/c">Depots</a></div>
            """,
            kept: ["bus depot", "night service"], dropped: ["Depots"]
        ),
        ContentRuleCase(
            rule: "a block named as furniture that holds the marked body is not furniture",
            body: """
            <div class="promo-layout"><div itemprop="articleBody"><p>\(prose("school roof"))</p></div></div>
            <div class="sharing-tools"><a href="/s">Share this story</a></div>
            """,
            kept: ["school roof"], dropped: ["Share this story"]
        ),
    ]

    @Test(arguments: cases)
    func rule(_ example: ContentRuleCase) {
        let text = example.article.text
        for kept in example.kept { #expect(text.contains(kept), "lost: \(kept)") }
        for dropped in example.dropped { #expect(!text.contains(dropped), "kept: \(dropped)") }
    }
}
