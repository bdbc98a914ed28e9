import ArgumentParser
import Runs

/// `samplan merge PART... --out DIR`: joins the parts of a sharded run into the folder a single
/// run writes (docs/SPEC.md §6).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the parts written by --shard I/N runs into the result a single run would have written.",
        discussion: """
            Each PART is a folder holding one or more shard-I-of-N.json files (the --out folder of a \
            `samplan batch --shard I/N`, or of `samplan run --shard I/N` of a scenario with an `uncertainty` block; \
            batch parts may share one folder). The parts must be of one run, with one \
            shard count, every shard exactly once. The merged folder equals a single run's but for run.json \
            (and batch.csv's `seconds` column, which times each scenario); an uncertainty merge \
            recomputes uncertainty.csv and summary.json from the parts' draws. Exit 65 when the parts do not fit \
            together, 66 when a PART does not exist, 64 for usage errors, 3 when the merged batch has failed scenarios. \
            See docs/batch.md.
            """
    )

    @Argument(help: "The folders of the parts.")
    var parts: [String]

    @Option(help: "The merged result folder.")
    var out: String

    @Flag(help: "Replace an existing result folder.")
    var force = false

    func run() throws {
        let request = MergeRequest(parts: parts, out: out, force: force)
        try JobCommand.run { try Jobs.merge(request, control: $0) }
    }
}
