import LinearProgramming
import Synchronization

/// A ``LinearSolver`` that answers from a script instead of solving, and records every call: for
/// testing what the planners do with each status and which parameters and warm starts they pass,
/// without GLPK. Thread-safe (the planners solve on several threads).
public final class MockSolver: LinearSolver, Sendable {
    /// One solve the planner asked for.
    public struct Call: Sendable {
        public let model: CompiledModel
        public let parameters: SolveParameters
        /// The earlier solve offered for reuse (``LinearSolver/solve(_:parameters:reusing:)``), if any.
        public let previous: PreviousSolve?
    }

    /// A scripted answer: made from the model asked about, so that value arrays fit its shape.
    public struct Reply: Sendable {
        let make: @Sendable (CompiledModel) -> Result<SolveResult, SolverError>

        public init(_ make: @escaping @Sendable (CompiledModel) -> Result<SolveResult, SolverError>) { self.make = make }

        /// Optimal at every column's lower bound (0 when it has none), zero duals, a basis of
        /// slack rows, iterations as given. The objective is c·x plus the constant.
        public static func optimal(iterations: Int = 1) -> Reply { point(.optimal, .feasiblePoint, iterations: iterations) }

        /// Stopped at the time limit holding a feasible point (the lower-bound point, no duals).
        public static let timeLimitWithPoint = point(.timeLimit, .feasiblePoint, duals: false)

        /// Stopped without a point: infeasible, unbounded, a time limit with nothing found, a numerical failure.
        public static func noPoint(_ termination: TerminationStatus) -> Reply {
            Reply { _ in .success(SolveResult(termination: termination, primalStatus: .noSolution, dualStatus: .noSolution)) }
        }

        /// The solver refuses (``SolverError``).
        public static func refusal(_ error: SolverError) -> Reply { Reply { _ in .failure(error) } }

        /// The given result as it is (the caller sizes its arrays).
        public static func result(_ result: SolveResult) -> Reply { Reply { _ in .success(result) } }

        static func point(_ termination: TerminationStatus, _ primal: ResultStatus, duals: Bool = true, iterations: Int = 1) -> Reply {
            Reply { compiled in
                let model = compiled.model
                let x = model.columnLower.map { $0.isFinite ? $0 : 0 }
                let objective = compiled.objectiveValue(of: x)
                let basis = Basis(rows: Array(repeating: .basic, count: compiled.rowCount),
                                  columns: model.columnLower.map { $0.isFinite ? .atLower : .free })
                return .success(SolveResult(
                    termination: termination, primalStatus: primal, dualStatus: duals ? .feasiblePoint : .noSolution,
                    objectiveValue: objective, primalValues: x, rowActivities: compiled.matrix.multiply(x),
                    rowDuals: duals ? Array(repeating: 0, count: compiled.rowCount) : [],
                    reducedCosts: duals ? model.objective : [], basis: duals ? basis : nil, iterations: iterations))
            }
        }
    }

    private let script: @Sendable (Int, CompiledModel) -> Reply
    private let recorded = Mutex<[Call]>([])

    /// Answers call k (0-based, in the order calls arrive) with `script(k, model)`.
    public init(script: @escaping @Sendable (_ call: Int, _ model: CompiledModel) -> Reply) { self.script = script }

    /// Answers the calls with `replies` in turn, the last one for every call after.
    public convenience init(_ replies: [Reply]) {
        precondition(!replies.isEmpty, "a mock solver needs at least one reply")
        self.init { call, _ in replies[min(call, replies.count - 1)] }
    }

    /// Answers every call with `reply`.
    public convenience init(always reply: Reply) { self.init([reply]) }

    public var name: String { "mock" }
    public var version: String { "0" }

    /// Every call so far, in arrival order.
    public var calls: [Call] { recorded.withLock { $0 } }

    public func solve(_ model: CompiledModel, parameters: SolveParameters) throws(SolverError) -> SolveResult {
        try solve(model, parameters: parameters, reusing: nil)
    }

    public func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult {
        let k = recorded.withLock { calls in
            calls.append(Call(model: model, parameters: parameters, previous: previous))
            return calls.count - 1
        }
        return try script(k, model).make(model).get()
    }
}
