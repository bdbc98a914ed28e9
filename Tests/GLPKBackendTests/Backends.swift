import GLPKBackend
import LinearProgramming
import TestSupport

/// A solver configuration under test: the conformance suite runs on every one.
struct Backend: Sendable, CustomStringConvertible {
    let solver: any LinearSolver
    let config: ConformanceConfig

    var description: String { config.name }

    /// GLPK's exact simplex (`glp_exact`) solves LPs only; the backend refuses a MIP.
    static let exactRefusesMIP = ConformanceExclusion.refuses(reason: "GLPK's exact simplex solves LPs only; the backend throws for a MIP")

    /// The grid, every point named: simplex method × presolve on/off, cold; method × warm start
    /// (a warm start turns presolve off, so warm points are presolve off); one unscaled point;
    /// the exact simplex. Presolve is set explicitly at every point: it defaults to on in
    /// `SolveParameters`, and a grid that left it unset never tested GLPK without presolve.
    static let grid: [Backend] = {
        var points: [Backend] = []
        for method in SimplexMethod.allCases {
            for presolve in [false, true] {
                let parameters = SolveParameters(method: method, presolve: presolve)
                points.append(Backend(solver: GLPKSolver(), config: ConformanceConfig(
                    "GLPK \(method), presolve \(presolve ? "on" : "off"), cold", parameters: parameters)))
            }
            points.append(Backend(solver: GLPKSolver(), config: ConformanceConfig(
                "GLPK \(method), presolve off, warm", parameters: SolveParameters(method: method, presolve: false), start: .warm)))
        }
        points.append(Backend(solver: GLPKSolver(), config: ConformanceConfig(
            "GLPK dual, presolve off, unscaled, cold", parameters: SolveParameters(method: .dual, presolve: false, scaling: false))))
        points.append(Backend(solver: GLPKSolver(exactArithmetic: true), config: ConformanceConfig(
            "GLPK exact, presolve off, cold", parameters: SolveParameters(presolve: false)).excluding(.integer, exactRefusesMIP)))
        return points
    }()

    /// The decomposing solver over GLPK on two threads: it must conform like its backend.
    static let decomposing: [Backend] = [false, true].map { presolve in
        Backend(solver: DecomposingSolver(backend: GLPKSolver(), jobs: 2), config: ConformanceConfig(
            "decomposing GLPK ×2, dual, presolve \(presolve ? "on" : "off"), cold", parameters: SolveParameters(method: .dual, presolve: presolve)))
    }

    /// Every point: GLPK's grid and the decomposing solver.
    static let all: [Backend] = grid + decomposing

    func solve(_ model: LinearModel) throws -> SolveResult {
        try solver.solve(model.compiled(), parameters: config.parameters)
    }
}
