import ArgumentParser
import BylineCore
import BylineUI

/// Options shared by every command that reads one article file.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the input as this format instead of sniffing it.", valueName: "auto|text|html"))
    var format: FormatChoice = .auto

    @Option(name: .long, help: ArgumentHelp("Refuse input larger than this (bytes, or with K, M, G).", valueName: "size"))
    var maxSize: ByteSize = ByteSize(bytes: 64 << 20)

    @Option(name: .long, help: ArgumentHelp("Character encoding to assume when an HTML page declares none.", valueName: "name"))
    var encoding: String?

    /// The reading options these flags ask for.
    var readerOptions: ArticleReader.Options {
        ArticleReader.Options(format: format.format, encodingHint: encoding)
    }
}

/// `--format`'s choices.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, text, html

    /// The forced format, or `nil` to sniff.
    var format: ArticleFormat? {
        switch self {
        case .auto: return nil
        case .text: return .text
        case .html: return .html
        }
    }
}

/// A size given on the command line: a byte count with an optional K, M or G suffix.
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        guard let bytes = ByteCount.parse(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)M" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)K" }
        return "\(bytes)"
    }
}
