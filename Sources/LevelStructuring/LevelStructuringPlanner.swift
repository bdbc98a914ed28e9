import Dispatch
import Foundation
import LinearProgramming
import PlanningData
import Synchronization

/// A whole level-structuring run: the optimum and every proposal, ranked.
public struct LevelStructuringRun: Sendable {
    /// The resolved problem.
    public let problem: LevelProblem
    /// The MIP, when `optimize` is on.
    public let optimal: OptimalSites?
    /// proposals.csv's rows: ranked by total cost plus penalties, ties by name.
    public let rows: [ProposalResult]
    /// Wall time of the MIP, seconds.
    public let mipSeconds: Double
    /// Wall time evaluating the proposals, seconds.
    public let evaluationSeconds: Double
    /// How many proposals were evaluated by the LP (the others by their cheapest assignment).
    public let linearPrograms: Int
    /// Where each municipality's cases go under the first-ranked proposal (for the map).
    public let bestAssignment: [[(candidate: Int, cases: Double)]]
}

/// Solves the optimal-sites MIP and evaluates every proposal, on `jobs` threads.
public struct LevelStructuringPlanner: Sendable {
    /// The solver of the MIP and the proposal LPs.
    public let solver: any LinearSolver
    /// Threads evaluating proposals (at least 1).
    public let jobs: Int

    /// A planner solving with `solver` on `jobs` threads (fewer than 1 counts as 1).
    public init(solver: any LinearSolver, jobs: Int) {
        self.solver = solver
        self.jobs = max(1, jobs)
    }

    /// The proposals of a scenario: its named ones (whatever `must_open` / `must_close` say),
    /// then every enumerated combination that holds every `must_open` site and no `must_close` site.
    public static func proposals(_ problem: LevelProblem) -> [(name: String, open: [Int])] {
        let inputs = problem.inputs
        var list = inputs.proposals.map { p in (p.name, p.open) }
        if let sizes = inputs.settings.enumerate {
            for combination in Combinations.all(of: inputs.candidates.count, sizes: sizes, including: problem.mustOpen, excluding: problem.mustClose) {
                list.append((problem.name(of: combination), combination))
            }
        }
        return list
    }

    /// Solves the optimal-sites MIP (when `settings.optimize`), then evaluates the optimum, every
    /// named proposal and every enumerated combination; ranks them.
    ///
    /// - Parameter progress: called from worker threads with (evaluated, total).
    /// - Throws: ``LevelStructuringError/missingPrices(_:)`` when an arc between regions has no
    ///   price; ``LevelStructuringError/internalError(_:)`` when a model is invalid or the solver refuses it.
    public func run(_ inputs: LevelInputs, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in })
        throws(LevelStructuringError) -> LevelStructuringRun
    {
        let problem = try LevelProblem(inputs)
        let mipStart = ContinuousClock.now
        var optimal: OptimalSites?
        if inputs.settings.optimize {
            optimal = try problem.solveOptimalSites(solver: solver, parameters: inputs.parameters)
        }
        let mipTime = ContinuousClock.now - mipStart

        let evaluationStart = ContinuousClock.now
        var named = Self.proposals(problem)
        if let open = optimal?.open { named.insert(("optimal", open), at: 0) }
        let results = try evaluate(named, problem: problem, progress: progress)
        let evaluationTime = ContinuousClock.now - evaluationStart

        var rows = results.map(\.0)
        if let optimal, optimal.status == .optimal, let best = rows.first(where: { $0.name == "optimal" }), best.totalCost > 0 {
            for k in rows.indices where rows[k].feasible {
                rows[k].gapVsOptimal = rows[k].name == "optimal" ? 0 : (rows[k].totalCost - best.totalCost) / best.totalCost
            }
        }
        rows.sort { $0.rankingCost < $1.rankingCost || ($0.rankingCost == $1.rankingCost && $0.name < $1.name) }
        let best = try rows.first.map { row throws(LevelStructuringError) in
            try ProposalEvaluator(problem: problem, solver: solver).assignment(open: row.open)
        } ?? []
        return LevelStructuringRun(problem: problem, optimal: optimal, rows: rows, mipSeconds: seconds(mipTime),
                                   evaluationSeconds: seconds(evaluationTime), linearPrograms: results.filter(\.1).count,
                                   bestAssignment: best)
    }

    /// Evaluates every proposal on `jobs` threads; results come back in input order, the same
    /// whatever the number of threads.
    func evaluate(_ proposals: [(name: String, open: [Int])], problem: LevelProblem,
                  progress: @escaping @Sendable (Int, Int) -> Void) throws(LevelStructuringError) -> [(ProposalResult, Bool)] {
        let evaluator = ProposalEvaluator(problem: problem, solver: solver)
        let next = Atomic<Int>(0), done = Atomic<Int>(0)
        let collected = Mutex<[(Int, Result<(ProposalResult, Bool), LevelStructuringError>)]>([])
        let total = proposals.count
        let workers = min(jobs, max(1, total))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local: [(Int, Result<(ProposalResult, Bool), LevelStructuringError>)] = []
            solver.withSession {
                while true {
                    let k = next.add(1, ordering: .relaxed).oldValue
                    guard k < total else { break }
                    let result = Result { () throws(LevelStructuringError) -> (ProposalResult, Bool) in
                        try evaluator.evaluateCounting(open: proposals[k].open, name: proposals[k].name)
                    }
                    local.append((k, result))
                    let finished = done.add(1, ordering: .relaxed).newValue
                    if finished % 256 == 0 || finished == total { progress(finished, total) }
                }
            }
            collected.withLock { $0 += local }
        }
        var ordered = [(ProposalResult, Bool)?](repeating: nil, count: total)
        for (k, result) in collected.withLock({ $0 }) { ordered[k] = try result.get() }
        return ordered.map { $0! }
    }

    private func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
}

