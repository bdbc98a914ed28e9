import Foundation
import GLPKBackend
@testable import LevelStructuring
import LinearProgramming
import PlanningData
import Reports
import Scenario
import TestSupport
import Testing

@Suite("Level structuring: the MIP against brute force")
struct OptimalSitesTests {
    static func scenario(minVolume: Double = 0, capacity: String = "", maxTravel: String = "", sites: String = "") -> String {
        """
        name: Test
        kind: level_structuring
        procedure:
          specialty: kardiologi
          care_type: elective_inpatient
          cases_per_100k: 1000
          candidates: [h0, h1, h2, h3, h4]
          min_volume: \(minVolume)
          fixed_cost_sek: {default: 300000, h0: 500000, h3: 100000}
          case_cost_sek: {default: 1000, h2: 3000}
        \(capacity)\(maxTravel)\(sites)
        enumerate: {sites: "1..5"}

        """
    }

    /// Without minimum volumes or capacities each municipality goes to its cheapest open site,
    /// so brute force over every subset of sites (in the test, not the code under test) gives
    /// the optimum; the MIP must find the same cost.
    @Test(arguments: 1...15)
    func mipMatchesBruteForceOverEverySubset(_ seed: UInt64) throws {
        let world = try LevelWorld(seed: seed, scenario: Self.scenario())
        defer { world.remove() }
        let prepared = try world.prepared()
        let problem = try LevelProblem(prepared)
        let data = prepared.data
        var best = Double.infinity
        for mask in 1..<(1 << 5) {
            let open = (0..<5).filter { mask & (1 << $0) != 0 }
            var cost = open.reduce(0) { $0 + problem.fixedCost[$1] }
            for (m, municipality) in data.municipalities.enumerated() {
                let d = municipality.population * 1000 / 100_000
                cost += open.map { k in problem.caseCost[k] + 10 * data.travelMinutes(municipality: m, hospital: problem.candidates[k]) }.min()! * d
            }
            best = min(best, cost)
        }
        let mip = try problem.solveOptimalSites(solver: GLPKSolver(), parameters: SolveParameters(mipGap: 0))
        #expect(mip.status == .optimal)
        let objective = try #require(mip.result.objectiveValue)
        #expect(abs(objective - best) <= 1e-7 * best, "seed \(seed): MIP \(objective), brute force \(best)")
    }

    /// With minimum volumes and capacities, the best feasible proposal over every subset
    /// (evaluated by the elastic LP) costs what the MIP's optimum costs.
    @Test(arguments: 20...31)
    func mipMatchesTheBestEnumeratedProposal(_ seed: UInt64) throws {
        let world = try LevelWorld(seed: seed, scenario: Self.scenario(minVolume: 1500, capacity: "  capacity: {default: 9000, h1: 4000}\n"))
        defer { world.remove() }
        let run = try LevelStructuringPlanner(solver: GLPKSolver(), jobs: 2).run(world.prepared())
        let enumerated = run.rows.filter { $0.name != "optimal" }
        #expect(enumerated.count == 31)
        guard run.optimal?.status == .optimal else {
            let anyFeasible = enumerated.contains { $0.feasible }
            #expect(!anyFeasible, "seed \(seed): the MIP found nothing but a proposal is feasible")
            return
        }
        let optimal = try #require(run.rows.first { $0.name == "optimal" })
        let bestEnumerated = try #require(enumerated.filter(\.feasible).map(\.totalCost).min())
        #expect(abs(optimal.totalCost - bestEnumerated) <= 1e-6 * bestEnumerated, "seed \(seed)")
        #expect(optimal.feasible && optimal.gapVsOptimal == 0)
        #expect(abs((run.optimal!.result.objectiveValue ?? 0) - optimal.totalCost) <= 1e-6 * optimal.totalCost)
    }

    /// The cheapest assignment is used only where it is the LP's optimum: evaluating with the
    /// LP every time gives the same costs.
    @Test(arguments: 40...45)
    func fastPathEqualsTheLP(_ seed: UInt64) throws {
        let world = try LevelWorld(seed: seed, scenario: Self.scenario(minVolume: 800, capacity: "  capacity: 12000\n"))
        defer { world.remove() }
        let problem = try LevelProblem(world.prepared())
        let evaluator = ProposalEvaluator(problem: problem, solver: GLPKSolver())
        for mask in 1..<(1 << 5) {
            let open = (0..<5).filter { mask & (1 << $0) != 0 }
            let fast = try evaluator.evaluate(open: open)
            let lp = try evaluator.evaluateWithTheLP(open: open)
            #expect(abs(fast.rankingCost - lp.rankingCost) <= 1e-6 * max(1, lp.rankingCost), "seed \(seed) \(open)")
            #expect(abs(fast.unserved - lp.unserved) < 1e-6 && abs(fast.shortfall - lp.shortfall) < 1e-6)
        }
    }

    @Test func infeasibilityNamesTheUncoveredMunicipality() throws {
        let world = try LevelWorld(seed: 3, scenario: Self.scenario(maxTravel: "  max_travel_minutes: 30\n"))
        defer { world.remove() }
        let run = try LevelStructuringPlanner(solver: GLPKSolver(), jobs: 1).run(world.prepared())
        #expect(run.optimal?.status == .infeasible)
        let explanation = try #require(run.infeasibilityInEnglish)
        let problem = run.problem
        let uncoveredIndices = problem.arcs.indices.filter { problem.arcs[$0].isEmpty }
        let uncovered = uncoveredIndices.map { problem.data.municipalities[$0].name }
        #expect(!uncovered.isEmpty)
        #expect(run.optimal?.infeasibility?.contains(.unreachable(municipalities: uncoveredIndices, maxTravelMinutes: 30)) == true)
        #expect(explanation.contains(uncovered[0]) && explanation.contains("within 30 minutes"), "\(explanation)")
        // Every municipality is named, in English and in the report's Swedish.
        let swedish = try #require(run.infeasibilityInSwedish)
        #expect(!explanation.contains("more") && swedish.contains("inom 30 minuter"), "\(swedish)")
        for name in uncovered { #expect(explanation.contains(name) && swedish.contains(name), "\(name)") }
        // Proposals are still evaluated, with their unserved cases.
        #expect(run.rows.allSatisfy { !$0.feasible && $0.unserved > 0 })
    }

    @Test func tooFewCasesForTheMinimumVolumesIsExplained() throws {
        let world = try LevelWorld(seed: 4, scenario: Self.scenario(minVolume: 1_000_000, sites: "  sites: {min: 2, max: 5}\n"))
        defer { world.remove() }
        let problem = try LevelProblem(world.prepared())
        let reasons = problem.infeasibilityReasons()
        #expect(reasons.contains(.minimumVolumesAboveDemand(sites: 2, minVolume: 1_000_000, demand: problem.totalDemand)))
        #expect(InfeasibilityWords.english(reasons, data: problem.data).contains("at least 2 sites with at least 1000000 cases each need 2000000 cases"))
    }

    /// A proposal below the minimum volume is a result with its shortfall, not an error.
    @Test func aProposalBelowTheMinimumVolumeShowsItsShortfall() throws {
        let world = try LevelWorld(seed: 5, scenario: Self.scenario(minVolume: 1_000_000))
        defer { world.remove() }
        let problem = try LevelProblem(world.prepared())
        let result = try ProposalEvaluator(problem: problem, solver: GLPKSolver()).evaluate(open: [0])
        #expect(!result.feasible)
        #expect(abs(result.shortfall - (1_000_000 - problem.totalDemand)) < 1e-6)
        #expect(result.unserved < 1e-9)
        #expect(abs(result.volumes[0] - problem.totalDemand) < 1e-6)
        #expect(abs(result.penalty - 100_000 * result.shortfall) < 1e-3)
    }

    @Test(arguments: [(5, 1, 5), (5, 2, 10), (25, 5, 53_130), (25, 1, 25), (7, 7, 1), (3, 4, 0)])
    func combinationCounts(_ n: Int, _ k: Int, _ expected: Int) {
        #expect(Combinations.count(n, k) == expected)
        #expect(Combinations.all(of: n, sizes: k...k).count == expected)
    }

    @Test func enumerationCoversEveryCombinationOnce() {
        let all = Combinations.all(of: 25, sizes: 1...5)
        #expect(all.count == 68_405)
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { $0 == $0.sorted() && Set($0).count == $0.count })
    }
}

extension ProposalEvaluator {
    /// The elastic LP, whatever the cheapest assignment would say (for cross-checking).
    func evaluateWithTheLP(open: [Int]) throws -> ProposalResult {
        var isOpen = [Bool](repeating: false, count: problem.candidates.count)
        for k in open { isOpen[k] = true }
        return try solveElastic(open.sorted(), isOpen, name: nil).result
    }
}
