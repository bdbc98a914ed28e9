import Foundation
import Synchronization
import LinearProgramming
import PlanningData
import Scenario

/// Why a summer plan could not be made.
public enum SummerPlanError: Error, Sendable, CustomStringConvertible {
    /// Prices or own costs the model needs are missing from the data (invalid input).
    case missingPrices(MissingPricesError)
    /// The model failed validation or the solver refused it: a bug, not an input problem.
    case internalError(String)

    public var description: String {
        switch self {
        case let .missingPrices(e): return e.description
        case let .internalError(text): return text
        }
    }
}

/// A whole summer run: the plan, the status quo it is compared with, and how long each part took.
public struct SummerRun: Sendable {
    public let prepared: PreparedSummer
    public let model: SummerModel
    public let compiled: CompiledModel
    public let plan: SummerOutcome
    public let statusQuo: SummerOutcome?
    public let buildSeconds: Double
    public let solveSeconds: Double

    /// objective(status quo) − objective(plan), when both have one.
    public var gainVsStatusQuo: Double? {
        guard let sq = statusQuo?.objective, let plan = plan.objective else { return nil }
        return sq - plan
    }
}

/// Builds and solves a summer scenario and its status quo with a solver handed in from above.
public struct SummerPlanner: Sendable {
    public let solver: any LinearSolver

    public init(solver: any LinearSolver) { self.solver = solver }

    /// The solve parameters of a scenario's `solver` settings. A cold solve uses the dual simplex
    /// (with GLPK's long-step ratio test); a warm start names its own method.
    public static func parameters(_ settings: SolverSettings, warmStart: Basis? = nil, method: SimplexMethod = .dual,
                                  verbose: Bool = false) -> SolveParameters {
        SolveParameters(method: method, presolve: settings.presolve, timeLimitSeconds: settings.timeLimitSeconds,
                        mipGap: settings.mipGap, verbose: verbose, warmStart: warmStart)
    }

    /// Whether `b` has exactly the rows, columns and matrix of `a`, so that a basis of `a` fits it.
    public static func sameStructure(_ a: CompiledModel, _ b: CompiledModel) -> Bool {
        a.rowCount == b.rowCount && a.columnCount == b.columnCount && a.matrix == b.matrix
    }

    /// The simplex method that suits a warm start from `a`'s optimal basis on `b`: when only the
    /// objective changed the basis stays primal feasible (primal simplex); when bounds changed it
    /// stays dual feasible (dual simplex).
    public static func warmMethod(from a: CompiledModel, to b: CompiledModel) -> SimplexMethod {
        let boundsSame = a.model.rowLower == b.model.rowLower && a.model.rowUpper == b.model.rowUpper
            && a.model.columnLower == b.model.columnLower && a.model.columnUpper == b.model.columnUpper
        return boundsSame ? .primal : .dual
    }

    /// Builds and compiles the model of `prepared` (with `routes` for the status quo).
    public func build(_ prepared: PreparedSummer, routes: RoutePolicy? = nil) throws(SummerPlanError) -> (SummerModel, CompiledModel) {
        let model: SummerModel
        do { model = try SummerModelBuilder.build(prepared, routes: routes) } catch { throw .missingPrices(error) }
        do { return (model, try model.model.compiled()) } catch { throw .internalError("the summer model is invalid: \(error)") }
    }

    /// Solves one built model.
    public func solve(_ model: SummerModel, _ compiled: CompiledModel, _ prepared: PreparedSummer,
                      warmStart: Basis? = nil, method: SimplexMethod = .dual, verbose: Bool = false,
                      previous: PreviousSolve? = nil) throws(SummerPlanError) -> SummerOutcome {
        let parameters = Self.parameters(prepared.scenario.solver, warmStart: warmStart, method: method, verbose: verbose)
        let result: SolveResult
        do { result = try solver.solve(compiled, parameters: parameters, reusing: previous) } catch {
            throw .internalError("the solver refused the summer model: \(error)")
        }
        return Self.outcome(model, result, prepared)
    }

    /// The outcome of a solved model.
    static func outcome(_ model: SummerModel, _ result: SolveResult, _ prepared: PreparedSummer) -> SummerOutcome {
        SummerOutcome(model: model, result: result, data: prepared.data, lastWeek: prepared.scenario.weeks.upperBound)
    }

    /// The plan and, unless the scenario says otherwise, the status quo (SPEC §3). The two are
    /// independent LPs, handed to the solver together (``LinearSolver/solveAll(_:)``).
    ///
    /// - Parameter statusQuo: false skips the status quo whatever the scenario says (`compare`, `sweep`).
    public func run(_ prepared: PreparedSummer, statusQuo compareWithStatusQuo: Bool = true, verbose: Bool = false) throws(SummerPlanError) -> SummerRun {
        let scenario = prepared.scenario
        let withStatusQuo = compareWithStatusQuo && scenario.compareStatusQuo && scenario.routes != .statusQuo
        let buildStart = ContinuousClock.now
        let (model, compiled) = try build(prepared)
        let statusQuoModel = withStatusQuo ? try build(prepared, routes: .statusQuo) : nil
        let buildTime = ContinuousClock.now - buildStart

        let solveStart = ContinuousClock.now
        // Both models go to the solver in one call, so that a solver with a thread pool (the
        // decomposing solver) shares it between them.
        let jobs: [(SummerModel, CompiledModel)] = [(model, compiled)] + (statusQuoModel.map { [$0] } ?? [])
        let parameters = Self.parameters(scenario.solver, verbose: verbose)
        let solved = solver.solveAll(jobs.map { SolveRequest($0.1, parameters: parameters) })
        let solveTime = ContinuousClock.now - solveStart
        let outcomes = try solved.indices.map { k throws(SummerPlanError) -> SummerOutcome in
            switch solved[k] {
            case let .success(result):
                return Self.outcome(jobs[k].0, result, prepared)
            case let .failure(error):
                throw .internalError("the solver refused the summer model: \(error)")
            }
        }
        let plan = outcomes[0]
        let statusQuo = outcomes.count > 1 ? outcomes[1] : nil
        return SummerRun(prepared: prepared, model: model, compiled: compiled, plan: plan, statusQuo: statusQuo,
                         buildSeconds: buildTime.seconds, solveSeconds: solveTime.seconds)
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
