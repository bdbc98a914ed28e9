import Foundation
import GLPKBackend
import LevelStructuring
import PlanningData
import Reports
import Scenario
import SummerPlan

/// One scenario of a batch, of either kind. It never throws: a failure becomes a row, its error
/// the failure's own words (batch.csv's `error` column), and nothing is printed.
struct BatchScenario {
    let file: String
    let folder: String
    let jobs: Int
    let force: Bool
    let excel: Bool
    let isCancelled: @Sendable () -> Bool

    func run() -> BatchFiles.Row {
        let start = ContinuousClock.now
        let document: ScenarioDocument
        do { document = try ScenarioDocument.load(file) } catch {
            return row(start, "", "", "error", nil, error.issues.map(\.description).joined(separator: "; "))
        }
        do {
            _ = try ResultFolder.checked(folder, force: force)
            switch document {
            case let .summer(summer): return try run(summer, start: start)
            case let .levelStructuring(level): return try run(level, start: start)
            }
        } catch let failure as JobFailure {
            return row(start, document.name, document.kind, "error", nil, failure.message)
        } catch {
            return row(start, document.name, document.kind, "error", nil, "\(error)".replacingOccurrences(of: "\n", with: "; "))
        }
    }

    private func run(_ summer: SummerScenario, start: ContinuousClock.Instant) throws -> BatchFiles.Row {
        let prepared = try summer.prepare()
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = summerSolver(jobs: jobs, isCancelled: isCancelled)
        let run = try SummerPlanner(solver: solver).run(prepared.summerInputs)
        try ResultFolderWriter.write(SummerJob.files(run, solver: solver, jobs: jobs, format: CSVFormat(excel: excel), loadSeconds: loadSeconds),
                                     to: folder, force: force)
        return row(start, summer.name, "summer", run.plan.status.rawValue, run.plan.objective, "", written: true)
    }

    private func run(_ level: LevelStructuringScenario, start: ContinuousClock.Instant) throws -> BatchFiles.Row {
        let prepared = try level.prepare()
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = CancellableSolver(base: GLPKSolver(), isCancelled: isCancelled)
        let run = try LevelStructuringPlanner(solver: solver, jobs: jobs).run(prepared.levelInputs)
        try ResultFolderWriter.write(LevelJob.files(run, solver: solver, format: CSVFormat(excel: excel), jobs: jobs, loadSeconds: loadSeconds),
                                     to: folder, force: force)
        let objective = run.rows.first { $0.name == "optimal" }?.totalCost
        var result = row(start, level.name, "level_structuring", run.optimal.map { $0.status.rawValue } ?? "not_solved", objective,
                         run.infeasibilityInEnglish ?? "", written: true)
        let problem = run.problem
        if let open = run.optimal?.open {
            result.openSiteIDs = open.map { problem.data.hospitals[problem.candidates[$0]].id }.joined(separator: "+")
        }
        result.report.gap = run.optimal?.result.relativeGap
        return result
    }

    private func row(_ start: ContinuousClock.Instant, _ name: String, _ kind: String, _ status: String, _ objective: Double?,
                     _ error: String, written: Bool = false) -> BatchFiles.Row {
        let reportPath = UserPath.lastComponent(folder) + "/report.html"
        return BatchFiles.Row(report: BatchReport.Row(file: file, name: name, kind: kind, status: status, objective: objective,
                                                     seconds: (ContinuousClock.now - start).seconds, error: error,
                                                     report: written ? reportPath : nil),
                              error: error)
    }
}
