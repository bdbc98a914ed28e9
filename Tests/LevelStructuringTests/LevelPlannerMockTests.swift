import LevelStructuring
import LinearProgramming
import Scenario
import TestSupport
import Testing

/// How the level-structuring planner reports each status of its MIP and of a proposal LP, and
/// the parameters it passes, tested against a scripted solver (no GLPK).
@Suite("Level-structuring planner against a scripted solver")
struct LevelPlannerMockTests {
    /// The planner's inputs: a random world of 5 candidates, two named proposals. The one place
    /// that says how inputs are made (adapt here when the planner's input type changes).
    static func inputs(minVolume: Double = 0, timeLimitSeconds: Double = 600, presolve: Bool = true) throws -> LevelInputs {
        let world = try LevelWorld(seed: 4, scenario: """
            name: Test
            kind: level_structuring
            procedure:
              specialty: kardiologi
              care_type: elective_inpatient
              cases_per_100k: 1000
              candidates: [h0, h1, h2, h3, h4]
              min_volume: \(minVolume)
              fixed_cost_sek: {default: 300000}
              case_cost_sek: {default: 1000}
            proposals:
              - {name: two, open: [h0, h1]}
              - {name: three, open: [h0, h2, h3]}
            solver: {time_limit_s: \(timeLimitSeconds), presolve: \(presolve)}

            """)
        defer { world.remove() }
        return try world.prepared()
    }

    /// Answers the MIP with `mip` and every proposal LP with `lp`.
    static func solver(mip: MockSolver.Reply, lp: MockSolver.Reply = .optimal()) -> MockSolver {
        MockSolver { _, model in model.isMixedInteger ? mip : lp }
    }

    @Test func anInfeasibleMIPIsExplainedAndAddsNoOptimalRow() throws {
        let run = try LevelStructuringPlanner(solver: Self.solver(mip: .noPoint(.infeasible)), jobs: 1).run(Self.inputs())
        let optimal = try #require(run.optimal)
        #expect(optimal.status == .infeasible)
        #expect(optimal.open == nil)
        #expect(optimal.infeasibility?.isEmpty == false)
        #expect(run.rows.map(\.name).sorted() == ["three", "two"])
        #expect(run.rows.allSatisfy { $0.gapVsOptimal == nil })
    }

    /// A time limit with an incumbent: its sites become the "optimal" row, but no gap is
    /// computed against a bound that is not proven.
    @Test func aMIPStoppedWithAnIncumbentGivesARowButNoGaps() throws {
        let run = try LevelStructuringPlanner(solver: Self.solver(mip: .timeLimitWithPoint), jobs: 1).run(Self.inputs())
        let optimal = try #require(run.optimal)
        #expect(optimal.status == .timeLimit)
        #expect(optimal.open != nil)
        #expect(run.rows.contains { $0.name == "optimal" })
        #expect(run.rows.allSatisfy { $0.gapVsOptimal == nil })
    }

    @Test func aMIPStoppedWithoutAnIncumbentAddsNoRow() throws {
        let run = try LevelStructuringPlanner(solver: Self.solver(mip: .noPoint(.timeLimit)), jobs: 1).run(Self.inputs())
        #expect(run.optimal?.status == .timeLimit)
        #expect(run.optimal?.open == nil)
        #expect(!run.rows.contains { $0.name == "optimal" })
    }

    @Test func aRefusedMIPIsAnInternalError() throws {
        let inputs = try Self.inputs()
        let planner = LevelStructuringPlanner(solver: Self.solver(mip: .refusal(.unsupported("scripted refusal"))), jobs: 1)
        let error = try #require(throws: LevelStructuringError.self) { try planner.run(inputs) }
        guard case let .internalError(text) = error else { Issue.record("not an internal error: \(error)"); return }
        #expect(text.contains("scripted refusal"))
    }

    /// With a minimum volume the proposals need the elastic LP; an LP without a point makes the
    /// proposal infeasible with that status, not a failed run.
    @Test func aProposalLPWithoutAPointMarksTheProposalNotFeasible() throws {
        let solver = Self.solver(mip: .noPoint(.infeasible), lp: .noPoint(.numericalError))
        let run = try LevelStructuringPlanner(solver: solver, jobs: 1).run(Self.inputs(minVolume: 1_000_000))
        #expect(run.linearPrograms > 0)
        #expect(!run.rows.isEmpty)
        for row in run.rows {
            #expect(row.status == .error)
            #expect(!row.feasible)
        }
    }

    /// The MIP gets the dual simplex and the scenario's presolve and time limit.
    @Test(arguments: [true, false])
    func theScenarioSolverSettingsReachTheMIP(_ presolve: Bool) throws {
        let solver = Self.solver(mip: .noPoint(.infeasible))
        _ = try LevelStructuringPlanner(solver: solver, jobs: 1).run(Self.inputs(timeLimitSeconds: 42, presolve: presolve))
        let mip = try #require(solver.calls.first { $0.model.isMixedInteger })
        #expect(mip.parameters.method == .dual)
        #expect(mip.parameters.presolve == presolve)
        #expect(mip.parameters.timeLimitSeconds == 42)
        #expect(mip.parameters.warmStart == nil)
    }
}
