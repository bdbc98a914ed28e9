import Foundation
import GLPKBackend
import LinearProgramming
import LevelStructuring
import Reports
import SummerPlan
import SamplanSupport

/// Every file of a result folder, run.json included, for `run` and `batch` alike.
enum ResultFiles {
    /// A summer run's files; run.json notes any difference between GLPK's objective and the recomputed one.
    static func summer(_ run: SummerRun, solver: any LinearSolver, jobs: Int, format: CSVFormat, loadSeconds: Double) -> [(name: String, contents: String)] {
        let writeStart = ContinuousClock.now
        var files = SummerResults.files(run, format: format.naming(run.prepared.data))
        files.append(("report.html", SummerReport.render(run)))
        var notes = run.plan.result.notes + (run.statusQuo?.result.notes ?? [])
        if let objective = run.plan.result.objectiveValue, let recomputed = run.plan.objective,
           abs(objective - recomputed) > 1e-6 * max(1, abs(objective)) {
            notes.append("GLPK's objective \(objective) differs from the recomputed \(recomputed)")
        }
        var iterations = [("plan", run.plan.result.iterations)]
        if let sq = run.statusQuo { iterations.append(("status_quo", sq.result.iterations)) }
        files.append(("run.json", RunInfo.json(
            solverName: solver.name, solverVersion: solver.version, samplanVersion: Samplan.version, iterations: iterations,
            seconds: [("load", loadSeconds), ("build", run.buildSeconds), ("solve", run.solveSeconds),
                      ("write", (ContinuousClock.now - writeStart).seconds)],
            notes: notes, maxBoundViolation: run.plan.result.hasSolution ? run.plan.result.maxBoundViolation : nil)
            .adding(("decomposition", DecompositionInfo.json(
                [("plan", run.plan.result)] + (run.statusQuo.map { [("status_quo", $0.result)] } ?? []),
                jobs: jobs, elapsedSeconds: run.solveSeconds))).rendered()))
        return files
    }

    /// A level-structuring run's files.
    static func level(_ run: LevelStructuringRun, solver: GLPKSolver, format: CSVFormat, jobs: Int, loadSeconds: Double)
        -> [(name: String, contents: String)]
    {
        let writeStart = ContinuousClock.now
        var files = LevelResults.files(run, format: format.naming(run.problem.data))
        files.append(("report.html", LevelReport.render(run)))
        files.append(("run.json", RunInfo.json(
            solverName: solver.name, solverVersion: solver.version, samplanVersion: Samplan.version,
            iterations: run.optimal.map { [("mip", $0.result.iterations)] } ?? [],
            seconds: [("load", loadSeconds), ("solve_mip", run.mipSeconds), ("evaluate_proposals", run.evaluationSeconds),
                      ("write", (ContinuousClock.now - writeStart).seconds)],
            notes: (run.optimal?.result.notes ?? []) + ["\(run.rows.count) proposals evaluated on \(jobs) threads, \(run.linearPrograms) of them by the elastic LP"],
            maxBoundViolation: run.optimal?.result.hasSolution == true ? run.optimal!.result.maxBoundViolation : nil).rendered()))
        return files
    }
}
