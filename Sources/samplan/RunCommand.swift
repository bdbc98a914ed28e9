import ArgumentParser
import Foundation
import GLPKBackend
import LevelStructuring
import PlanningData
import Reports
import Scenario
import SummerPlan
import Uncertainty

/// `samplan run SCENARIO`: solve one scenario and write its result folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Solve one scenario of either kind, print a summary and write the result folder.",
        discussion: """
            The result folder (--out, default results/<scenario file stem>) is written to a temporary \
            folder beside it and renamed into place when complete; an existing one is replaced only with --force.
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @OptionGroup var result: ResultFolderOptions

    @Flag(help: "Print summary.json on stdout and nothing else there.")
    var json = false

    @Flag(help: "Summer: show GLPK's own output on stderr. Level structuring: the MIP's size, status, gap and time, and the proposals' evaluation, on stderr.")
    var verbose = false

    @Option(help: "Threads for solving the blocks of a summer model or evaluating level-structuring proposals. Default: the number of cores.")
    var jobs: Int?

    @Option(help: "Uncertainty runs: run the I-th of N parts of the draws (draw k goes to part (k − 1) mod N + 1) and write shard-I-of-N.json for `samplan merge`.")
    var shard: String?

    @Flag(help: "Uncertainty runs: solve every draw cold instead of warm-starting from the base plan's basis (to measure what warm starts save).")
    var coldDraws = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, DrawShard(parsing: shard) == nil { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, not \(shard)") }
    }

    func run() throws {
        let loadStart = ContinuousClock.now
        let document = try loadScenario(scenario)
        let resultFolder = try result.folder(default: "results/" + stem(scenario))
        switch document {
        case let .summer(summer):
            try runSummer(summer, folder: resultFolder, loadStart: loadStart)
        case let .levelStructuring(level):
            if shard != nil { throw Console.fail(.usage, "\(scenario): --shard splits the draws of a summer scenario with an `uncertainty` block; this is a level-structuring scenario") }
            let job = LevelStructuringJob(scenarioPath: scenario, scenario: level, jobs: jobs ?? processorCount, showProgress: !json, verbose: verbose)
            let (run, files) = try job.run(excel: result.excel)
            try result.write(files, to: resultFolder)
            Console.out(json ? files.first { $0.name == "summary.json" }!.contents : LevelResults.terminal(run, resultFolder: resultFolder))
        }
    }

    func runSummer(_ summer: SummerScenario, folder resultFolder: String, loadStart: ContinuousClock.Instant) throws {
        if shard != nil && summer.uncertainty == nil {
            throw Console.fail(.usage, "\(scenario): --shard splits the draws of an uncertainty run; this scenario has no `uncertainty` block")
        }
        Progress.say("Loading \(summer.dataFolder.value) …")
        let prepared = try prepare(summer)
        let loadSeconds = (ContinuousClock.now - loadStart).seconds
        // GLPK's own output (--verbose) and a redrawn clock would interleave: the clock only without it.
        let clock = ElapsedClock("Solving the plan\(summer.compareStatusQuo && summer.routes != .statusQuo ? " and the status quo" : "")",
                                 enabled: Progress.enabled && !verbose)
        let solver = summerSolver(jobs: jobs ?? processorCount)
        let run: SummerRun
        do { run = try SummerPlanner(solver: solver).run(prepared, verbose: verbose) } catch {
            clock.stop("failed")
            throw report(error, scenario: scenario)
        }
        clock.stop(run.plan.status.rawValue)
        var files = ResultFiles.summer(run, solver: solver, jobs: solver.jobs, format: CSVFormat(excel: result.excel), loadSeconds: loadSeconds)
        if let settings = summer.uncertainty {
            files = try UncertaintyRun(settings: settings, solver: solver, jobs: solver.jobs, excel: result.excel,
                                       shard: shard.flatMap(DrawShard.init(parsing:)) ?? .whole, warmStarts: !coldDraws)
                .addDraws(to: files, run, scenario: scenario)
        }
        try result.write(files, to: resultFolder)
        if json {
            Console.out(files.first { $0.name == "summary.json" }!.contents)
        } else {
            Console.out(SummerTerminalView.render(run, resultFolder: resultFolder))
        }
    }
}
