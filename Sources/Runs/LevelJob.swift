import Foundation
import GLPKBackend
import LevelStructuring
import LinearProgramming
import PlanningData
import Reports
import Scenario

/// A level-structuring scenario: the optimal-sites MIP, every proposal evaluated, the files.
struct LevelJob {
    let scenarioPath: String
    let jobs: Int
    /// Report the MIP's size, status, gap and time and the evaluation's counts as diagnostics.
    let verbose: Bool
    let excel: Bool
    let control: RunControl

    /// `samplan run` of the scenario: solved, written, summarised.
    func outcome(_ scenario: LevelStructuringScenario, folder: ResultFolder, request: RunRequest) throws -> JobOutcome {
        let start = ContinuousClock.now
        let prepared = try ScenarioLoading.prepare(scenario, control: control)
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = CancellableSolver(base: GLPKSolver(), isCancelled: control.isCancelled)
        let control = control
        let run = try control.solving { () throws -> LevelStructuringRun in
            do {
                return try LevelStructuringPlanner(solver: solver, jobs: jobs).run(prepared.levelInputs) { done, total in
                    control.progress(RunProgress(kind: .count, phase: "Utvärderar förslag", label: "Evaluating proposals", done: done, total: total))
                }
            } catch {
                throw JobFailure.level(error, scenario: scenarioPath)
            }
        }
        if verbose { control.say([Self.log(run, loadSeconds: loadSeconds, jobs: jobs)]) }
        let files = Self.files(run, solver: solver, format: CSVFormat(excel: excel), jobs: jobs, loadSeconds: loadSeconds)
        let written = try folder.write(files, workbookOf: request.result.xlsx ? prepared.data : nil, control: control)
        let terminal = request.json ? files.first { $0.name == "summary.json" }!.contents
            : LevelResults.terminal(run, resultFolder: folder.path)
        return JobOutcome(resultFolder: folder.path, files: written, terminal: terminal,
                          status: run.optimal.map { $0.status.rawValue } ?? "not_solved",
                          keyFigure: run.rows.first?.totalCost, keyFigureLabel: "Bästa förslagets kostnad (kr)",
                          inputsSHA256: prepared.inputsSHA256)
    }

    /// A level-structuring run's files, run.json included.
    static func files(_ run: LevelStructuringRun, solver: any LinearSolver, format: CSVFormat, jobs: Int, loadSeconds: Double)
        -> [(name: String, contents: String)]
    {
        let writeStart = ContinuousClock.now
        var files = LevelResults.files(run, format: format.naming(run.problem.data))
        files.append(("report.html", LevelReport.render(run)))
        let facts = RunFacts.Solved(
            solver: solver, iterations: run.optimal.map { [("mip", $0.result.iterations)] } ?? [],
            seconds: [("load", loadSeconds), ("solve_mip", run.mipSeconds), ("evaluate_proposals", run.evaluationSeconds),
                      ("write", (ContinuousClock.now - writeStart).seconds)],
            notes: (run.optimal?.result.notes ?? []) + ["\(run.rows.count) proposals evaluated on \(jobs) threads, \(run.linearPrograms) of them by the elastic LP"],
            maxBoundViolation: run.optimal?.result.hasSolution == true ? run.optimal?.result.maxBoundViolation : nil,
            decomposition: nil)
        files.append(("run.json", RunFacts(kind: .solved(facts)).rendered()))
        return files
    }

    /// What `--verbose` reports: the phases of a level-structuring run.
    static func log(_ run: LevelStructuringRun, loadSeconds: Double, jobs: Int) -> String {
        let problem = run.problem
        var lines = ["load: \(problem.data.municipalities.count) municipalities, \(problem.candidates.count) candidates, demand \(NumberFormatting.swedish(problem.totalDemand, decimals: 1)) cases a year (\(NumberFormatting.fixed(loadSeconds, decimals: 2)) s)"]
        if let optimal = run.optimal {
            let model = optimal.compiled
            lines.append("mip: \(model.rowCount) rows, \(model.columnCount) columns (\(model.integerColumnCount) binary), \(model.nonzeroCount) nonzeros")
            lines.append("mip: \(optimal.status.rawValue) after \(optimal.result.iterations) simplex iterations in \(NumberFormatting.fixed(run.mipSeconds, decimals: 2)) s"
                         + (optimal.result.relativeGap.map { ", gap \(NumberFormatting.csv($0))" } ?? "")
                         + (optimal.result.objectiveValue.map { ", objective \(NumberFormatting.swedish($0)) SEK" } ?? ""))
            if let explanation = run.infeasibilityInEnglish { lines.append("mip: infeasible because \(explanation)") }
            for note in optimal.result.notes { lines.append("mip: \(note)") }
        } else {
            lines.append("mip: not solved (optimize: false)")
        }
        lines.append("proposals: \(run.rows.count) evaluated on \(jobs) threads in \(NumberFormatting.fixed(run.evaluationSeconds, decimals: 2)) s, \(run.linearPrograms) by the elastic LP, \(run.rows.filter(\.feasible).count) feasible")
        if let best = run.rows.first { lines.append("proposals: best \(SwedishNames.sites(best.name, problem.data)), \(NumberFormatting.swedish(best.totalCost)) SEK") }
        return lines.joined(separator: "\n")
    }
}
