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
}

extension LinearSolver {
    public func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T { try body() }
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
