import Dispatch
import Synchronization

/// A solver backend: takes a validated model and returns a result. Every backend passes the
/// same conformance suite (`Tests/TestSupport`).
public protocol LinearSolver: Sendable {
    /// The solver's name, for `run.json`.
    var name: String { get }
    /// The solver library's version, for `run.json`.
    var version: String { get }
    /// Solves `model`.
    ///
    /// A backend never traps on a model or parameters: it throws ``SolverError`` for what it
    /// cannot pass on, and reports everything else through the result's statuses.
    func solve(_ model: CompiledModel, parameters: SolveParameters) throws(SolverError) -> SolveResult

    /// Runs `body`, which makes many solves on the calling thread, in one solver session: a
    /// backend with per-thread state sets it up once instead of once per solve.
    func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T

    /// Solves `model` knowing an earlier solve of a similar model. A backend may reuse or warm
    /// start from it; the default ignores it (a warm start is still taken from `parameters`).
    func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult

    /// Solves several independent models, results in the order of `requests`. The default
    /// solves them at once, one thread each; a backend with a thread pool may share it among them.
    func solveAll(_ requests: [SolveRequest]) -> [Result<SolveResult, SolverError>]
}

extension LinearSolver {
    /// By default, no session: `body` runs as it is.
    public func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T { try body() }

    /// By default, `previous` is ignored and the model solved afresh.
    ///
    /// - Throws: ``SolverError`` as ``solve(_:parameters:)`` throws it.
    public func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult {
        try solve(model, parameters: parameters)
    }

    /// By default, every request on its own thread, each result (or error) at its request's index.
    public func solveAll(_ requests: [SolveRequest]) -> [Result<SolveResult, SolverError>] {
        let results = Mutex<[Result<SolveResult, SolverError>?]>(Array(repeating: nil, count: requests.count))
        DispatchQueue.concurrentPerform(iterations: requests.count) { k in
            let r = requests[k]
            let result = Result { () throws(SolverError) -> SolveResult in
                try solve(r.model, parameters: r.parameters, reusing: r.previous)
            }
            results.withLock { $0[k] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}

/// An earlier solve of a model, offered to the next solve of a similar one (a sweep's next
/// factor, a comparison's second scenario).
public struct PreviousSolve: Sendable {
    /// The model that was solved.
    public let model: CompiledModel
    /// What its solve gave (arrays of `model`'s shape).
    public let result: SolveResult

    /// The solve of `model` that gave `result`.
    public init(model: CompiledModel, result: SolveResult) {
        self.model = model
        self.result = result
    }
}

/// One model to solve among several (``LinearSolver/solveAll(_:)``).
public struct SolveRequest: Sendable {
    /// The model to solve.
    public let model: CompiledModel
    /// How to solve it.
    public let parameters: SolveParameters
    /// An earlier solve of a similar model to reuse or warm-start from, if any.
    public let previous: PreviousSolve?

    /// A request to solve `model` with `parameters`, optionally after `previous`.
    public init(_ model: CompiledModel, parameters: SolveParameters, previous: PreviousSolve? = nil) {
        self.model = model
        self.parameters = parameters
        self.previous = previous
    }
}

/// Why a backend refused to solve.
public enum SolverError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The parameters are out of range.
    case invalidParameters(String)
    /// The model cannot be passed to this backend (beyond what ``ModelValidator`` checks).
    case unsupported(String)

    /// "invalid solver parameters: …" or "unsupported by the solver: …".
    public var description: String {
        switch self {
        case let .invalidParameters(text): return "invalid solver parameters: \(text)"
        case let .unsupported(text): return "unsupported by the solver: \(text)"
        }
    }
}
