import ArgumentParser
import Foundation
import GLPKBackend
import PlanningData
import Reports
import Scenario
import SummerPlan
import SamplanSupport

/// `samplan sweep SCENARIO --price S/T[/L] --factors …`: one warm-started re-solve per factor.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Re-solve a summer scenario with one price scaled by each factor (warm-started); one row per factor.",
        discussion: """
            Factor 1 (or the first factor) is solved from scratch exactly as `samplan run` solves the \
            plan; every other factor starts from the optimal basis of the nearest factor already solved. \
            No status quo is solved. Writes sweep.csv (default folder results/sweep-<scenario>).
            """
    )

    @Argument(help: "The summer scenario (YAML).")
    var scenario: String

    @Option(help: "The price to scale: SPECIALTY/CARE_TYPE for every level, or SPECIALTY/CARE_TYPE/LEVEL; ids or Swedish names (ortopedi/dagkirurgi).")
    var price: String

    @Option(help: "Comma-separated non-negative factors, e.g. 0.8,0.9,1,1.1.")
    var factors: String

    @OptionGroup var result: ResultFolderOptions

    @Flag(name: .customLong("cold"), help: "Solve every factor from scratch (to measure what warm starts save).")
    var cold = false

    @Option(help: "Threads for solving the blocks of the summer model. Default: the number of cores.")
    var jobs: Int?

    /// The factors, or nil when the list is malformed.
    var parsedFactors: [Double]? {
        let parts = factors.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.map { NumberParsing.parse($0, decimalComma: false) }
        guard !parts.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
        return values.map { $0! }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard let list = parsedFactors else {
            throw ValidationError("--factors takes comma-separated non-negative numbers such as 0.8,0.9,1,1.1, not \"\(factors)\"")
        }
        guard Set(list).count == list.count else { throw ValidationError("--factors lists a factor twice: \"\(factors)\"") }
        guard price.split(separator: "/", omittingEmptySubsequences: false).count.isBetween(2, 3) else {
            throw ValidationError("--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, e.g. ortopedi/elective_inpatient, not \"\(price)\"")
        }
    }

    func run() throws {
        let start = ContinuousClock.now
        let folder = try result.folder(default: "results/sweep-\(stem(scenario))")
        let prepared = try preparedSummer(scenario, for: "sweep")
        let selector: PriceSelector
        switch PriceSelector.parse(price, in: prepared.data) {
        case let .success(s): selector = s
        case let .failure(error): throw Console.fail(.usage, error.description)
        }
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = summerSolver(jobs: jobs ?? processorCount)
        let solveStart = ContinuousClock.now
        let points: [SweepPoint]
        let bar = ProgressBar("Solving factors")
        do {
            points = try SummerPlanner(solver: solver).sweep(prepared, price: selector, factors: parsedFactors!, warm: !cold) { done, total in
                bar.update(done, total)
            }
        } catch {
            throw report(error, scenario: scenario)
        }
        let solveSeconds = (ContinuousClock.now - solveStart).seconds
        let format = CSVFormat(excel: result.excel).naming(prepared.data)
        let files = [
            ("sweep.csv", format.render(SweepResults.csv(points, data: prepared.data, format: format))),
            ("report.html", PriceReports.sweep(points, prepared: prepared, price: selector)),
            ("run.json", RunInfo.json(
                solverName: solver.name, solverVersion: solver.version, samplanVersion: Samplan.version,
                iterations: points.map { (NumberFormatting.csv($0.factor), $0.outcome.result.iterations) },
                seconds: [("load", loadSeconds), ("solve", solveSeconds)]
                    + points.map { ("solve_" + NumberFormatting.csv($0.factor), $0.outcome.result.seconds) },
                notes: points.flatMap(\.outcome.result.notes) + points.map(Self.blocksNote), maxBoundViolation: nil)
                .adding(("decomposition", DecompositionInfo.json(
                    points.map { (NumberFormatting.csv($0.factor), $0.outcome.result) }, jobs: solver.jobs,
                    elapsedSeconds: solveSeconds))).rendered()),
        ]
        try result.write(files, to: folder)
        Console.out(SweepResults.terminal(points, scenario: prepared.scenario.name, price: selector, data: prepared.data, resultFolder: folder))
    }
}

extension SweepCommand {
    /// How many blocks one factor solved, e.g. "factor 1.1: solved 1 of 41 blocks, reused 40".
    static func blocksNote(_ point: SweepPoint) -> String {
        guard let d = point.outcome.result.decomposition else { return "factor \(NumberFormatting.csv(point.factor)): solved whole" }
        return "factor \(NumberFormatting.csv(point.factor)): solved \(d.solvedBlocks) of \(d.blocks) blocks, reused \(d.reusedBlocks), warm-started \(d.warmStartedBlocks)"
    }
}

private extension Int {
    func isBetween(_ a: Int, _ b: Int) -> Bool { self >= a && self <= b }
}
