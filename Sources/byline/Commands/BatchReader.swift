import ArgumentParser
import BylineApp
import BylineCore
import Foundation

/// Batch mode of `byline read`: every `*.html` in one folder to `<name>.txt` in another,
/// pages read in parallel on every core. A `urls.tsv` in the input folder (`name<TAB>url`
/// lines, the name without `.html`) gives each page its address.
struct BatchReader {
    let inputDirectory: String
    let outputDirectory: String
    let input: InputOptions

    func run() throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: inputDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputFile.LoadError.missing(inputDirectory)
        }
        try files.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let names = try files.contentsOfDirectory(atPath: inputDirectory).filter { $0.hasSuffix(".html") }.sorted()
        let urls = PageURLs(directory: inputDirectory)
        let failed = Concurrent.map(names) { read($0, urls: urls) }.compactMap { $0 }
        failed.forEach { Failure.report($0) }
        guard failed.isEmpty else {
            Failure.report("\(failed.count) of \(Quantity.phrase(names.count, "page")) could not be read")
            throw ExitCode.failure
        }
    }

    /// Reads one page and writes its body, atomically; returns the failure message, if any.
    /// A page that cannot be read leaves its output file as it was.
    private func read(_ name: String, urls: PageURLs) -> String? {
        let id = String(name.dropLast(".html".count))
        let path = (inputDirectory as NSString).appendingPathComponent(name)
        let target = (outputDirectory as NSString).appendingPathComponent(id + ".txt")
        do {
            let bytes = try InputFile.load(path, limit: input.maxSize)
            var options = input.readerOptions
            options.url = urls[id]
            let article = try ArticleReader.read(bytes, options: options)
            try AtomicFile.write(Array(article.text.utf8), to: target)
            return nil
        } catch let error as AtomicFile.WriteError {
            return error.description
        } catch {
            return "\(name): \(error)"
        }
    }
}

/// The `urls.tsv` of a batch folder: page name (without `.html`) to the page's address.
struct PageURLs: Sendable {
    private let byName: [String: String]

    /// Reads `directory/urls.tsv`; a missing or unreadable file means no addresses.
    init(directory: String) {
        let path = (directory as NSString).appendingPathComponent("urls.tsv")
        guard let data = FileManager.default.contents(atPath: path) else {
            byName = [:]
            return
        }
        var pairs: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { pairs[String(fields[0])] = String(fields[1]).trimmingCharacters(in: .whitespaces) }
        }
        byName = pairs
    }

    /// The address of page `name`, if listed.
    subscript(name: String) -> String? { byName[name] }
}
