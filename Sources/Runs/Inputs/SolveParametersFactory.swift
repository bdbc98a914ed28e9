import LinearProgramming
import Scenario

extension SolverSettings {
    /// The solve parameters of a scenario's `solver` block (docs/SPEC.md §5): its time limit (seconds),
    /// MIP gap and presolve switch, the dual simplex (with GLPK's long-step ratio test), no warm
    /// start, no log echo. The one place a scenario's settings become `SolveParameters`; the
    /// planners change only the method, the warm start and the log echo per solve (and the
    /// level-structuring proposal LPs switch presolve off).
    public var solveParameters: SolveParameters {
        SolveParameters(method: .dual, presolve: presolve, timeLimitSeconds: timeLimitSeconds, mipGap: mipGap)
    }
}
