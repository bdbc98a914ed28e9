import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("Netlib and MIPLIB instances against their published optima")
struct NetlibTests {
    @Test func fixturesArePresent() {
        #expect(Fixtures.referenceInstances.count >= 50)
    }

    @Test(arguments: Fixtures.referenceInstances)
    func solvesToThePublishedOptimum(_ instance: Fixtures.ReferenceInstance) throws {
        let model = try GLPKModelFile.read(instance.path).compiled()
        #expect((model.integerColumnCount > 0) == instance.isMIP)
        let result = try GLPKSolver().solve(model, parameters: SolveParameters(mipGap: 0))
        if instance.expectInfeasible {
            #expect(result.termination == .infeasible)
            #expect(result.objectiveValue == nil)
            return
        }
        #expect(result.termination == .optimal, "\(result.log.suffix(600))")
        if let expected = instance.objective, let got = result.objectiveValue {
            #expect(approximatelyEqual(got, expected, relative: 1e-6), "\(instance.name): \(got) vs \(expected)")
        }
        #expect(result.maxBoundViolation < 1e-6 * max(1, abs(result.objectiveValue ?? 0)))
        if instance.isMIP { #expect(result.maxIntegralityViolation < 1e-6) }
    }

    /// At an LP optimum the duals certify optimality: reduced costs are c − Aᵀy, and every
    /// non-zero dual or reduced cost sits on an active bound with the sign the sense demands.
    @Test(arguments: Fixtures.referenceInstances.filter { !$0.isMIP && !$0.expectInfeasible })
    func complementarySlackness(_ instance: Fixtures.ReferenceInstance) throws {
        let compiled = try GLPKModelFile.read(instance.path).compiled()
        let result = try GLPKSolver().solve(compiled, parameters: SolveParameters())
        try #require(result.termination == .optimal)
        let violations = DualCertificate.violations(compiled, result)
        #expect(violations.isEmpty, "\(instance.name): \(violations.prefix(5).joined(separator: "; "))")
    }
}
