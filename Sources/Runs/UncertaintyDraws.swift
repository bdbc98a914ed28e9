import Foundation
import LinearProgramming
import Reports
import Scenario
import SummerPlan
import Uncertainty

/// The Monte Carlo draws of a summer scenario with an `uncertainty` block (SPEC §10): runs them
/// from the solved base run and adds `draws.csv`, `uncertainty.csv` and the `uncertainty` object
/// of `summary.json` to the base plan's files; a part of a sharded run also its manifest.
struct UncertaintyDraws {
    let settings: UncertaintySettings
    let solver: any LinearSolver
    let jobs: Int
    let excel: Bool
    /// The draws this run covers: all of them, or a shard's.
    let shard: DrawShard
    let control: RunControl

    func adding(to files: [(name: String, contents: String)], _ run: SummerRun, scenario: String) throws
        -> [(name: String, contents: String)]
    {
        let rows = try draw(run, scenario: scenario)
        let format = CSVFormat(excel: excel).naming(run.inputs.data)
        let (drawsCSV, uncertaintyCSV, summary) = UncertaintyResults.files(rows, run.inputs.data, format)
        let baseSummary = SummerResults.summary(run).rendered()
        var out = files.map { file -> (name: String, contents: String) in
            guard file.name == "summary.json" else { return file }
            return (file.name, UncertaintyResults.summaryText(base: baseSummary, uncertainty: summary))
        }
        out.append(("draws.csv", format.render(drawsCSV)))
        out.append(("uncertainty.csv", format.render(uncertaintyCSV)))
        if shard.count > 1 {
            // What this part is, for `samplan merge`: its draws' rows and the base summary.
            let manifest = UncertaintyPartManifest(shard: shard.index, of: shard.count, samplanVersion: SamplanVersion.current, uncertainty: .init(
                scenario: run.inputs.name, inputsSHA256: run.inputs.inputsSHA256, seed: settings.seed, draws: settings.draws,
                excel: excel, header: drawsCSV.header, rows: drawsCSV.rows, baseSummary: baseSummary))
            out.append((ShardManifestHeader.fileName(shard: shard.index, of: shard.count), String(decoding: try manifest.rendered(), as: UTF8.self)))
        }
        return out
    }

    /// This shard's draws solved; progress after each chunk.
    private func draw(_ run: SummerRun, scenario: String) throws -> [DrawResult] {
        let draws = shard.draws(of: settings.draws)
        // A chunk gives every thread a few models to solve; progress is reported after each chunk.
        let runner = SummerDraws(planner: SummerPlanner(solver: solver), chunkSize: max(4, 2 * jobs))
        let control = control
        return try control.solving { () throws -> [DrawResult] in
            do {
                return try runner.run(run, settings: settings, draws: draws, progress: { done, total in
                    control.progress(RunProgress(kind: .count, phase: "Dragningar", label: "Draws", done: done, total: total))
                }).0
            } catch {
                throw JobFailure.summer(error, scenario: scenario)
            }
        }
    }
}
