import ArgumentParser
import BylineApp
import BylineCore

/// Options shared by every command that reads one article file.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the input as this format instead of sniffing it.", valueName: "auto|text|html"))
    var format: FormatChoice = .auto

    @Option(name: .long, help: ArgumentHelp("Refuse input larger than this (bytes, or with K, M, G).", valueName: "size"))
    var maxSize: ByteSize = ReadingOptions.defaultMaxSize

    @Option(name: .long, help: ArgumentHelp("Character encoding to assume when an HTML page declares none.", valueName: "name"))
    var encoding: String?

    /// The reader's options these flags ask for.
    var readerOptions: ArticleReader.Options {
        ArticleReader.Options(format: format.format, encodingHint: encoding)
    }

    /// How these flags ask for inputs to be read.
    var reading: ReadingOptions {
        ReadingOptions(reader: readerOptions, maxSize: maxSize)
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

/// `--max-size`'s values ("64M").
extension ByteSize: ExpressibleByArgument {}
