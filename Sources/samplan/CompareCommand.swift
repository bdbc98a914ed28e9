import ArgumentParser
import Foundation
import GLPKBackend
import PlanningData
import Reports
import Scenario
import SummerPlan
import SamplanSupport

/// Loads and prepares a summer scenario, or ends the command with the right exit code.
func preparedSummer(_ path: String, for command: String) throws -> PreparedSummer {
    guard case let .summer(summer) = try loadScenario(path) else {
        throw Console.fail(.invalidInput, "\(path): `samplan \(command)` takes summer scenarios; this is a level-structuring scenario")
    }
    return try prepare(summer)
}

/// The stem of a file name: `Scenarios/summer-2024.yaml` → `summer-2024`.
func stem(_ path: String) -> String { UserPath.stem(path) }

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
        let start = ContinuousClock.now
        let folder = try result.folder(default: "results/compare-\(stem(a))-vs-\(stem(b))")
        let first = try preparedSummer(a, for: "compare"), second = try preparedSummer(b, for: "compare")
        let loadSeconds = (ContinuousClock.now - start).seconds
        Progress.say("Solving A, then B …")
        let solver = summerSolver(jobs: jobs ?? processorCount)
        let comparison: SummerComparison
        do { comparison = try SummerPlanner(solver: solver).compare(first, second) } catch {
            throw report(error, scenario: "\(a) / \(b)")
        }
        var files = ComparisonResults.files(comparison, format: CSVFormat(excel: result.excel).naming(comparison.a.prepared.data))
        files.append(("report.html", PriceReports.comparison(comparison)))
        files.append(("run.json", RunInfo.json(
            solverName: solver.name, solverVersion: solver.version, samplanVersion: Samplan.version,
            iterations: [("a", comparison.a.plan.result.iterations), ("b", comparison.b.plan.result.iterations)],
            seconds: [("load", loadSeconds), ("build", comparison.a.buildSeconds + comparison.b.buildSeconds),
                      ("solve_a", comparison.a.solveSeconds), ("solve_b", comparison.b.solveSeconds)],
            notes: comparison.a.plan.result.notes + comparison.b.plan.result.notes, maxBoundViolation: nil)
            .adding(("decomposition", DecompositionInfo.json(
                [("a", comparison.a.plan.result), ("b", comparison.b.plan.result)], jobs: solver.jobs,
                elapsedSeconds: comparison.a.solveSeconds + comparison.b.solveSeconds))).rendered()))
        try result.write(files, to: folder)
        Console.out(ComparisonResults.terminal(comparison, resultFolder: folder))
    }
}
