import ArgumentParser
import Foundation
import GLPKBackend
import PlanningData
import LevelStructuring
import Reports
import Scenario
import SamplanSupport

/// Loads a level-structuring scenario's data and resolves its ids.
func prepare(_ scenario: LevelStructuringScenario) throws -> PreparedLevelStructuring {
    try prepared(scenario.prepare, warnings: \.warnings)
}

/// Reports a level-structuring error: missing prices are invalid input, anything else a bug.
func report(_ error: LevelStructuringError, scenario: String) -> ExitCode {
    switch error {
    case let .missingPrices(lines):
        Console.capped(IssueCap.lines(lines.map { IssueCap.Item(file: scenario, isError: true, text: "\(scenario): \($0)") }))
        return ExitCode(ExitStatus.invalidInput.rawValue)
    case let .internalError(text):
        Console.error("\(scenario): internal error: \(text)")
        return ExitCode(ExitStatus.internalError.rawValue)
    }
}

/// The number of cores, the default of `--jobs`.
var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

/// Runs a level-structuring scenario: the MIP, every proposal, the files.
struct LevelStructuringJob {
    let scenarioPath: String
    let scenario: LevelStructuringScenario
    let jobs: Int
    let showProgress: Bool
    /// Print the MIP's size, status, gap and time and the evaluation's counts on stderr.
    var verbose = false

    /// The run and its files (run.json included).
    func run(excel: Bool) throws -> (LevelStructuringRun, [(name: String, contents: String)]) {
        let start = ContinuousClock.now
        let prepared = try prepare(scenario)
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = GLPKSolver()
        let bar = ProgressBar("Evaluating proposals", enabled: showProgress && Progress.enabled)
        let run: LevelStructuringRun
        do {
            run = try LevelStructuringPlanner(solver: solver, jobs: jobs).run(prepared) { done, total in bar.update(done, total) }
        } catch {
            throw report(error, scenario: scenarioPath)
        }
        if verbose { Console.note(Self.log(run, loadSeconds: loadSeconds, jobs: jobs)) }
        let files = ResultFiles.level(run, solver: solver, format: CSVFormat(excel: excel), jobs: jobs, loadSeconds: loadSeconds)
        return (run, files)
    }

    /// What `--verbose` prints: the phases of a level-structuring run.
    static func log(_ run: LevelStructuringRun, loadSeconds: Double, jobs: Int) -> String {
        let p = run.problem
        var lines = ["load: \(p.data.municipalities.count) municipalities, \(p.candidates.count) candidates, demand \(NumberFormatting.swedish(p.totalDemand, decimals: 1)) cases a year (\(NumberFormatting.fixed(loadSeconds, decimals: 2)) s)"]
        if let o = run.optimal {
            let m = o.compiled
            lines.append("mip: \(m.rowCount) rows, \(m.columnCount) columns (\(m.integerColumnCount) binary), \(m.nonzeroCount) nonzeros")
            lines.append("mip: \(o.status.rawValue) after \(o.result.iterations) simplex iterations in \(NumberFormatting.fixed(run.mipSeconds, decimals: 2)) s"
                         + (o.result.relativeGap.map { ", gap \(NumberFormatting.csv($0))" } ?? "")
                         + (o.result.objectiveValue.map { ", objective \(NumberFormatting.swedish($0)) SEK" } ?? ""))
            if let explanation = o.explanation { lines.append("mip: infeasible because \(explanation)") }
            for note in o.result.notes { lines.append("mip: \(note)") }
        } else {
            lines.append("mip: not solved (optimize: false)")
        }
        lines.append("proposals: \(run.rows.count) evaluated on \(jobs) threads in \(NumberFormatting.fixed(run.evaluationSeconds, decimals: 2)) s, \(run.linearPrograms) by the elastic LP, \(run.rows.filter(\.feasible).count) feasible")
        if let best = run.rows.first { lines.append("proposals: best \(SwedishNames.sites(best.name, p.data)), \(NumberFormatting.swedish(best.totalCost)) SEK") }
        return lines.joined(separator: "\n")
    }
}
