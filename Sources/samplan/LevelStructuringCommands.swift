import ArgumentParser
import Foundation
import GLPKBackend
import PlanningData
import LevelStructuring
import Reports
import Scenario

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
        let files = ResultFiles.level(run, solver: solver, format: CSVFormat(excel: excel), jobs: jobs, loadSeconds: loadSeconds)
        return (run, files)
    }
}
