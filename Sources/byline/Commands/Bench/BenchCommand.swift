import ArgumentParser

/// `byline bench`: speed measurements, one subcommand per stage of the pipeline.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure how fast each stage runs: reading, analysis, the library, the reader.",
        subcommands: [BenchReadCommand.self, BenchAnalyzeCommand.self, BenchLibraryCommand.self, BenchUICommand.self, BenchFeedsCommand.self,
                      BenchServeCommand.self]
    )
}
