import Foundation

/// Prints one JSON document on standard output, as every `--json` command does.
enum JSONOutput {
    /// Encodes `document` and writes it, followed by a newline, to standard output.
    static func print<Document: Encodable>(_ document: Document) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
