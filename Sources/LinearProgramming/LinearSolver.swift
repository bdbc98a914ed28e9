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
    public func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T { try body() }

    public func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult {
        try solve(model, parameters: parameters)
    }

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
    public let model: CompiledModel
    public let result: SolveResult

    public init(model: CompiledModel, result: SolveResult) {
        self.model = model
        self.result = result
    }
}

/// One model to solve among several (``LinearSolver/solveAll(_:)``).
public struct SolveRequest: Sendable {
    public let model: CompiledModel
    public let parameters: SolveParameters
    public let previous: PreviousSolve?

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

    public var description: String {
        switch self {
        case let .invalidParameters(text): return "invalid solver parameters: \(text)"
        case let .unsupported(text): return "unsupported by the solver: \(text)"
        }
    }
}
