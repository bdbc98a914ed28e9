import Foundation
import LinearProgramming
import Reports
import Scenario
import SummerPlan
import Uncertainty

/// A summer scenario: the plan (and the status quo), the draws of an `uncertainty` block, the
/// result folder and the terminal summary.
struct SummerJob {
    let request: RunRequest
    let control: RunControl
    let jobs: Int
    let shard: DrawShard

    func run(_ summer: SummerScenario, folder: ResultFolder, loadStart: ContinuousClock.Instant) throws -> JobOutcome {
        control.note("Läser data", "Loading \(summer.dataFolder.value) …")
        let prepared = try ScenarioLoading.prepare(summer, control: control)
        let loadSeconds = (ContinuousClock.now - loadStart).seconds
        let solver = summerSolver(jobs: jobs, isCancelled: control.isCancelled)
        let run = try solve(prepared, solver: solver)
        var files = Self.files(run, solver: solver, jobs: jobs, format: CSVFormat(excel: request.result.excel), loadSeconds: loadSeconds)
        var drawsTerminal = ""
        if let settings = summer.uncertainty {
            (files, drawsTerminal) = try UncertaintyDraws(settings: settings, solver: solver, jobs: jobs, excel: request.result.excel, shard: shard,
                                                          warmStarts: !request.coldDraws, control: control).adding(to: files, run, scenario: request.scenario)
        }
        let written = try folder.write(files, workbookOf: request.result.xlsx ? prepared.data : nil, control: control)
        let terminal = request.json ? files.first { $0.name == "summary.json" }!.contents
            : Self.inserting(drawsTerminal, before: "\nResults: ", in: SummerTerminalView.render(run, resultFolder: folder.path))
        return JobOutcome(resultFolder: folder.path, files: written, terminal: terminal, status: run.plan.status.rawValue,
                          keyFigure: run.plan.objective, keyFigureLabel: "Målfunktion (kr)", inputsSHA256: prepared.inputsSHA256)
    }

    /// The plan (and the status quo) solved, timed on the terminal as one phase.
    private func solve(_ prepared: PreparedSummer, solver: some LinearSolver) throws -> SummerRun {
        let scenario = prepared.scenario
        let phase = RunProgress(kind: .elapsed, phase: "Löser planen",
                                label: "Solving the plan\(scenario.compareStatusQuo && scenario.routes != .statusQuo ? " and the status quo" : "")")
        control.progress(phase)
        do {
            let run = try control.solving { () throws -> SummerRun in
                do { return try SummerPlanner(solver: solver).run(prepared.summerInputs, verbose: request.verbose) } catch {
                    throw JobFailure.summer(error, scenario: request.scenario)
                }
            }
            control.progress(finished(phase, run.plan.status.rawValue))
            return run
        } catch {
            control.progress(finished(phase, "failed"))
            throw error
        }
    }

    /// A summer run's files; run.json notes any difference between GLPK's objective and the
    /// recomputed one.
    static func files(_ run: SummerRun, solver: any LinearSolver, jobs: Int, format: CSVFormat, loadSeconds: Double)
        -> [(name: String, contents: String)]
    {
        let writeStart = ContinuousClock.now
        var files = SummerResults.files(run, format: format.naming(run.inputs.data))
        files.append(("report.html", SummerReport.render(run)))
        var notes = run.plan.result.notes + (run.statusQuo?.result.notes ?? [])
        if let objective = run.plan.result.objectiveValue, let recomputed = run.plan.objective,
           abs(objective - recomputed) > 1e-6 * max(1, abs(objective)) {
            notes.append("GLPK's objective \(objective) differs from the recomputed \(recomputed)")
        }
        var iterations = [("plan", run.plan.result.iterations)]
        if let sq = run.statusQuo { iterations.append(("status_quo", sq.result.iterations)) }
        let facts = RunFacts.Solved(
            solver: solver, iterations: iterations,
            seconds: [("load", loadSeconds), ("build", run.buildSeconds), ("solve", run.solveSeconds),
                      ("write", (ContinuousClock.now - writeStart).seconds)],
            notes: notes, maxBoundViolation: run.plan.result.hasSolution ? run.plan.result.maxBoundViolation : nil,
            decomposition: ([("plan", run.plan.result)] + (run.statusQuo.map { [("status_quo", $0.result)] } ?? []), jobs, run.solveSeconds))
        files.append(("run.json", RunFacts(kind: .solved(facts)).rendered()))
        return files
    }
}

/// `progress` as ended with `outcome`.
func finished(_ progress: RunProgress, _ outcome: String) -> RunProgress {
    var ended = progress
    ended.finished = outcome
    return ended
}

extension SummerJob {
    /// `text` put in front of the last `marker` of `page` (the spread of the draws goes above the
    /// closing "Results: FOLDER" line); `page` unchanged when `text` is empty.
    static func inserting(_ text: String, before marker: String, in page: String) -> String {
        guard !text.isEmpty, let range = page.range(of: marker, options: .backwards) else { return page }
        return page.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: text)
    }
}
