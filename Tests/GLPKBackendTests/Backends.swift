import GLPKBackend
import LinearProgramming

/// A backend configuration under test: every conformance case runs on each of these.
struct Backend: Sendable, CustomStringConvertible {
    let description: String
    let solver: GLPKSolver
    let parameters: SolveParameters

    static let all: [Backend] = [
        Backend(description: "GLPK primal", solver: GLPKSolver(), parameters: SolveParameters(method: .primal)),
        Backend(description: "GLPK dual", solver: GLPKSolver(), parameters: SolveParameters(method: .dual)),
        Backend(description: "GLPK primal+presolve", solver: GLPKSolver(), parameters: SolveParameters(method: .primal, presolve: true)),
        Backend(description: "GLPK dual+presolve", solver: GLPKSolver(), parameters: SolveParameters(method: .dual, presolve: true)),
        Backend(description: "GLPK unscaled", solver: GLPKSolver(), parameters: SolveParameters(scaling: false)),
        Backend(description: "GLPK exact", solver: GLPKSolver(exactArithmetic: true), parameters: SolveParameters()),
    ]

    func solve(_ model: LinearModel) throws -> SolveResult {
        try solver.solve(model.compiled(), parameters: parameters)
    }
}
