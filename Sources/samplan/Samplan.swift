import ArgumentParser
import Runs

/// The `samplan` command line: parse, call the layers below, print.
@main
struct Samplan: ParsableCommand {
    static let version = SamplanVersion.current

    static let configuration = CommandConfiguration(
        commandName: "samplan",
        abstract: "Production planning and capacity optimisation for Sjukvårdsregion Mellansverige.",
        discussion: """
            Exit codes: 0 success (also for an infeasible or unbounded model reported as such), \
            64 usage, 65 invalid data or scenario, 66 a file is missing, 70 internal error.
            """,
        version: version,
        subcommands: [RunCommand.self, CompareCommand.self, SweepCommand.self, BatchCommand.self, MergeCommand.self, ValidateCommand.self, DataCommand.self, ExportCommand.self, SolveCommand.self, ServeCommand.self]
    )
}
