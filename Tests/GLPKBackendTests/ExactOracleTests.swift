import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Random LPs against GLPK's exact rational simplex")
struct ExactOracleTests {
    static let seeds: [UInt64] = Array(1...400)

    /// Every configuration agrees with `glp_exact` on the status and, when optimal, the objective.
    @Test(arguments: seeds)
    func agreesWithExactArithmetic(_ seed: UInt64) throws {
        let model = try RandomLP.make(seed: seed).compiled()
        let oracle = try GLPKSolver(exactArithmetic: true).solve(model, parameters: SolveParameters())
        let configurations = [
            SolveParameters(method: .primal), SolveParameters(method: .dual),
            SolveParameters(method: seed % 2 == 0 ? .primal : .dual, presolve: true),
        ]
        for parameters in configurations {
            let result = try GLPKSolver().solve(model, parameters: parameters)
            #expect(Self.sameClass(result.termination, oracle.termination),
                    "seed \(seed) \(parameters.method) presolve \(parameters.presolve): \(result.termination) vs exact \(oracle.termination) \(result.notes)")
            if oracle.termination == .optimal, let exact = oracle.objectiveValue, let got = result.objectiveValue {
                #expect(approximatelyEqual(got, exact, relative: 1e-9), "seed \(seed): \(got) vs exact \(exact)")
                #expect(result.maxBoundViolation < 1e-9)
            }
        }
    }

    /// A model that is infeasible may also lack a bounded dual; a solver may then say either.
    static func sameClass(_ a: TerminationStatus, _ b: TerminationStatus) -> Bool {
        if a == b { return true }
        let unsure: Set<TerminationStatus> = [.infeasible, .unbounded, .infeasibleOrUnbounded]
        return unsure.contains(a) && unsure.contains(b) && (a == .infeasibleOrUnbounded || b == .infeasibleOrUnbounded)
    }

    @Test func theDrawCoversEveryOutcome() throws {
        var outcomes: Set<TerminationStatus> = []
        for seed in Self.seeds {
            outcomes.insert(try GLPKSolver(exactArithmetic: true).solve(RandomLP.make(seed: seed).compiled(), parameters: SolveParameters()).termination)
        }
        #expect(outcomes.isSuperset(of: [.optimal, .infeasible, .unbounded]))
    }
}
