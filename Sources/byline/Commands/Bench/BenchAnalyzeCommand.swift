import ArgumentParser
import BylineCore
import Foundation

/// `byline bench analyze`: how fast the whole analysis runs, and whether it stays linear.
struct BenchAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure the speed of the article analysis (quotes, speakers, sources, claims).",
        discussion: """
            Analyses the texts of the given files (.jsonl files: the `text` field of each line; \
            other files: their whole text) and reports MB/s of processor time on one core, then \
            times synthetic articles of 200 KB and 2 MB built from those texts to show that the \
            analysis is linear.
            """
    )

    @Argument(help: ArgumentHelp("Text files or .jsonl files with a `text` field.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "How many times to analyse the corpus.")
    var rounds = 3

    @Flag(name: .long, help: "Also time hostile input (many distinct speakers, unmatched quote marks, no punctuation, other scripts) at two sizes.")
    var hostile = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file") }
        guard rounds > 0 else { throw ValidationError("--rounds must be positive") }
    }

    func run() throws {
        try Failure.exitingOnError {
            let texts = try files.flatMap(Self.texts(in:))
            guard !texts.isEmpty else { throw ValidationError("no text found in the files") }
            let articles = texts.map(PlainTextReader.verbatim)
            let bytes = texts.reduce(0) { $0 + $1.utf8.count }
            var quotes = 0
            let elapsed = Self.time {
                for _ in 0..<rounds {
                    for article in articles { quotes += ArticleAnalyzer.analyze(article).quotes.count }
                }
            }
            let megabytes = Double(bytes * rounds) / 1_000_000
            print(String(format: "corpus: %d texts, %.2f MB × %d rounds in %.3f s: %.2f MB/s (%d quotes per round)",
                         texts.count, Double(bytes) / 1_000_000, rounds, elapsed, megabytes / elapsed, quotes / rounds))
            let small = PlainTextReader.verbatim(Self.synthetic(from: texts, bytes: 200_000))
            let large = PlainTextReader.verbatim(Self.synthetic(from: texts, bytes: 2_000_000))
            let smallTime = Self.time { _ = ArticleAnalyzer.analyze(small) }
            let largeTime = Self.time { _ = ArticleAnalyzer.analyze(large) }
            print(String(format: "synthetic 200 KB: %.3f s (%.2f MB/s)", smallTime, 0.2 / smallTime))
            print(String(format: "synthetic 2 MB:   %.3f s (%.2f MB/s)", largeTime, 2.0 / largeTime))
            print(String(format: "ratio 2 MB / 200 KB: %.1f (linear is 10)", largeTime / smallTime))
            if hostile { Self.measureHostileShapes() }
        }
    }

    /// Times each shape of hostile input at 600 KB and 2.4 MB: linear is a ratio of 4.
    private static func measureHostileShapes() {
        for (name, shape) in HostileShapes.all {
            let small = PlainTextReader.verbatim(shape(600_000))
            let large = PlainTextReader.verbatim(shape(2_400_000))
            let smallTime = time { _ = ArticleAnalyzer.analyze(small) }
            let largeTime = time { _ = ArticleAnalyzer.analyze(large) }
            print(String(format: "%@: 600 KB %.3f s, 2.4 MB %.3f s, ratio %.1f (linear is 4)", name, smallTime, largeTime, largeTime / smallTime))
        }
    }

    /// The article texts in a file: one per line of a .jsonl file, else the whole file.
    private static func texts(in path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard path.hasSuffix(".jsonl") else { return [String(decoding: data, as: UTF8.self)] }
        return data.split(separator: 0x0A).compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            return object?["text"] as? String
        }
    }

    /// An article of about `bytes` bytes made by repeating the texts, paragraphs kept apart.
    private static func synthetic(from texts: [String], bytes: Int) -> String {
        var result = ""
        var index = 0
        while result.utf8.count < bytes {
            result += texts[index % texts.count] + "\n\n"
            index += 1
        }
        return result
    }

    /// The processor time `body` takes on this thread, in seconds: on a busy machine it
    /// measures the work itself, where wall-clock time would also count the waiting.
    private static func time(_ body: () -> Void) -> Double {
        let start = threadTime()
        body()
        return threadTime() - start
    }

    private static func threadTime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Shapes of input built to break the analysis, each made to a given size in bytes.
private enum HostileShapes {
    static let all: [(String, @Sendable (Int) -> String)] = [
        ("distinct speakers", distinctSpeakers),
        ("unmatched quote marks", { repeated("He said “no ", bytes: $0) }),
        ("no punctuation", { repeated("the river said Anna Berg that water rose and fell ", bytes: $0) }),
        ("one sentence of cues", { repeated("and said the plan rose, saying the plan ", bytes: $0) }),
        ("right-to-left and CJK", { repeated("قال الوزير «إن الاتفاق سيوقع غدا». 部长说：「协议明天签署。」 ", bytes: $0) }),
    ]

    /// Short quotations, each said by a different invented person, eight to a paragraph.
    private static func distinctSpeakers(bytes: Int) -> String {
        let syllables = ["ba", "ko", "li", "pa", "ve", "mu", "ra", "to", "ne", "si"]
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            let family = syllables[index % 10] + syllables[(index / 10) % 10] + syllables[(index / 100) % 10] + syllables[(index / 1_000) % 10]
            text += "“Point \(index),” said Ann \(family.capitalized)\(index / 10_000)." + (index % 8 == 7 ? "\n\n" : " ")
            index += 1
        }
        return text
    }

    private static func repeated(_ unit: String, bytes: Int) -> String {
        String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    }
}
