import ArgumentParser
import Runs

/// `samplan compare A B`: what changes between two summer scenarios.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Solve two summer scenarios and show what changes: objective parts, settlement per region, out-of-region flows, final waiting list.",
        discussion: """
            Typically B extends A with another price list. When B's model has A's structure, B is \
            warm-started from A's optimal basis. No status quo is solved. Writes comparison.json, \
            settlement_diff.csv and flows_diff.csv (default folder results/compare-<A>-vs-<B>).
            """
    )

    @Argument(help: "Scenario A (YAML).")
    var a: String

    @Argument(help: "Scenario B (YAML).")
    var b: String

    @OptionGroup var result: ResultFolderOptions

    @Option(help: "Threads for solving the blocks of the summer models. Default: the number of cores.")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let request = CompareRequest(scenarioA: a, scenarioB: b, result: result.options, jobs: jobs)
        try JobCommand.run { try Jobs.compare(request, control: $0) }
    }
}
