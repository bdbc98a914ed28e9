import Foundation
import LinearProgramming
import Reports
import Scenario
import SummerPlan
import Uncertainty

/// The Monte Carlo draws of a summer scenario with an `uncertainty` block (docs/SPEC.md §10): runs them
/// from the solved base run and adds `draws.csv`, `uncertainty.csv` and the `uncertainty` object
/// of `summary.json` to the base plan's files; a part of a sharded run also its manifest.
struct UncertaintyDraws {
    let settings: UncertaintySettings
    let solver: any LinearSolver
    let jobs: Int
    let excel: Bool
    /// The draws this run covers: all of them, or a shard's.
    let shard: DrawShard
    /// False solves every draw cold (`--cold-draws`).
    let warmStarts: Bool
    let control: RunControl

    /// The files with the draws' added, and the terminal lines of their spread.
    func adding(to files: [(name: String, contents: String)], _ run: SummerRun, scenario: String) throws
        -> (files: [(name: String, contents: String)], terminal: String)
    {
        let start = ContinuousClock.now
        let (rows, starts) = try draw(run, scenario: scenario)
        let seconds = (ContinuousClock.now - start).seconds
        let format = CSVFormat(excel: excel).naming(run.inputs.data)
        let (drawsCSV, uncertaintyCSV, summary) = UncertaintyResults.files(rows, run.inputs.data, format)
        let baseSummary = SummerResults.summary(run).rendered()
        let names = run.inputs.data.regions.sorted { $0.id < $1.id }.map(\.name)
        // The base plan in draws.csv's form (draw 0), for the base-plan marks of report.html.
        let baseRow = UncertaintyResults.draws([DrawResult(draw: 0, plan: run.plan, statusQuo: run.statusQuo)], run.inputs.data, format).rows.first
        let terminal = UncertaintyTerminal.render(draws: rows.count, solved: rows.filter { $0.status == "optimal" }.count,
                                                  UncertaintyResults.spreads(header: drawsCSV.header, rows: drawsCSV.rows),
                                                  part: shard.count > 1 ? (shard.index, shard.count, settings.draws) : nil)
        var out = files.map { file -> (name: String, contents: String) in
            switch file.name {
            case "summary.json": return (file.name, UncertaintyResults.summaryText(base: baseSummary, uncertainty: summary))
            case "report.html":
                return (file.name, UncertaintyReport.adding(to: file.contents, header: drawsCSV.header, rows: drawsCSV.rows, regionNames: names,
                                                            baseRow: baseRow))
            case "run.json": return (file.name, UncertaintyResults.runInfo(file.contents, starts, draws: rows.count, seconds: seconds, jobs: jobs))
            default: return file
            }
        }
        out.append(("draws.csv", format.render(drawsCSV)))
        out.append(("uncertainty.csv", format.render(uncertaintyCSV)))
        if shard.count > 1 {
            // What this part is, for `samplan merge`: its draws' rows and the base summary.
            let manifest = UncertaintyPartManifest(shard: shard.index, of: shard.count, samplanVersion: SamplanVersion.current, uncertainty: .init(
                scenario: run.inputs.name, inputsSHA256: run.inputs.inputsSHA256, seed: settings.seed, draws: settings.draws,
                excel: excel, header: drawsCSV.header, rows: drawsCSV.rows, baseSummary: baseSummary, regionNames: names, baseRow: baseRow))
            out.append((ShardManifestHeader.fileName(shard: shard.index, of: shard.count), String(decoding: try manifest.rendered(), as: UTF8.self)))
        }
        return (out, terminal)
    }

    /// This shard's draws solved; progress after each chunk.
    private func draw(_ run: SummerRun, scenario: String) throws -> ([DrawResult], SummerDraws.Starts) {
        let draws = shard.draws(of: settings.draws)
        // A chunk gives every thread a few models to solve; progress is reported after each chunk.
        let runner = SummerDraws(planner: SummerPlanner(solver: solver), chunkSize: max(4, 2 * jobs), warmStarts: warmStarts)
        let control = control
        return try control.solving { () throws -> ([DrawResult], SummerDraws.Starts) in
            do {
                return try runner.run(run, settings: settings, draws: draws, progress: { done, total in
                    control.progress(RunProgress(kind: .count, phase: "Dragningar", label: "Draws", done: done, total: total))
                })
            } catch {
                throw JobFailure.summer(error, scenario: scenario)
            }
        }
    }
}
