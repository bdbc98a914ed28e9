import CGLPK
import Foundation
import LinearProgramming
import SamplanSupport

/// The GLPK backend: solves a validated model with GLPK's simplex (and branch and cut for a MIP).
///
/// Each call creates, solves, reads and deletes its own problem object on the calling thread,
/// then frees that thread's GLPK environment; parallel solves on separate threads are safe.
public struct GLPKSolver: LinearSolver {
    /// Solve LPs in exact rational arithmetic (`glp_exact`): slow, used as a test oracle.
    public var exactArithmetic: Bool

    /// A GLPK solver; `exactArithmetic` for rational LP solves (no MIP).
    public init(exactArithmetic: Bool = false) {
        self.exactArithmetic = exactArithmetic
    }

    /// "GLPK", or "GLPK (exact)": written into run.json's `solver` (docs/SPEC.md §5).
    public var name: String { exactArithmetic ? "GLPK (exact)" : "GLPK" }

    /// The linked library's version (`libraryVersion`).
    public var version: String { Self.libraryVersion }

    /// The version of the GLPK library linked in, e.g. "5.0".
    public static var libraryVersion: String {
        GLPKEnvironment.withEnvironment(echo: false) { _ in String(cString: glp_version()) }
    }

    /// Keeps this thread's GLPK environment for the whole of `body`, so that its solves do not
    /// each create and free one; it is freed when `body` returns.
    public func withSession<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try GLPKEnvironment.withEnvironment(echo: false) { (_: GLPKLogCapture) throws(E) -> T in try body() }
    }

    /// Solves `model` (m rows, n columns) with GLPK's simplex, then branch and cut for a MIP;
    /// the result's arrays have the model's shape (docs/solver-layer.md). Every argument is
    /// validated before GLPK sees it, since GLPK aborts the process on a bad one.
    ///
    /// - Throws: `SolverError.invalidParameters` when `parameters` are inconsistent (a negative
    ///   time limit, a warm start of the wrong shape, …); `SolverError.unsupported` for a MIP in
    ///   exact arithmetic. An infeasible or unbounded model is not an error: see `termination`.
    public func solve(_ model: CompiledModel, parameters: SolveParameters) throws(SolverError) -> SolveResult {
        if let problem = parameters.problem { throw .invalidParameters(problem) }
        if exactArithmetic && model.isMixedInteger {
            throw .unsupported("exact arithmetic solves LPs only; this model has \(model.integerColumnCount) integer columns")
        }
        let start = ContinuousClock.now
        let deadline = parameters.timeLimitSeconds.map { start + .milliseconds(Int64(min($0, 1e9) * 1000)) }
        var result = GLPKEnvironment.withEnvironment(echo: parameters.verbose) { log in
            GLPKProblem.with { problem in
                GLPKProblem.load(model, into: problem)
                var run = SolveRun(problem: problem, model: model, parameters: parameters,
                                   exact: exactArithmetic, deadline: deadline)
                var result = run.solve()
                result.log = log.text
                return result
            }
        }
        let elapsed = ContinuousClock.now - start
        result.seconds = elapsed.seconds
        if result.hasSolution {
            let check = ResidualCheck(model: model, primalValues: result.primalValues)
            result.rowActivities = check.rowActivities
            result.maxBoundViolation = check.maxBoundViolation
            result.maxIntegralityViolation = check.maxIntegralityViolation
        }
        return result
    }
}
