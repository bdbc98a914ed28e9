import LinearProgramming
import TestSupport
import Testing

/// The conformance runner itself, on scripted solvers: it must catch wrong answers, skip and
/// check exclusions as configured, and select cases by name.
@Suite("Conformance runner")
struct ConformanceRunnerTests {
    static let lowerBounds = ConformanceRunner.selected(include: ["lower bounds"])

    /// The hand-solved answer of "lower bounds" (min x + 2y, x + y ≥ 2), with `rowDual` as the row's dual.
    static func answer(rowDual: Double) -> MockSolver.Reply {
        .result(SolveResult(termination: .optimal, primalStatus: .feasiblePoint, dualStatus: .feasiblePoint, objectiveValue: 2,
                            primalValues: [2, 0], rowActivities: [2], rowDuals: [rowDual], reducedCosts: [1 - rowDual, 2 - rowDual]))
    }

    @Test func theRightAnswerPassesAndAWrongDualFails() throws {
        let config = ConformanceConfig("scripted")
        let right = ConformanceRunner.run(MockSolver(always: Self.answer(rowDual: 1)), config: config, include: ["lower bounds"])
        #expect(right.map(\.verdict) == [.passed])
        let wrong = ConformanceRunner.run(MockSolver(always: Self.answer(rowDual: 0.5)), config: config, include: ["lower bounds"])
        guard case let .failed(found) = try #require(wrong.first).verdict else { Issue.record("a wrong dual passed"); return }
        // Both the comparison with the hand-solved dual and the certificate (d_x = 0.5 > 0 with x basic) catch it.
        #expect(found.contains { $0.hasPrefix("row dual") })
        #expect(found.contains { $0.contains("column 0") })

        // With duals excluded the same wrong dual is not checked.
        let noDuals = config.excluding(.duals, .skipped(reason: "scripted solver has no duals"))
        let unchecked = ConformanceRunner.run(MockSolver(always: Self.answer(rowDual: 0.5)), config: noDuals, include: ["lower bounds"])
        #expect(unchecked.map(\.verdict) == [.passed])
    }

    @Test func aSolverThatAlwaysSaysOptimalFailsTheSuite() {
        let outcomes = ConformanceRunner.run(MockSolver(always: .optimal()), config: ConformanceConfig("always optimal"))
        let failed = Set(outcomes.filter { if case .failed = $0.verdict { true } else { false } }.map(\.caseName))
        #expect(failed.isSuperset(of: ["lower bounds", "infeasible", "unbounded", "time limit on a hard MIP"]))
        #expect(outcomes.count == ConformanceSuite.cases.count)
    }

    @Test func excludedCapabilitiesAreSkippedOrCheckedAsRefused() {
        let mipCases = ConformanceSuite.cases.filter(\.isMIP).map(\.name)
        let skipping = ConformanceConfig("no MIP").excluding(.integer, .skipped(reason: "LP only"))
        let skipped = ConformanceRunner.run(MockSolver(always: .optimal()), config: skipping, include: mipCases)
        #expect(skipped.map(\.verdict) == Array(repeating: .skipped(reason: "LP only"), count: mipCases.count))

        let refusing = ConformanceConfig("refuses MIP").excluding(.integer, .refuses(reason: "LP only"))
        let refused = ConformanceRunner.run(MockSolver(always: .refusal(.unsupported("MIP"))), config: refusing, include: mipCases)
        #expect(refused.allSatisfy { $0.verdict == .passed })
        let answered = ConformanceRunner.run(MockSolver(always: .optimal()), config: refusing, include: mipCases)
        #expect(answered.allSatisfy { $0.verdict != .passed }, "a solver that answers where it should refuse fails")
    }

    @Test func casesAreSelectedByName() {
        #expect(Self.lowerBounds.map(\.name) == ["lower bounds"])
        let withoutIntegers = ConformanceRunner.selected(exclude: ["integer"])
        #expect(!withoutIntegers.contains { $0.name.contains("integer") })
        #expect(withoutIntegers.count < ConformanceSuite.cases.count)
    }

    /// A warm grid point re-solves from the first solve's basis.
    @Test func aWarmStartReSolvesFromTheBasis() {
        let solver = MockSolver(always: .optimal())
        _ = ConformanceRunner.run(solver, config: ConformanceConfig("warm", start: .warm), include: ["lower bounds"])
        let calls = solver.calls
        #expect(calls.count == 2)
        #expect(calls.first?.parameters.warmStart == nil)
        #expect(calls.last?.parameters.warmStart != nil)
    }
}
