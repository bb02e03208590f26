import ArgumentParser
import BylineApp
import BylineCore
import Foundation

/// `byline notes [ID]`: the user's annotations, orphans included, or an export of them.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List annotations (all, or one article's), or export them as Markdown or W3C JSON-LD.",
        discussion: "Orphans (highlights whose words are no longer in the article) are listed, never deleted."
    )

    @Argument(help: ArgumentHelp("Only this article's annotations.", valueName: "id"))
    var id: Int64?

    @Option(name: .long, help: ArgumentHelp("Export as markdown (grouped by article) or jsonld (W3C Web Annotations).", valueName: "format"))
    var export: NotesExport.Format?

    @Option(name: .long, help: ArgumentHelp("Write the export to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print the annotations as W3C JSON-LD (same as --export jsonld).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if output != nil, export == nil, !json { throw ValidationError("--output is for --export") }
    }

    func run() throws {
        try Failure.exitingOnError {
            let notes = try library.openExisting().annotations(articleId: id)
            let text = if let format = json ? .jsonld : export {
                try NotesExport(notes: notes).rendered(as: format)
            } else {
                NotesListing(notes: notes).rendered
            }
            if let output {
                try AtomicFile.write(Array(text.utf8), to: output)
                FileHandle.standardError.write(Data("byline: wrote \(notes.count) annotation(s) to \(TerminalText.escaped(output))\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}

/// `--export`'s choices.
extension NotesExport.Format: ExpressibleByArgument {}
