import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Conformance: every backend reproduces the hand-solved models")
struct ConformanceTests {
    @Test(arguments: Backend.all, ConformanceSuite.cases)
    func conforms(_ backend: Backend, _ testCase: ConformanceCase) throws {
        if backend.solver.exactArithmetic && testCase.isMIP {
            #expect(throws: SolverError.self) { try backend.solve(testCase.model) }
            return
        }
        let result = try backend.solve(testCase.model)
        let mismatches = testCase.mismatches(in: result)
        #expect(mismatches.isEmpty, "\(testCase.note)\n\(mismatches.joined(separator: "\n"))\n\(result.log)")
    }

    @Test(arguments: Backend.all)
    func timeLimitStopsAHardMIPHonestly(_ backend: Backend) throws {
        guard !backend.solver.exactArithmetic else { return }
        var parameters = backend.parameters
        parameters.timeLimitSeconds = 0.3
        let result = try backend.solver.solve(ConformanceSuite.hardMIP().compiled(), parameters: parameters)
        #expect(result.termination == .timeLimit)
        #expect(result.reportedStatus == .timeLimit)
        if result.hasSolution {
            // An incumbent is honest only when it is feasible and not claimed optimal.
            #expect(result.maxBoundViolation < 1e-6)
            #expect(result.maxIntegralityViolation < 1e-6)
            #expect(result.objectiveValue != nil)
        } else {
            #expect(result.objectiveValue == nil)
        }
        #expect(result.seconds < 30)
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
