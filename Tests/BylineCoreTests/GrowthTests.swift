import Testing
@testable import BylineCore

/// Work grows linearly with the input, whatever its shape: each shape is read and analysed at
/// two sizes, four times apart, and every count of `WorkMeter` may grow at most five times.
/// Counts, not times: the same on every machine and every run.
@Suite("Growth: work linear in the input for every hostile shape")
struct GrowthTests {
    /// An input shape: its bytes for `units` repeats of its unit.
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let units: Int
        let make: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    /// Invented, distinct names: `Ann Bakoli`, `Ann Kolipa`, …
    static func name(_ index: Int) -> String {
        let syllables = ["ba", "ko", "li", "pa", "ve", "mu", "ra", "to", "ne", "si"]
        var family = ""
        var rest = index
        for _ in 0..<4 {
            family += syllables[rest % 10]
            rest /= 10
        }
        return family.prefix(1).uppercased() + family.dropFirst()
    }

    static func repeated(_ count: Int, _ unit: (Int) -> String, every: Int = 8) -> String {
        (0..<count).map { unit($0) + ($0 % every == every - 1 ? "\n\n" : " ") }.joined()
    }

    static let shapes: [Shape] = [
        Shape(name: "unmatched and straight quote marks", units: 1_000) { count in
            "Marks\n\n" + repeated(count) { _ in "He said “no and \"yes and ’twas so" }
        },
        Shape(name: "one paragraph without punctuation", units: 2_000) { count in
            "Flow\n\n" + (0..<count).map { "river \(name($0)) rose and fell said the water" }.joined(separator: " ")
        },
        Shape(name: "tiny paragraphs", units: 2_000) { count in
            (0..<count).map { "Line \($0)." }.joined(separator: "\n\n")
        },
        Shape(name: "one name repeated", units: 500) { count in
            "Voices\n\n" + repeated(count) { "“Point \($0),” said Ann Bakoli. She added more." }
        },
        Shape(name: "distinct names", units: 500) { count in
            "Voices\n\n" + repeated(count) { "“Point \($0),” said Ann \(name($0))." }
        },
        Shape(name: "distinct names sharing a given name, named alone", units: 500) { count in
            "Voices\n\n" + repeated(count) { "“Point \($0),” said Ann \(name($0)). Ann added more." }
        },
        Shape(name: "distinct names sharing a surname, named alone", units: 500) { count in
            "Voices\n\n" + repeated(count) { "“Point \($0),” said \(name($0)) Halvorsen. Halvorsen added more." }
        },
        Shape(name: "many <p> elements", units: 500) { count in
            "<html><body><article>" + (0..<count).map { "<p>“Point \($0),” said Ann \(name($0)).</p>" }.joined() + "</article></body></html>"
        },
        Shape(name: "paragraphs opening unclosed inline elements", units: 500) { count in
            "<html><body><article>" + (0..<count).map { "<p><font><span>“Point \($0),” said Ann \(name($0))." }.joined() + "</article></body></html>"
        },
        // Both sizes well past libxml2's 256 levels, where the reader parses again with the
        // nesting bounded: the first 200 levels, kept, weigh little beside the rest.
        Shape(name: "deep nesting", units: 1_000) { count in
            "<html><body>" + String(repeating: "<div><p>“Deep,” said Ann Bakoli.", count: count)
                + String(repeating: "</p></div>", count: count) + "</body></html>"
        },
    ]

    /// The work of reading and analysing `text`.
    private func work(_ text: String) throws -> [WorkMeter.Kind: Int] {
        try WorkMeter.measuring {
            ArticleAnalyzer.analyze(try ArticleReader.read(Array(text.utf8)))
        }.work
    }

    @Test("every count grows at most five times when the input grows four times", arguments: shapes)
    func linear(shape: Shape) throws {
        let small = try work(shape.make(shape.units))
        let large = try work(shape.make(4 * shape.units))
        #expect((large[.tokensVisited] ?? 0) > 0, "the meter counted nothing")
        for kind in WorkMeter.Kind.allCases {
            let before = small[kind] ?? 0
            let after = large[kind] ?? 0
            #expect(after <= 5 * before + 100, "\(kind): \(before) → \(after)")
        }
    }

    /// Pages whose elements nest `depth` deep around one paragraph: closed in order, or left
    /// open with stray end tags after them (which libxml2 matches against every open element).
    static let nestings: [(name: String, page: @Sendable (Int) -> String)] = [
        ("closed in order", { depth in
            "<html><body>" + String(repeating: "<div><span>", count: depth) + "<p>The inner paragraph.</p>"
                + String(repeating: "</span></div>", count: depth) + "<p>After.</p></body></html>"
        }),
        ("unclosed inline elements in a paragraph", { depth in
            "<html><body><p>" + String(repeating: "<span>", count: depth) + "The inner paragraph.<p>After.</body></html>"
        }),
        ("stray end tags", { depth in
            "<html><body>" + String(repeating: "<div>", count: 2 * depth) + "<p>The inner paragraph.</p>"
                + String(repeating: "</b>", count: 2 * depth) + "<p>After.</p></body></html>"
        }),
    ]

    @Test("reading elements nested 2,000 and 8,000 deep keeps the text and grows linearly", arguments: 0..<nestings.count)
    func deepNestingRead(shape: Int) {
        let page = Self.nestings[shape].page
        let small = WorkMeter.measuring { HTMLReader.read(Array(page(2_000).utf8)) }
        let large = WorkMeter.measuring { HTMLReader.read(Array(page(8_000).utf8)) }
        #expect(small.result.text == "The inner paragraph.\n\nAfter.")
        #expect(large.result.text == "The inner paragraph.\n\nAfter.")
        let before = small.work[.markupNodes] ?? 0
        let after = large.work[.markupNodes] ?? 0
        #expect(before > 0, "the meter counted nothing")
        #expect(after <= 5 * before, "\(before) → \(after)")
    }

    @Test("the meter counts only inside a measurement")
    func meterOff() throws {
        let text = "Voices\n\n“Point,” said Ann Bakoli."
        _ = ArticleAnalyzer.analyze(try ArticleReader.read(Array(text.utf8)))
        let measured = try work(text)
        #expect((measured[.tokensVisited] ?? 0) > 0)
    }
}
