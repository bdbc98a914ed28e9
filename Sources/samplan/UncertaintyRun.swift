import Foundation
import LinearProgramming
import Reports
import Scenario
import SummerPlan
import Uncertainty

/// The Monte Carlo draws of `samplan run` of a scenario with an `uncertainty` block (SPEC §10):
/// runs them from the solved base run and adds `draws.csv`, `uncertainty.csv` and the
/// `uncertainty` object of `summary.json` to the base plan's files.
struct UncertaintyRun {
    let settings: UncertaintySettings
    let solver: any LinearSolver
    let jobs: Int
    let excel: Bool
    /// The draws this run covers: all of them, or a shard's.
    var shard = DrawShard.whole
    /// False solves every draw cold (`--cold-draws`, for measuring what warm starts save).
    var warmStarts = true

    /// The result folder's files with the draws added; a progress bar with the time left on a
    /// terminal (stderr).
    func addDraws(to files: [(name: String, contents: String)], _ run: SummerRun, scenario: String) throws -> [(name: String, contents: String)] {
        let draws = shard.draws(of: settings.draws)
        let bar = ProgressBar("Draws")
        // A chunk gives every thread a few models to solve; progress is drawn after each chunk.
        let runner = SummerDraws(planner: SummerPlanner(solver: solver), chunkSize: max(4, 2 * jobs), warmStarts: warmStarts)
        let rows: [DrawResult], starts: SummerDraws.Starts
        let start = ContinuousClock.now
        do { (rows, starts) = try runner.run(run, settings: settings, draws: draws, progress: { bar.update($0, $1) }) } catch {
            throw report(error, scenario: scenario)
        }
        let seconds = (ContinuousClock.now - start).seconds
        let format = CSVFormat(excel: excel).naming(run.prepared.data)
        let (drawsCSV, uncertaintyCSV, summary) = UncertaintyResults.files(rows, run.prepared.data, format)
        let baseSummary = SummerResults.summary(run).rendered()
        let names = run.prepared.data.regions.sorted { $0.id < $1.id }.map(\.name)
        var out = files.map { file -> (name: String, contents: String) in
            switch file.name {
            case "summary.json": return (file.name, UncertaintyResults.summaryText(base: baseSummary, uncertainty: summary))
            case "report.html": return (file.name, UncertaintyReport.adding(to: file.contents, header: drawsCSV.header, rows: drawsCSV.rows, regionNames: names))
            case "run.json": return (file.name, UncertaintyResults.runInfo(file.contents, starts, draws: rows.count, seconds: seconds, jobs: jobs))
            default: return file
            }
        }
        out.append(("draws.csv", format.render(drawsCSV)))
        out.append(("uncertainty.csv", format.render(uncertaintyCSV)))
        if shard.count > 1 {
            // What this part is, for `samplan merge`: its draws' rows and the base summary.
            let manifest = UncertaintyPartManifest(shard: shard.index, of: shard.count, samplanVersion: Samplan.version, uncertainty: .init(
                scenario: run.prepared.scenario.name, inputsSHA256: run.prepared.inputsSHA256, seed: settings.seed, draws: settings.draws,
                excel: excel, header: drawsCSV.header, rows: drawsCSV.rows, baseSummary: baseSummary, regionNames: names))
            out.append((ShardManifestHeader.fileName(shard: shard.index, of: shard.count), String(decoding: try manifest.rendered(), as: UTF8.self)))
        }
        return out
    }
}
