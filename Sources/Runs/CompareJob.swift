import Foundation
import Reports
import SummerPlan

/// `samplan compare A B`: both summer scenarios solved (B warm-started from A when it can be),
/// the differences written and summarised.
struct CompareJob {
    let request: CompareRequest
    let control: RunControl

    func run() throws -> JobOutcome {
        let start = ContinuousClock.now
        let jobs = try JobCount.resolve(request.jobs)
        let (a, b) = (request.scenarioA, request.scenarioB)
        let folder = try ResultFolder.checked(request.result.out ?? Jobs.defaultFolder(request), force: request.result.force)
        let first = try ScenarioLoading.summer(a, for: "compare", control: control)
        let second = try ScenarioLoading.summer(b, for: "compare", control: control)
        let loadSeconds = (ContinuousClock.now - start).seconds
        control.note("Löser A och B", "Solving A, then B …")
        let solver = summerSolver(jobs: jobs, isCancelled: control.isCancelled)
        let comparison = try control.solving { () throws -> SummerComparison in
            do { return try SummerPlanner(solver: solver).compare(first.summerInputs, second.summerInputs) } catch {
                throw JobFailure.summer(error, scenario: "\(a) / \(b)")
            }
        }
        var files = ComparisonResults.files(comparison, format: CSVFormat(excel: request.result.excel).naming(comparison.a.inputs.data))
        files.append(("report.html", PriceReports.comparison(comparison)))
        let (planA, planB) = (comparison.a, comparison.b)
        let facts = RunFacts.Solved(
            solver: solver, iterations: [("a", planA.plan.result.iterations), ("b", planB.plan.result.iterations)],
            seconds: [("load", loadSeconds), ("build", planA.buildSeconds + planB.buildSeconds),
                      ("solve_a", planA.solveSeconds), ("solve_b", planB.solveSeconds)],
            notes: planA.plan.result.notes + planB.plan.result.notes, maxBoundViolation: nil,
            decomposition: ([("a", planA.plan.result), ("b", planB.plan.result)], jobs, planA.solveSeconds + planB.solveSeconds))
        files.append(("run.json", RunFacts(kind: .solved(facts)).rendered()))
        let written = try folder.write(files, workbookOf: request.result.xlsx ? first.data : nil, control: control)
        return JobOutcome(resultFolder: folder.path, files: written,
                          terminal: ComparisonResults.terminal(comparison, resultFolder: folder.path),
                          status: planB.plan.status.rawValue,
                          keyFigure: planB.plan.objective.flatMap { b in planA.plan.objective.map { b - $0 } }, keyFigureLabel: "Målfunktion B − A (kr)",
                          inputsSHA256: second.inputsSHA256)
    }
}
