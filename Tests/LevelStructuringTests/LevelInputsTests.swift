import Foundation
import GLPKBackend
@testable import LevelStructuring
import LinearProgramming
import PlanningData
import Runs
import Scenario
import TestSupport
import Testing

/// The planner from plain inputs (no scenario file), and the run layer's conversion of a
/// scenario into those inputs.
@Suite("Level structuring: plain inputs")
struct LevelInputsTests {
    /// The hand world's data set (see ``HandLevelWorld``) as plain inputs: h0, h1 at 1 000 000
    /// SEK a year, h2 at 500 000, 1 000 cases per 100 000, 10 SEK a minute.
    static func handInputs(_ world: HandLevelWorld, timeLimit: Double = 600) throws -> LevelInputs {
        let data = try DataSetLoader.load(folder: world.folder.appendingPathComponent("data").path).0
        let candidates = [LevelCandidate(hospital: 0, fixedCostSEK: 1_000_000), LevelCandidate(hospital: 1, fixedCostSEK: 1_000_000),
                          LevelCandidate(hospital: 2, fixedCostSEK: 500_000)]
        return LevelInputs(name: "plain", data: data, specialty: 0, candidates: candidates,
                           settings: LevelSettings(careType: .electiveInpatient, casesPer100k: 1000, sitesMax: 3),
                           parameters: SolveParameters(method: .dual, timeLimitSeconds: timeLimit))
    }

    /// h2 alone, as by hand: 500 000 + 300 cases × 10 SEK × the half degree.
    @Test func theHandWorldFromPlainInputs() throws {
        let world = try HandLevelWorld("")
        defer { world.remove() }
        let run = try LevelStructuringPlanner(solver: GLPKSolver(), jobs: 1).run(Self.handInputs(world))
        let optimal = try #require(run.optimal)
        #expect(optimal.open == [2])
        let objective = try #require(optimal.result.objectiveValue)
        let byHand = 500_000 + 300 * 10 * HandLevelWorld.halfDegree
        #expect(abs(objective - byHand) <= 1e-6 * byHand, "\(objective), by hand \(byHand)")
        #expect(optimal.infeasibility == nil)
    }

    /// The proposal LPs take the run's time limit (they once ignored the scenario's), with the
    /// dual simplex and no presolve whatever the run's parameters say.
    @Test(arguments: [5.0, 600])
    func proposalLPsTakeTheRunsTimeLimit(_ seconds: Double) throws {
        let world = try HandLevelWorld("")
        defer { world.remove() }
        var inputs = try Self.handInputs(world, timeLimit: seconds)
        inputs.parameters.method = .primal
        inputs.parameters.presolve = true
        let problem = try LevelProblem(inputs)
        #expect(problem.proposalParameters.timeLimitSeconds == seconds)
        #expect(problem.proposalParameters.method == .dual)
        #expect(problem.proposalParameters.presolve == false)
    }

    /// The scenario's per-hospital maps resolved per candidate, `must_open` / `must_close` and
    /// named proposals as candidate positions, its solver block as the run's parameters; and the
    /// same run as the plain inputs written by hand.
    @Test func theConversionOfAScenario() throws {
        let world = try HandLevelWorld("""
              capacity: {default: 900, h1: 250}
              must_close: [h0]
            proposals:
              - {name: ends, open: [h1, h2]}
            solver: {time_limit_s: 42, mip_gap: 0.01, presolve: false}

            """)
        defer { world.remove() }
        guard case let .levelStructuring(scenario) = try ScenarioDocument.load(world.folder.appendingPathComponent("s.yaml").path) else {
            Issue.record("not a level-structuring scenario")
            return
        }
        let inputs = try scenario.prepare().levelInputs
        #expect(inputs.candidates.map(\.capacity) == [900, 250, 900])
        #expect(inputs.candidates.map(\.fixedCostSEK) == [1_000_000, 1_000_000, 500_000])
        #expect(inputs.mustClose == [0] && inputs.mustOpen.isEmpty)
        #expect(inputs.proposals == [NamedProposal(name: "ends", open: [1, 2])])
        #expect(inputs.parameters == SolveParameters(method: .dual, presolve: false, timeLimitSeconds: 42, mipGap: 0.01))
        var byHand = try Self.handInputs(world, timeLimit: 42)
        byHand.candidates = zip(byHand.candidates, [900.0, 250, 900]).map { candidate, capacity in
            var resolved = candidate
            resolved.capacity = capacity
            return resolved
        }
        byHand.mustClose = [0]
        byHand.proposals = [NamedProposal(name: "ends", open: [1, 2])]
        let planner = LevelStructuringPlanner(solver: GLPKSolver(), jobs: 1)
        let (converted, plain) = (try planner.run(inputs), try planner.run(byHand))
        #expect(converted.rows.map(\.name) == plain.rows.map(\.name))
        #expect(converted.rows.map(\.rankingCost) == plain.rows.map(\.rankingCost))
        #expect(converted.optimal?.open == plain.optimal?.open)
    }
}
