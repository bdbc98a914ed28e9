import Foundation
import PlanningData
import Reports
import Scenario
import Uncertainty

/// `samplan run SCENARIO`: checks the request, reads the scenario and hands it to the job of its
/// kind (summer, with or without draws, or level structuring).
struct ScenarioJob {
    let request: RunRequest
    let control: RunControl

    func run() throws -> JobOutcome {
        let loadStart = ContinuousClock.now
        let jobs = try JobCount.resolve(request.jobs)
        let shard = try request.shard.map { text in
            guard let shard = DrawShard(parsing: text) else { throw JobFailure(.usage, "--shard takes I/N with 1 ≤ I ≤ N, not \(text)") }
            return shard
        }
        let document = try ScenarioLoading.load(request.scenario)
        let folder = try ResultFolder.checked(request.result.out ?? Jobs.defaultFolder(request), force: request.result.force)
        switch document {
        case let .summer(summer):
            if shard != nil && summer.uncertainty == nil {
                throw JobFailure(.usage, "\(request.scenario): --shard splits the draws of an uncertainty run; this scenario has no `uncertainty` block")
            }
            if request.coldDraws && summer.uncertainty == nil {
                throw JobFailure(.usage, "\(request.scenario): --cold-draws is for the draws of an uncertainty run; this scenario has no `uncertainty` block")
            }
            return try SummerJob(request: request, control: control, jobs: jobs, shard: shard ?? .whole)
                .run(summer, folder: folder, loadStart: loadStart)
        case let .levelStructuring(level):
            if request.coldDraws {
                throw JobFailure(.usage, "\(request.scenario): --cold-draws is for the draws of a summer scenario with an `uncertainty` block; this is a level-structuring scenario")
            }
            if shard != nil {
                throw JobFailure(.usage, "\(request.scenario): --shard splits the draws of a summer scenario with an `uncertainty` block; this is a level-structuring scenario")
            }
            return try LevelJob(scenarioPath: request.scenario, jobs: jobs, verbose: request.verbose, excel: request.result.excel,
                                control: control)
                .outcome(level, folder: folder, request: request)
        }
    }
}

/// The `jobs` of a request.
enum JobCount {
    /// `jobs`, or the number of cores when nil.
    /// - Throws: exit 64 for fewer than 1.
    static func resolve(_ jobs: Int?) throws -> Int {
        if let jobs, jobs < 1 { throw JobFailure(.usage, "--jobs must be at least 1") }
        return jobs ?? processorCount
    }
}

/// Where the stem of a path comes from (kept apart so the API file reads on its own).
enum UserPathStem {
    /// `Scenarios/summer-2024.yaml` → `summer-2024`.
    static func stem(_ path: String) -> String { UserPath.stem(path) }
}
