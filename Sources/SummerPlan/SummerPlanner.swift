import Foundation
import Synchronization
import LinearProgramming
import PlanningData
import SamplanSupport

/// Why a summer plan could not be made.
public enum SummerPlanError: Error, Sendable, CustomStringConvertible {
    /// Prices or own costs the model needs are missing from the data (invalid input).
    case missingPrices(MissingPricesError)
    /// The model failed validation or the solver refused it: a bug, not an input problem.
    case internalError(String)
    /// The scenario cannot be planned as asked (invalid input), e.g. `no_region_worse_off` with a
    /// status quo that is not solved to optimality.
    case invalidScenario(String)

    /// The message, as printed after `error: `.
    public var description: String {
        switch self {
        case let .missingPrices(e): return e.description
        case let .internalError(text): return text
        case let .invalidScenario(text): return text
        }
    }
}

/// A whole summer run: the plan, the status quo it is compared with, and how long each part took.
public struct SummerRun: Sendable {
    /// What the run was made from.
    public let inputs: SummerInputs
    /// The plan's model, with its layout.
    public let model: SummerModel
    /// The plan's model as solved.
    public let compiled: CompiledModel
    /// The plan.
    public let plan: SummerOutcome
    /// The status quo (today's routes), when solved.
    public let statusQuo: SummerOutcome?
    /// Wall time building the models, seconds.
    public let buildSeconds: Double
    /// Wall time solving them, seconds.
    public let solveSeconds: Double

    /// objective(status quo) − objective(plan), when both have one.
    /// Null unless both the plan and the status quo are optimal (docs/SPEC.md §9 v2).
    public var gainVsStatusQuo: Double? {
        guard let sq = statusQuo, sq.status == .optimal, plan.status == .optimal,
              let sqObjective = sq.objective, let planObjective = plan.objective else { return nil }
        return sqObjective - planObjective
    }

    /// The no-region-worse-off bounds the plan was solved under (empty without the option).
    public var waitingBounds: SummerModelBuilder.WaitingBounds = [:]

    /// A run put together from its parts (the planner, `compare` and the draws make them).
    public init(inputs: SummerInputs, model: SummerModel, compiled: CompiledModel, plan: SummerOutcome, statusQuo: SummerOutcome?,
                buildSeconds: Double, solveSeconds: Double, waitingBounds: SummerModelBuilder.WaitingBounds = [:]) {
        self.inputs = inputs
        self.model = model
        self.compiled = compiled
        self.plan = plan
        self.statusQuo = statusQuo
        self.buildSeconds = buildSeconds
        self.solveSeconds = solveSeconds
        self.waitingBounds = waitingBounds
    }

    /// The per-region account (docs/SPEC.md §3.4 v2), one row per region in data-set order.
    public var regionAccounts: [RegionAccount] {
        let d = inputs.data
        let bothOptimal = gainVsStatusQuo != nil
        return d.regions.indices.map { r in
            let sq = bothOptimal ? statusQuo : nil
            return RegionAccount(
                region: r, cost: plan.costs == nil ? nil : plan.costsByRegion[r].total, costStatusQuo: sq.map { $0.costsByRegion[r].total },
                finalWaiting: plan.costs == nil ? nil : plan.finalWaitingByRegion[r], finalWaitingStatusQuo: sq.map { $0.finalWaitingByRegion[r] },
                overGuarantee: plan.costs == nil ? nil : plan.finalOverGuaranteeByRegion[r],
                overGuaranteeStatusQuo: sq.map { $0.finalOverGuaranteeByRegion[r] },
                net: plan.costs == nil ? nil : plan.settlement[r].net, netStatusQuo: sq.map { $0.settlement[r].net })
        }
    }
}

/// One row of regions.csv: what a region's part of the objective is in the plan and in the
/// status quo, its final waiting list and settlement (docs/SPEC.md §3.4, §7 v2). Status-quo values are
/// nil unless both are optimal.
public struct RegionAccount: Sendable {
    /// Index into the data set's regions.
    public let region: Int
    /// The region's part of the objective, SEK.
    public let cost: Double?, costStatusQuo: Double?
    /// Patients waiting at the end.
    public let finalWaiting: Double?, finalWaitingStatusQuo: Double?
    /// Of them, those over the guarantee.
    public let overGuarantee: Double?, overGuaranteeStatusQuo: Double?
    /// Settlement net, SEK.
    public let net: Double?, netStatusQuo: Double?
    /// Status-quo cost less plan cost.
    public var gain: Double? { costStatusQuo.flatMap { sq in cost.map { sq - $0 } } }
}

/// Builds and solves a summer scenario and its status quo with a solver handed in from above.
public struct SummerPlanner: Sendable {
    /// The solver every model goes to.
    public let solver: any LinearSolver

    /// A planner solving with `solver`.
    public init(solver: any LinearSolver) { self.solver = solver }

    /// The run's parameters for one solve: a cold solve uses the dual simplex (with GLPK's
    /// long-step ratio test); a warm start names its own method. Only the method, the warm
    /// start and the log echo change; time limit, gap and presolve stay the run's.
    public static func parameters(_ base: SolveParameters, warmStart: Basis? = nil, method: SimplexMethod = .dual,
                                  verbose: Bool = false) -> SolveParameters {
        var parameters = base
        parameters.method = method
        parameters.warmStart = warmStart
        parameters.verbose = verbose
        return parameters
    }

    /// Whether `later` has exactly the rows, columns and matrix of `earlier`, so that a basis of
    /// `earlier` fits it.
    public static func sameStructure(_ earlier: CompiledModel, _ later: CompiledModel) -> Bool {
        earlier.rowCount == later.rowCount && earlier.columnCount == later.columnCount && earlier.matrix == later.matrix
    }

    /// The simplex method that suits a warm start from `earlier`'s optimal basis on `later`: when
    /// only the objective changed the basis stays primal feasible (primal simplex); when bounds
    /// changed it stays dual feasible (dual simplex).
    public static func warmMethod(from earlier: CompiledModel, to later: CompiledModel) -> SimplexMethod {
        let (a, b) = (earlier.model, later.model)
        let boundsSame = a.rowLower == b.rowLower && a.rowUpper == b.rowUpper
            && a.columnLower == b.columnLower && a.columnUpper == b.columnUpper
        return boundsSame ? .primal : .dual
    }

    /// Builds and compiles the model of `inputs` (with `routes` for the status quo; with the
    /// draws' `envelope` when given).
    ///
    /// - Throws: ``SummerPlanError/missingPrices(_:)`` when a route or transfer lacks a price or
    ///   own cost; ``SummerPlanError/internalError(_:)`` when the model fails validation.
    public func build(_ inputs: SummerInputs, routes: RoutePolicy? = nil, envelope: WardEnvelope? = nil) throws(SummerPlanError) -> (SummerModel, CompiledModel) {
        let model: SummerModel
        do { model = try SummerModelBuilder.build(inputs, routes: routes, envelope: envelope) } catch { throw .missingPrices(error) }
        do { return (model, try model.model.compiled()) } catch { throw .internalError("the summer model is invalid: \(error)") }
    }

    /// Solves one built model with the run's parameters (warm from `warmStart` with `method`
    /// when given; `previous` lets a decomposing solver reuse unchanged blocks).
    ///
    /// - Throws: ``SummerPlanError/internalError(_:)`` when the solver refuses the model.
    public func solve(_ model: SummerModel, _ compiled: CompiledModel, _ inputs: SummerInputs,
                      warmStart: Basis? = nil, method: SimplexMethod = .dual, verbose: Bool = false,
                      previous: PreviousSolve? = nil) throws(SummerPlanError) -> SummerOutcome {
        let parameters = Self.parameters(inputs.parameters, warmStart: warmStart, method: method, verbose: verbose)
        let result: SolveResult
        do { result = try solver.solve(compiled, parameters: parameters, reusing: previous) } catch {
            throw .internalError("the solver refused the summer model: \(error)")
        }
        return Self.outcome(model, result, inputs)
    }

    /// The outcome of a solved model.
    static func outcome(_ model: SummerModel, _ result: SolveResult, _ inputs: SummerInputs) -> SummerOutcome {
        SummerOutcome(model: model, result: result, data: inputs.data)
    }

    /// The plan and, unless the scenario says otherwise, the status quo (docs/SPEC.md §3). The two are
    /// independent LPs, handed to the solver together (``LinearSolver/solveAll(_:)``).
    ///
    /// - Parameter statusQuo: false skips the status quo whatever the scenario says (`compare`, `sweep`).
    /// - Throws: ``SummerPlanError/missingPrices(_:)`` (invalid input);
    ///   ``SummerPlanError/invalidScenario(_:)`` when `no_region_worse_off` meets a status quo that
    ///   is not optimal; ``SummerPlanError/internalError(_:)`` when a model is invalid or refused.
    public func run(_ inputs: SummerInputs, statusQuo compareWithStatusQuo: Bool = true, verbose: Bool = false) throws(SummerPlanError) -> SummerRun {
        let settings = inputs.settings
        let withStatusQuo = compareWithStatusQuo && settings.compareStatusQuo && settings.routes != .statusQuo
        if settings.noRegionWorseOff && withStatusQuo { return try runNoRegionWorseOff(inputs, verbose: verbose) }
        let buildStart = ContinuousClock.now
        let (model, compiled) = try build(inputs)
        let statusQuoModel = withStatusQuo ? try build(inputs, routes: .statusQuo) : nil
        let buildTime = ContinuousClock.now - buildStart

        let solveStart = ContinuousClock.now
        // Both models go to the solver in one call, so that a solver with a thread pool (the
        // decomposing solver) shares it between them.
        let jobs: [(SummerModel, CompiledModel)] = [(model, compiled)] + (statusQuoModel.map { [$0] } ?? [])
        let parameters = Self.parameters(inputs.parameters, verbose: verbose)
        let solved = solver.solveAll(jobs.map { SolveRequest($0.1, parameters: parameters) })
        let solveTime = ContinuousClock.now - solveStart
        let outcomes = try solved.indices.map { k throws(SummerPlanError) -> SummerOutcome in
            switch solved[k] {
            case let .success(result):
                return Self.outcome(jobs[k].0, result, inputs)
            case let .failure(error):
                throw .internalError("the solver refused the summer model: \(error)")
            }
        }
        let plan = outcomes[0]
        let statusQuo = outcomes.count > 1 ? outcomes[1] : nil
        return SummerRun(inputs: inputs, model: model, compiled: compiled, plan: plan, statusQuo: statusQuo,
                         buildSeconds: buildTime.seconds, solveSeconds: solveTime.seconds)
    }

    /// `no_region_worse_off` (docs/SPEC.md §3.5): the status quo first, then the largest final waiting
    /// and over-guarantee waiting of each (region, specialty) over its optimal solutions, then
    /// the plan bounded by them.
    func runNoRegionWorseOff(_ inputs: SummerInputs, verbose: Bool) throws(SummerPlanError) -> SummerRun {
        let buildStart = ContinuousClock.now
        let (sqModel, sqCompiled) = try build(inputs, routes: .statusQuo)
        var buildTime = ContinuousClock.now - buildStart
        let solveStart = ContinuousClock.now
        let statusQuo = try solve(sqModel, sqCompiled, inputs, verbose: verbose)
        guard statusQuo.status == .optimal, let zStar = statusQuo.objective else {
            throw .invalidScenario("no_region_worse_off: the status quo must be solved to optimality, but its status is \(statusQuo.status.rawValue)")
        }
        let bounds = try largestStatusQuoWaiting(inputs, statusQuo: statusQuo, objective: zStar)
        let planBuild = ContinuousClock.now
        let model: SummerModel
        do { model = try SummerModelBuilder.build(inputs, bounds: bounds) } catch { throw .missingPrices(error) }
        let compiled: CompiledModel
        do { compiled = try model.model.compiled() } catch { throw .internalError("the summer model is invalid: \(error)") }
        buildTime += ContinuousClock.now - planBuild
        let plan = try solve(model, compiled, inputs, verbose: verbose)
        return SummerRun(inputs: inputs, model: model, compiled: compiled, plan: plan, statusQuo: statusQuo,
                         buildSeconds: buildTime.seconds, solveSeconds: (ContinuousClock.now - solveStart).seconds, waitingBounds: bounds)
    }

    /// Q_sq(R, s) and G_sq(R, s), each plus 1e-6 · max(1, value): per specialty block, the status
    /// quo is held at its block optimum plus 1e-9 · max(1, |z*|) and each final figure maximised
    /// in turn (warm-started from the block's optimal basis).
    func largestStatusQuoWaiting(_ inputs: SummerInputs, statusQuo: SummerOutcome, objective zStar: Double)
        throws(SummerPlanError) -> SummerModelBuilder.WaitingBounds
    {
        let slack = 1e-9 * max(1, abs(zStar))
        var bounds: SummerModelBuilder.WaitingBounds = [:]
        let specialties = Set(inputs.data.demand.keys.map(\.specialty)).union(inputs.data.backlog.keys.map(\.specialty)).sorted()
        for s in specialties {
            var block: SummerModel
            do { block = try SummerModelBuilder.build(inputs, routes: .statusQuo, specialties: [s]) } catch { throw .missingPrices(error) }
            let regions = Set(block.layout.queueKeys.map(\.region)).sorted()
            guard !regions.isEmpty else { continue }
            // The objective row c·x, free at first, then held at the block's optimum.
            let costs = block.model.objective
            let objectiveRow = block.model.addRow(lower: -.infinity, upper: .infinity)
            for (column, c) in costs.enumerated() where c != 0 { block.model.addCoefficient(row: objectiveRow, column: column, value: c) }
            var compiled: CompiledModel
            do { compiled = try block.model.compiled() } catch { throw .internalError("the status-quo block is invalid: \(error)") }
            let first = try solve(block, compiled, inputs)
            guard first.status == .optimal, let blockOptimum = first.result.objectiveValue else {
                throw .invalidScenario("no_region_worse_off: the status quo of \(inputs.data.specialties[s].id) is \(first.status.rawValue)")
            }
            block.model.setRowBounds(objectiveRow, lower: -.infinity, upper: blockOptimum + slack)
            var basis = first.result.basis
            for r in regions {
                for overGuarantee in [false, true] {
                    for column in costs.indices { block.model.setObjective(column: column, to: 0) }
                    for key in block.layout.queueKeys where key.region == r {
                        for q in block.finalQueueColumns(key, overGuarantee: overGuarantee) { block.model.setObjective(column: q, to: -1) }
                    }
                    do { compiled = try block.model.compiled() } catch { throw .internalError("the status-quo block is invalid: \(error)") }
                    let parameters = Self.parameters(inputs.parameters, warmStart: basis, method: .primal)
                    let result: SolveResult
                    do { result = try solver.solve(compiled, parameters: parameters) } catch { throw .internalError("the solver refused the status-quo block: \(error)") }
                    guard result.reportedStatus == .optimal, let value = result.objectiveValue else {
                        throw .invalidScenario("no_region_worse_off: re-solving the status quo of \(inputs.data.specialties[s].id) gave \(result.reportedStatus.rawValue)")
                    }
                    basis = result.basis ?? basis
                    let largest = max(0, -value)
                    bounds[RegionSpecialtyBound(region: r, specialty: s, overGuarantee: overGuarantee)] = largest + 1e-6 * max(1, largest)
                }
            }
        }
        _ = statusQuo
        return bounds
    }
}

