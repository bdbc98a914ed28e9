import Foundation
import Synchronization
import LinearProgramming
import PlanningData
import Uncertainty

/// One Monte Carlo draw's figures: a row of `draws.csv` (docs/SPEC.md §10). Every number is nil when the
/// plan is not optimal; the gain is nil also when the status quo is not (or was not solved).
public struct DrawResult: Sendable, Equatable {
    /// 1-based.
    public let draw: Int
    /// The plan's status (`optimal`, `infeasible`, `time_limit`, …).
    public let status: String
    public let objective: Double?
    public let gainVsStatusQuo: Double?
    public let finalWaiting: Double?
    public let finalWaitingOverGuarantee: Double?
    public let overloadBedWeeks: Double?
    public let acuteTransferBedWeeks: Double?
    /// Settlement net (SEK) per region, data-set order; nil when the plan is not optimal.
    public let netByRegion: [Double]?
    /// Final waiting list per region, data-set order.
    public let waitingByRegion: [Double]?

    public init(draw: Int, status: String, objective: Double?, gainVsStatusQuo: Double?, finalWaiting: Double?,
                finalWaitingOverGuarantee: Double?, overloadBedWeeks: Double?, acuteTransferBedWeeks: Double?,
                netByRegion: [Double]?, waitingByRegion: [Double]?) {
        self.draw = draw
        self.status = status
        self.objective = objective
        self.gainVsStatusQuo = gainVsStatusQuo
        self.finalWaiting = finalWaiting
        self.finalWaitingOverGuarantee = finalWaitingOverGuarantee
        self.overloadBedWeeks = overloadBedWeeks
        self.acuteTransferBedWeeks = acuteTransferBedWeeks
        self.netByRegion = netByRegion
        self.waitingByRegion = waitingByRegion
    }

    /// The row of a plan (and its status quo, when solved).
    public init(draw: Int, plan: SummerOutcome, statusQuo: SummerOutcome?) {
        guard plan.status == .optimal, let objective = plan.objective else {
            self.init(draw: draw, status: plan.status.rawValue, objective: nil, gainVsStatusQuo: nil, finalWaiting: nil,
                      finalWaitingOverGuarantee: nil, overloadBedWeeks: nil, acuteTransferBedWeeks: nil, netByRegion: nil, waitingByRegion: nil)
            return
        }
        var gain: Double?
        if let sq = statusQuo, sq.status == .optimal, let sqObjective = sq.objective { gain = sqObjective - objective }
        self.init(draw: draw, status: plan.status.rawValue, objective: objective, gainVsStatusQuo: gain, finalWaiting: plan.finalWaiting,
                  finalWaitingOverGuarantee: plan.finalWaitingOverGuarantee, overloadBedWeeks: plan.overloadBedWeeks,
                  acuteTransferBedWeeks: plan.acuteTransferBedWeeks, netByRegion: plan.settlement.map(\.net),
                  waitingByRegion: plan.finalWaitingByRegion)
    }
}

/// Runs the Monte Carlo draws of a summer scenario (docs/SPEC.md §10) from its solved base run.
///
/// Per draw: the base data scaled by the draw's factors (``SummerInputs/drawn(_:draw:)``), the
/// plan and (when the base run has one) the status quo built again. A model equal to the base
/// model takes the base solution as it is (zero-width ranges give the base plan exactly).
///
/// With warm starts every draw's model is built with the ranges' ``WardEnvelope``, so that a
/// factor that makes a ward's acute excess appear or vanish does not change the rows: all draws
/// then share one structure and differ only in bounds and right-hand sides. The draws' centre
/// (every factor at its mean) is solved once with that structure, and every draw starts from its
/// basis with the dual simplex, handing that solve to the solver as the previous solve, so that
/// the decomposing solver reuses the blocks the draw leaves unchanged and warm-starts the others.
/// A model whose structure differs all the same is solved cold. Draws go to the solver in chunks through
/// ``LinearSolver/solveAll(_:)``, which shares the solver's threads; models are built in parallel.
public struct SummerDraws: Sendable {
    public let planner: SummerPlanner
    /// How many draws are built and solved together (progress is reported after each chunk).
    public let chunkSize: Int
    /// False solves every draw cold (for measuring what warm starts save).
    public let warmStarts: Bool

    public init(planner: SummerPlanner, chunkSize: Int, warmStarts: Bool = true) {
        self.planner = planner
        self.chunkSize = max(1, chunkSize)
        self.warmStarts = warmStarts
    }

    /// Counts of how the draws' models were started, and where the time went, for run.json.
    public struct Starts: Sendable, Equatable {
        public var reused = 0, warm = 0, cold = 0
        /// Seconds inside GLPK (problem load and simplex), summed over the models and their blocks
        /// across threads: CPU-seconds of solver work, to set against the wall time × threads.
        public var glpkSeconds = 0.0
        /// Wall seconds building the draws' models, and solving them (`solveAll`), summed over chunks.
        public var buildSeconds = 0.0, solveSeconds = 0.0
        /// Centre models solved (0 to 2: the plan's and the status quo's; 0 when they are the base
        /// models themselves or starts are cold), and the wall seconds building and solving them.
        public var centreModels = 0, centreSeconds = 0.0
        public init() {}
    }

    /// What the draws start from: the model a draw's model is compared with (reused when equal,
    /// warm-started when of the same structure), and its solve.
    private struct Start: Sendable {
        let compiled: CompiledModel
        let outcome: SummerOutcome
    }

    /// The rows of `draws` (1-based draw numbers, any order), in the order given, and how their
    /// models were started. `progress(done, total)` is called after each chunk.
    public func run(_ base: SummerRun, settings: UncertaintySettings, draws: [Int],
                    progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws(SummerPlanError) -> ([DrawResult], Starts) {
        let factors = settings.factorPlan
        var rows: [DrawResult] = []
        var starts = Starts()
        rows.reserveCapacity(draws.count)
        var next = 0
        let noRegionWorseOff = base.inputs.settings.noRegionWorseOff && base.statusQuo != nil
        var envelope: WardEnvelope?
        var plan = Start(compiled: base.compiled, outcome: base.plan), statusQuo: Start?
        if !noRegionWorseOff && !draws.isEmpty {
            if warmStarts { envelope = base.inputs.wardEnvelope(of: factors) }
            (plan, statusQuo) = try startingPoint(base, factors: factors, envelope: envelope, starts: &starts)
        }
        progress(0, draws.count)
        while next < draws.count {
            let chunk = Array(draws[next..<min(draws.count, next + chunkSize)])
            let (chunkRows, chunkStarts) = try noRegionWorseOff
                ? runNoRegionWorseOff(base, factors: factors, chunk: chunk)
                : runChunk(base, plan: plan, statusQuo: statusQuo, envelope: envelope, factors: factors, chunk: chunk)
            rows += chunkRows
            starts.reused += chunkStarts.reused
            starts.warm += chunkStarts.warm
            starts.cold += chunkStarts.cold
            starts.glpkSeconds += chunkStarts.glpkSeconds
            starts.buildSeconds += chunkStarts.buildSeconds
            starts.solveSeconds += chunkStarts.solveSeconds
            next += chunk.count
            progress(next, draws.count)
        }
        return (rows, starts)
    }

    /// One model of one draw: its layout, its compiled form, and how it is solved (or the base
    /// result it takes as it is).
    private struct Job: Sendable {
        let model: SummerModel
        let compiled: CompiledModel
        let request: SolveRequest?
        let reused: SolveResult?
    }

    /// The plan and status quo the draws start from (docs/uncertainty.md "Warm starts").
    ///
    /// With warm starts (`envelope` given): the draws' centre, the base data with every factor
    /// at its range's mean (``SummerInputs/centre(of:)``), built with `envelope` and solved once,
    /// cold, both models in one ``LinearSolver/solveAll(_:)`` call. A draw lies nearer the centre
    /// than the base data (a capacity range of 0.85–1.0 has its mean at 0.94, not 1), so the dual
    /// simplex needs about a quarter of the iterations from the centre's basis. When the centre's
    /// model is the base run's own (every range a point at 1), the base run's solves are taken as
    /// they are. Without warm starts: the base run's models, for the reuse check only.
    private func startingPoint(_ base: SummerRun, factors: DrawFactorPlan, envelope: WardEnvelope?, starts: inout Starts)
        throws(SummerPlanError) -> (plan: Start, statusQuo: Start?)
    {
        let begin = ContinuousClock.now
        let centre = envelope == nil ? base.inputs : base.inputs.centre(of: factors)
        let builtPlan = try planner.build(centre, envelope: envelope)
        var plan = Start(compiled: builtPlan.1, outcome: base.plan), statusQuo: Start?
        var toSolve: [(isStatusQuo: Bool, model: SummerModel, compiled: CompiledModel)] = []
        if builtPlan.1.model != base.compiled.model { toSolve.append((false, builtPlan.0, builtPlan.1)) }
        if let outcome = base.statusQuo {
            let builtStatusQuo = try planner.build(centre, routes: .statusQuo, envelope: envelope)
            statusQuo = Start(compiled: builtStatusQuo.1, outcome: outcome)
            // The run keeps the status quo's solve but not its model: build that again to compare.
            if envelope != nil, try planner.build(base.inputs, routes: .statusQuo).1.model != builtStatusQuo.1.model {
                toSolve.append((true, builtStatusQuo.0, builtStatusQuo.1))
            }
        }
        guard !toSolve.isEmpty else { return (plan, statusQuo) }
        let parameters = SummerPlanner.parameters(base.inputs.parameters)
        let solved = planner.solver.solveAll(toSolve.map { SolveRequest($0.compiled, parameters: parameters) })
        for (k, (isStatusQuo, model, compiled)) in toSolve.enumerated() {
            let result: SolveResult
            switch solved[k] {
            case let .success(r): result = r
            case let .failure(error): throw .internalError("the solver refused the draws' centre model: \(error)")
            }
            starts.glpkSeconds += result.decomposition?.summedSeconds ?? result.seconds
            let start = Start(compiled: compiled, outcome: SummerPlanner.outcome(model, result, centre))
            if isStatusQuo { statusQuo = start } else { plan = start }
        }
        starts.centreModels = toSolve.count
        starts.centreSeconds = (ContinuousClock.now - begin).seconds
        return (plan, statusQuo)
    }

    private func job(_ built: (SummerModel, CompiledModel), start: Start, parameters: SolveParameters) -> Job {
        let (model, compiled) = built
        let (baseCompiled, baseOutcome) = (start.compiled, start.outcome)
        if compiled.model == baseCompiled.model, baseOutcome.status == .optimal {
            return Job(model: model, compiled: compiled, request: nil, reused: baseOutcome.result)
        }
        if warmStarts, baseOutcome.status == .optimal, let basis = baseOutcome.result.basis,
           SummerPlanner.sameStructure(baseCompiled, compiled) {
            var warm = parameters
            warm.warmStart = basis
            warm.method = SummerPlanner.warmMethod(from: baseCompiled, to: compiled)
            return Job(model: model, compiled: compiled,
                       request: SolveRequest(compiled, parameters: warm, previous: PreviousSolve(model: baseCompiled, result: baseOutcome.result)),
                       reused: nil)
        }
        return Job(model: model, compiled: compiled, request: SolveRequest(compiled, parameters: parameters), reused: nil)
    }

    private func runChunk(_ base: SummerRun, plan: Start, statusQuo: Start?, envelope: WardEnvelope?, factors: DrawFactorPlan,
                          chunk: [Int]) throws(SummerPlanError) -> ([DrawResult], Starts) {
        let withStatusQuo = base.statusQuo != nil
        let parameters = SummerPlanner.parameters(base.inputs.parameters)
        let perDraw = withStatusQuo ? 2 : 1
        // Build every model of the chunk in parallel: slot 2i is draw i's plan, 2i + 1 its status quo.
        let built = Mutex<[Result<(Job, SummerInputs), SummerPlanError>?]>(Array(repeating: nil, count: chunk.count * perDraw))
        let buildStart = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: chunk.count * perDraw) { slot in
            let draw = chunk[slot / perDraw], isStatusQuo = slot % perDraw == 1
            let inputs = base.inputs.drawn(factors, draw: draw)
            let result = Result { () throws(SummerPlanError) -> (Job, SummerInputs) in
                if isStatusQuo {
                    return (job(try planner.build(inputs, routes: .statusQuo, envelope: envelope), start: statusQuo!, parameters: parameters), inputs)
                }
                return (job(try planner.build(inputs, envelope: envelope), start: plan, parameters: parameters), inputs)
            }
            built.withLock { $0[slot] = result }
        }
        var jobs: [(Job, SummerInputs)] = []
        for result in built.withLock({ $0 }) { jobs.append(try result!.get()) }
        var starts = Starts()
        let solveStart = ContinuousClock.now
        starts.buildSeconds = (solveStart - buildStart).seconds
        for (job, _) in jobs {
            if job.reused != nil { starts.reused += 1 } else if job.request?.previous != nil { starts.warm += 1 } else { starts.cold += 1 }
        }
        let requests = jobs.compactMap(\.0.request)
        let solved = planner.solver.solveAll(requests)
        starts.solveSeconds = (ContinuousClock.now - solveStart).seconds
        for case let .success(r) in solved { starts.glpkSeconds += r.decomposition?.summedSeconds ?? r.seconds }
        var next = 0
        var outcomes: [SummerOutcome] = []
        for (job, inputs) in jobs {
            let result: SolveResult
            if let reused = job.reused {
                result = reused
            } else {
                switch solved[next] {
                case let .success(r): result = r
                case let .failure(error): throw .internalError("the solver refused a draw's summer model: \(error)")
                }
                next += 1
            }
            outcomes.append(SummerPlanner.outcome(job.model, result, inputs))
        }
        let rows = chunk.indices.map { i in
            DrawResult(draw: chunk[i], plan: outcomes[i * perDraw], statusQuo: withStatusQuo ? outcomes[i * perDraw + 1] : nil)
        }
        return (rows, starts)
    }

    /// With `no_region_worse_off` every draw runs the whole procedure of docs/SPEC.md §3.5 cold; a draw
    /// whose status quo is not optimal counts as an unsolved plan (status `not_solved`, docs/SPEC.md §10).
    /// The procedure's time counts as `solve` (its builds and solves interleave); the GLPK seconds
    /// are those of the final plan and status quo.
    private func runNoRegionWorseOff(_ base: SummerRun, factors: DrawFactorPlan, chunk: [Int]) throws(SummerPlanError) -> ([DrawResult], Starts) {
        let rows = Mutex<[Result<DrawResult, SummerPlanError>?]>(Array(repeating: nil, count: chunk.count))
        let glpk = Mutex(0.0)
        let begin = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: chunk.count) { i in
            let inputs = base.inputs.drawn(factors, draw: chunk[i])
            let result = Result { () throws(SummerPlanError) -> DrawResult in
                do throws(SummerPlanError) {
                    let run = try planner.run(inputs)
                    let seconds = [run.plan.result] + (run.statusQuo.map { [$0.result] } ?? [])
                    glpk.withLock { $0 += seconds.reduce(0) { $0 + ($1.decomposition?.summedSeconds ?? $1.seconds) } }
                    return DrawResult(draw: chunk[i], plan: run.plan, statusQuo: run.statusQuo)
                } catch {
                    guard case .invalidScenario = error else { throw error }
                    return DrawResult(draw: chunk[i], status: ReportedStatus.notSolved.rawValue, objective: nil, gainVsStatusQuo: nil,
                                      finalWaiting: nil, finalWaitingOverGuarantee: nil, overloadBedWeeks: nil,
                                      acuteTransferBedWeeks: nil, netByRegion: nil, waitingByRegion: nil)
                }
            }
            rows.withLock { $0[i] = result }
        }
        var out: [DrawResult] = []
        for result in rows.withLock({ $0 }) { out.append(try result!.get()) }
        var starts = Starts()
        starts.cold = chunk.count * 2
        starts.solveSeconds = (ContinuousClock.now - begin).seconds
        starts.glpkSeconds = glpk.withLock { $0 }
        return (out, starts)
    }
}
