import LinearProgramming

/// A solver that asks `isCancelled` before every solve (every block of a decomposed model, every
/// draw, proposal and factor) and refuses to start one once it is true. The planner then fails
/// with an error of its own, which the job turns into `CancellationError` because the flag is
/// set (`RunControl.solving`).
struct CancellableSolver<Base: LinearSolver>: LinearSolver {
    let base: Base
    let isCancelled: @Sendable () -> Bool

    var name: String { base.name }
    var version: String { base.version }

    func solve(_ model: CompiledModel, parameters: SolveParameters) throws(SolverError) -> SolveResult {
        if isCancelled() { throw .unsupported("the run was cancelled") }
        return try base.solve(model, parameters: parameters)
    }

    func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult {
        if isCancelled() { throw .unsupported("the run was cancelled") }
        return try base.solve(model, parameters: parameters, reusing: previous)
    }

    func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try base.withSession(body)
    }
}

extension RunControl {
    /// Runs a planner's `body`; when it fails after the job was cancelled, the failure is the
    /// cancellation (the planner's own error only says a solve was refused).
    func solving<T>(_ body: () throws -> T) throws -> T {
        do {
            let value = try body()
            try checkCancellation()
            return value
        } catch {
            try checkCancellation()
            throw error
        }
    }
}
