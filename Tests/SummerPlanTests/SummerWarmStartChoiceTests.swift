import LinearProgramming
import PlanningData
import Scenario
import SummerPlan
import TestSupport
import Testing
import Uncertainty

/// Which warm starts the sweep and the draws hand to the solver, seen through a scripted solver
/// that records every call (no GLPK).
@Suite("Summer warm-start choices against a scripted solver")
struct SummerWarmStartChoiceTests {
    static func inputs(statusQuo: Bool) throws -> SummerInputs { try SummerPlannerMockTests.inputs(statusQuo: statusQuo) }

    static func price(_ inputs: SummerInputs) throws -> PriceSelector {
        try PriceSelector.parse("ortopedi/elective_inpatient", in: inputs.data).get()
    }

    /// Factor 1 cold; 0.8 and 1.2 from factor 1's basis (the nearest solved factor), with the
    /// method `warmMethod` picks: primal, since a price scales only objective coefficients.
    @Test func aSweepStartsEachFactorFromTheNearestSolvedBasis() throws {
        let inputs = try Self.inputs(statusQuo: false)
        let solver = MockSolver(always: .optimal())
        let points = try SummerPlanner(solver: solver).sweep(inputs, price: Self.price(inputs), factors: [0.8, 1, 1.2])
        let calls = solver.calls
        try #require(calls.count == 3)
        #expect(calls[0].parameters.warmStart == nil && calls[0].previous == nil && calls[0].parameters.method == .dual)
        let firstBasis = try #require(try solver.solve(calls[0].model, parameters: SolveParameters()).basis)
        for call in calls.dropFirst() {
            #expect(call.parameters.warmStart == firstBasis)
            #expect(call.previous?.model.model == calls[0].model.model)
            #expect(call.parameters.method == SummerPlanner.warmMethod(from: calls[0].model, to: call.model))
            #expect(call.parameters.method == .primal)
        }
        #expect(points.map(\.warmStarted) == [true, false, true])
    }

    @Test func aColdSweepAndAFactorWithoutBasisStartCold() throws {
        let inputs = try Self.inputs(statusQuo: false)
        let cold = MockSolver(always: .optimal())
        _ = try SummerPlanner(solver: cold).sweep(inputs, price: Self.price(inputs), factors: [1, 2], warm: false)
        #expect(cold.calls.allSatisfy { $0.parameters.warmStart == nil && $0.previous == nil })

        // An infeasible factor 1 leaves no basis: factor 2 starts cold too.
        let noBasis = MockSolver([.noPoint(.infeasible), .optimal()])
        let points = try SummerPlanner(solver: noBasis).sweep(inputs, price: Self.price(inputs), factors: [1, 2])
        #expect(noBasis.calls.allSatisfy { $0.parameters.warmStart == nil && $0.previous == nil })
        #expect(points.map { $0.outcome.status } == [.infeasible, .optimal])
    }

    static let settings = UncertaintySettings(draws: 2, seed: 3, demand: Triangular(low: 0.8, mode: 1, high: 1.2))

    /// Each draw changes demand (right-hand sides), so the plan and the status quo start from the
    /// base run's basis with the dual simplex, the base solve handed over as the previous solve.
    @Test func drawsStartFromTheBaseBasisWithTheDualSimplex() throws {
        let solver = MockSolver(always: .optimal())
        let planner = SummerPlanner(solver: solver)
        let base = try planner.run(Self.inputs(statusQuo: true))
        let baseBases = [base.plan.result.basis, base.statusQuo?.result.basis]
        let baseModels = [solver.calls[0].model.model, solver.calls[1].model.model]
        let (rows, starts) = try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: Self.settings, draws: [1, 2])
        #expect(rows.map(\.draw) == [1, 2])
        #expect(starts.warm == 4 && starts.cold == 0 && starts.reused == 0, "\(starts)")
        let drawCalls = solver.calls.dropFirst(2)
        #expect(drawCalls.count == 4)
        for call in drawCalls {
            // A draw's plan starts from the base plan, its status quo from the base status quo.
            let previous = try #require(call.previous)
            #expect(baseModels.contains(previous.model.model))
            #expect(call.parameters.warmStart != nil && call.parameters.warmStart == previous.result.basis)
            #expect(baseBases.contains(call.parameters.warmStart))
            #expect(call.parameters.method == .dual)
        }
    }

    /// Ranges whose mean is not 1: the centre (every factor at its mean) is solved first, cold,
    /// and the draws start from its bases instead of the base run's.
    @Test func drawsStartFromTheCentreWhenItIsNotTheBase() throws {
        let solver = MockSolver(always: .optimal())
        let planner = SummerPlanner(solver: solver)
        let base = try planner.run(Self.inputs(statusQuo: true))
        let skewed = UncertaintySettings(draws: 2, seed: 3, demand: Triangular(low: 0.8, mode: 1.1, high: 1.4))
        let (_, starts) = try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: skewed, draws: [1, 2])
        #expect(starts.centreModels == 2 && starts.warm == 4 && starts.cold == 0, "\(starts)")
        let centreCalls = Array(solver.calls[2..<4])
        #expect(centreCalls.allSatisfy { $0.parameters.warmStart == nil && $0.previous == nil })
        let baseModels = [solver.calls[0].model.model, solver.calls[1].model.model]
        #expect(centreCalls.allSatisfy { !baseModels.contains($0.model.model) })
        for call in solver.calls.dropFirst(4) {
            let previous = try #require(call.previous)
            #expect(centreCalls.contains { $0.model.model == previous.model.model })
            #expect(call.parameters.warmStart == previous.result.basis && call.parameters.method == .dual)
        }
    }

    @Test func drawsOfANonOptimalBaseStartCold() throws {
        // The base plan and status quo (calls 0 and 1) hit the time limit; the draws are optimal.
        let solver = MockSolver { call, _ in call < 2 ? .timeLimitWithPoint : .optimal() }
        let planner = SummerPlanner(solver: solver)
        let base = try planner.run(Self.inputs(statusQuo: true))
        let (_, starts) = try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: Self.settings, draws: [1, 2])
        #expect(starts.cold == 4 && starts.warm == 0 && starts.reused == 0, "\(starts)")
        #expect(solver.calls.dropFirst(2).allSatisfy { $0.parameters.warmStart == nil && $0.previous == nil })
    }
}
