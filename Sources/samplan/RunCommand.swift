import ArgumentParser
import Runs
import Uncertainty
import SamplanSupport

/// `samplan run SCENARIO`: solve one scenario and write its result folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Solve one scenario of either kind, print a summary and write the result folder.",
        discussion: """
            The result folder (--out, default results/<scenario file stem>) is written to a temporary \
            folder beside it and renamed into place when complete; an existing one is replaced only with --force.
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @OptionGroup var result: ResultFolderOptions

    @Flag(help: "Print summary.json on stdout and nothing else there.")
    var json = false

    @Flag(help: "Summer: show GLPK's own output on stderr. Level structuring: the MIP's size, status, gap and time, and the proposals' evaluation, on stderr.")
    var verbose = false

    @Option(help: "Threads for solving the blocks of a summer model or evaluating level-structuring proposals. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "Uncertainty runs: run the I-th of N parts of the draws (draw k goes to part (k − 1) mod N + 1) and write shard-I-of-N.json for `samplan merge`.")
    var shard: String?

    @Flag(help: "Uncertainty runs: solve every draw cold instead of warm-starting from the solved centre of the ranges (to measure what warm starts save).")
    var coldDraws = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, DrawShard(parsing: shard) == nil { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, not \(shard)") }
    }

    func run() throws {
        let request = RunRequest(scenario: scenario, result: result.options, json: json, verbose: verbose, jobs: jobs, shard: shard,
                                 coldDraws: coldDraws)
        // GLPK's own output (--verbose) and a redrawn clock would interleave: the clock only without it.
        let progress = TerminalProgress(clocksShown: !verbose, barsHidden: json ? ["Evaluating proposals"] : [])
        try JobCommand.run(progress: progress) { try Jobs.run(request, control: $0) }
    }
}
