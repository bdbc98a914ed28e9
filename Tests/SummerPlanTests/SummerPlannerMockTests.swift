import LinearProgramming
import PlanningData
import Scenario
import SummerPlan
import TestSupport
import Testing
import Uncertainty

/// How the summer planner reports each solver status, and which parameters and warm starts it
/// passes, tested against a scripted solver (no GLPK).
@Suite("Summer planner against a scripted solver")
struct SummerPlannerMockTests {
    /// The planner's inputs: the tiny world, one week, ten north cases. The one place that says
    /// how inputs are made (adapt here when the planner's input type changes).
    static func inputs(statusQuo: Bool = true, noRegionWorseOff: Bool = false, timeLimitSeconds: Double = 600,
                       presolve: Bool = true) throws -> SummerInputs {
        var world = TinyWorld()
        world.demand = [("north", .electiveInpatient, 1, 10)]
        var inputs = try world.prepare {
            $0.compareStatusQuo = statusQuo
            $0.noRegionWorseOff = noRegionWorseOff
        }
        inputs.parameters = SolveParameters(method: .dual, presolve: presolve, timeLimitSeconds: timeLimitSeconds)
        return inputs
    }

    /// A solver status and what the plan must report for it.
    enum Scripted: String, CaseIterable, CustomStringConvertible {
        case infeasible, unbounded, timeLimitWithoutPoint, timeLimitWithPoint, numericalError
        var description: String { rawValue }
        var reply: MockSolver.Reply {
            switch self {
            case .infeasible: return .noPoint(.infeasible)
            case .unbounded: return .noPoint(.unbounded)
            case .timeLimitWithoutPoint: return .noPoint(.timeLimit)
            case .timeLimitWithPoint: return .timeLimitWithPoint
            case .numericalError: return .noPoint(.numericalError)
            }
        }
        var expected: ReportedStatus {
            switch self {
            case .infeasible: return .infeasible
            case .unbounded: return .unbounded
            case .timeLimitWithoutPoint, .timeLimitWithPoint: return .timeLimit
            case .numericalError: return .error
            }
        }
        var hasPoint: Bool { self == .timeLimitWithPoint }
    }

    @Test(arguments: Scripted.allCases)
    func aPlanThatIsNotOptimalIsReportedAsItsStatus(_ scripted: Scripted) throws {
        let run = try SummerPlanner(solver: MockSolver(always: scripted.reply)).run(Self.inputs())
        #expect(run.plan.status == scripted.expected)
        #expect(run.statusQuo?.status == scripted.expected)
        // Costs exist exactly when the solver returned a point; the gain only when both are optimal.
        #expect((run.plan.costs != nil) == scripted.hasPoint)
        #expect(run.gainVsStatusQuo == nil)
        #expect(run.regionAccounts.allSatisfy { $0.gain == nil })
    }

    @Test func aNonOptimalStatusQuoLeavesTheGainEmpty() throws {
        let inputs = try Self.inputs()
        let statusQuoModel = try SummerPlanner(solver: MockSolver(always: .optimal())).build(inputs, routes: .statusQuo).1.model
        let solver = MockSolver { _, model in model.model == statusQuoModel ? .timeLimitWithPoint : .optimal() }
        let run = try SummerPlanner(solver: solver).run(inputs)
        #expect(run.plan.status == .optimal)
        #expect(run.statusQuo?.status == .timeLimit)
        #expect(run.gainVsStatusQuo == nil)

        let both = try SummerPlanner(solver: MockSolver(always: .optimal())).run(inputs)
        let gain = try #require(both.gainVsStatusQuo)
        #expect(gain == (both.statusQuo?.objective ?? .nan) - (both.plan.objective ?? .nan))
    }

    @Test func aSolverRefusalIsAnInternalError() throws {
        let solver = MockSolver(always: .refusal(.unsupported("scripted refusal")))
        let inputs = try Self.inputs()
        let error = try #require(throws: SummerPlanError.self) { try SummerPlanner(solver: solver).run(inputs) }
        guard case let .internalError(text) = error else { Issue.record("not an internal error: \(error)"); return }
        #expect(text.contains("scripted refusal"))
    }

    @Test func noRegionWorseOffNeedsAnOptimalStatusQuo() throws {
        let solver = MockSolver(always: .timeLimitWithPoint)
        let inputs = try Self.inputs(noRegionWorseOff: true)
        let error = try #require(throws: SummerPlanError.self) { try SummerPlanner(solver: solver).run(inputs) }
        guard case let .invalidScenario(text) = error else { Issue.record("not an invalid scenario: \(error)"); return }
        #expect(text.contains("time_limit"))
        #expect(solver.calls.count == 1, "only the status quo is solved")
    }

    /// A cold plan: dual simplex, the scenario's presolve and time limit, no warm start.
    @Test(arguments: [true, false])
    func theScenarioSolverSettingsReachTheSolver(_ presolve: Bool) throws {
        let solver = MockSolver(always: .optimal())
        _ = try SummerPlanner(solver: solver).run(Self.inputs(timeLimitSeconds: 42, presolve: presolve))
        #expect(solver.calls.count == 2, "plan and status quo")
        for call in solver.calls {
            #expect(call.parameters.method == .dual)
            #expect(call.parameters.presolve == presolve)
            #expect(call.parameters.timeLimitSeconds == 42)
            #expect(call.parameters.warmStart == nil && call.previous == nil)
        }
    }
}
