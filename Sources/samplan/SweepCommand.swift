import ArgumentParser
import Foundation
import PlanningData
import Runs

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

    // Unconditional, so that `--factors -1,abc` reaches the check below instead of reading as an option.
    @Option(parsing: .unconditional, help: "Comma-separated non-negative factors, e.g. 0.8,0.9,1,1.1.")
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
        // At most 1 000 000, as a scenario's `adjust` factor: a larger one is a typing slip.
        guard !parts.isEmpty, values.allSatisfy({ $0 != nil && $0! >= 0 && $0! <= 1_000_000 }) else { return nil }
        return values.map { $0! }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard let list = parsedFactors else {
            throw ValidationError("--factors takes comma-separated non-negative numbers (at most 1 000 000) such as 0.8,0.9,1,1.1, not \"\(factors)\"")
        }
        guard Set(list).count == list.count else { throw ValidationError("--factors lists a factor twice: \"\(factors)\"") }
        guard price.split(separator: "/", omittingEmptySubsequences: false).count.isBetween(2, 3) else {
            throw ValidationError("--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, e.g. ortopedi/elective_inpatient, not \"\(price)\"")
        }
    }

    func run() throws {
        let request = SweepRequest(scenario: scenario, price: price, factors: parsedFactors!, cold: cold, result: result.options, jobs: jobs)
        try JobCommand.run { try Jobs.sweep(request, control: $0) }
    }
}

private extension Int {
    func isBetween(_ a: Int, _ b: Int) -> Bool { self >= a && self <= b }
}
