import ArgumentParser
import Runs

/// `samplan batch PATH...`: many scenarios, one result folder each and batch.csv.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run many scenario files (folders are searched for *.yaml); one result folder each plus batch.csv.",
        discussion: """
            A failing scenario is recorded in batch.csv and the others go on (exit 3 when any failed). \
            --shard I/N runs the I-th of N parts of the sorted file list (file k goes to part k mod N + 1), \
            for array jobs on a cluster scheduler; each part writes batch-I-of-N.csv and shard-I-of-N.json, \
            and `samplan merge` joins the parts into what one batch writes. See docs/batch.md.
            """
    )

    @Argument(help: "Scenario files and folders.")
    var paths: [String]

    @Option(help: "Scenarios run at once. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "Run only part I of N, e.g. 2/4.")
    var shard: String?

    @Option(help: "The folder for the result folders and batch.csv.")
    var out = "results/batch"

    @Flag(help: "Replace existing result folders.")
    var force = false

    @Flag(help: "Write CSVs for Swedish spreadsheets: `;`, decimal comma, byte-order mark.")
    var excel = false

    var parsedShard: (index: Int, count: Int)? {
        guard let shard else { return (1, 1) }
        let parts = shard.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, (1...n).contains(i) else { return nil }
        return (i, n)
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if parsedShard == nil { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4, not \"\(shard!)\"") }
    }

    func run() throws {
        let request = BatchRequest(paths: paths, jobs: jobs, shard: shard, out: out, force: force, excel: excel)
        try JobCommand.run { try Jobs.batch(request, control: $0) }
    }
}
