import ArgumentParser

/// `byline bench`: speed measurements, one subcommand per stage of the pipeline.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure how fast Byline's stages run on a folder of inputs.",
        subcommands: [BenchReadCommand.self]
    )
}
