import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Conformance: every backend reproduces the hand-solved models")
struct ConformanceTests {
    /// Each grid point × each case of the solver-neutral suite (`Tests/TestSupport/Conformance`).
    /// A case the grid point excludes shows as skipped, with the configuration's reason.
    @Test(arguments: Backend.all, ConformanceSuite.cases)
    func conforms(_ backend: Backend, _ testCase: ConformanceCase) throws {
        let outcome = ConformanceRunner.check(testCase, on: backend.solver, config: backend.config)
        switch outcome.verdict {
        case .passed: break
        case let .skipped(reason): try Test.cancel("\(testCase.name) skipped on \(backend): \(reason)")
        case let .failed(found): Issue.record("\(testCase.note)\n\(found.joined(separator: "\n"))\n\(outcome.log)")
        }
    }

    /// The grid holds GLPK without presolve and with it, for both methods: the two are different
    /// solves (presolve defaults to on, which once made the "presolve" points equal the others).
    @Test func theGridTestsPresolveOnAndOff() {
        let cold = Backend.grid.filter { $0.config.start == .cold }.map(\.config.parameters)
        for method in SimplexMethod.allCases {
            #expect(cold.contains { $0.method == method && !$0.presolve })
            #expect(cold.contains { $0.method == method && $0.presolve })
        }
        #expect(Set(Backend.all.map(\.config.name)).count == Backend.all.count, "every grid point has its own name")
    }

    @Test func invalidParametersAreRejected() throws {
        let model = try LinearModel().compiled()
        #expect(throws: SolverError.self) {
            try GLPKSolver().solve(model, parameters: SolveParameters(timeLimitSeconds: -1))
        }
        #expect(throws: SolverError.self) {
            try GLPKSolver().solve(model, parameters: SolveParameters(mipGap: .nan))
        }
    }

    @Test func versionIsTheLinkedLibrary() {
        #expect(GLPKSolver().version.hasPrefix("5."))
    }

    @Test func logIsCapturedNotPrinted() throws {
        let result = try GLPKSolver().solve(ConformanceSuite.cases[0].model.compiled(), parameters: SolveParameters())
        #expect(result.log.contains("obj ="))
    }
}
