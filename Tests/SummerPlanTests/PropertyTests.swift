import GLPKBackend
import PlanningData
import Scenario
import SummerPlan
import TestSupport
import Testing

/// Properties that must hold for any data: checked on random two-region worlds.
@Suite("Summer model: properties on random worlds")
struct PropertyTests {
    static func randomWorld(_ seed: UInt64) -> TinyWorld {
        var rng = SeededGenerator(seed: seed)
        var world = TinyWorld()
        func d(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &rng)) }
        world.capacity = [
            "n1": Resources(beds: d(0...8), orHours: d(0...10), visits: d(0...20)),
            "s1": Resources(beds: d(0...8), orHours: d(0...10), visits: d(0...20)),
        ]
        world.caseMix = [.init(.electiveInpatient, bedDays: d(1...7), orMinutes: d(0...2) * 60), .init(.outpatient, visits: d(1...3))]
        world.acuteShare = d(0...5) / 10
        world.occupancy = (1...14).map { day in (day < 10 ? "2024-01-0\(day)" : "2024-01-\(day)", Bool.random(using: &rng) ? "n1" : "s1", d(0...4)) }
        for region in ["north", "south"] {
            for week in 1...2 {
                world.demand.append((region, .electiveInpatient, week, d(0...12)))
                world.demand.append((region, .outpatient, week, d(0...12)))
            }
            world.backlog.append((region, .electiveInpatient, d(0...6)))
        }
        world.costs = ["north": d(70...95) * 1000, "south": d(70...95) * 1000]
        return world
    }

    /// More staffed capacity never raises the optimum, and every solution is feasible.
    @Test(arguments: 1...40)
    func addingCapacityNeverRaisesTheOptimum(_ seed: UInt64) throws {
        let world = Self.randomWorld(seed)
        var bigger = world
        for (hospital, c) in world.capacity {
            bigger.capacity[hospital] = Resources(beds: c.beds + 2, orHours: c.orHours + 3, visits: c.visits + 5)
        }
        let perspective: Perspective = seed % 2 == 0 ? .region : .system
        let configure: (inout SummerSettings) -> Void = { $0.perspective = perspective; $0.targetOccupancy = 0.9 }
        let base = try solve(world.prepare(weeks: 1...2, configure))
        let more = try solve(bigger.prepare(weeks: 1...2, configure))
        let a = try #require(base.plan.objective), b = try #require(more.plan.objective)
        #expect(b <= a + 1e-6 * max(1, abs(a)), "seed \(seed): \(b) > \(a)")
        #expect(base.plan.result.maxBoundViolation < 1e-6)
        // The status quo can only be worse than (or equal to) the plan, whose routes include it.
        #expect((base.gainVsStatusQuo ?? 0) >= -1e-6 * max(1, abs(a)))
        // Settlement nets sum to zero.
        #expect(abs(base.plan.settlement.reduce(0) { $0 + $1.net }) < 1e-6)
    }

    /// The objective GLPK reports equals the sum of the parts recomputed in Swift.
    @Test(arguments: 41...60)
    func recomputedPartsEqualGLPKsObjective(_ seed: UInt64) throws {
        let run = try solve(Self.randomWorld(seed).prepare(weeks: 1...2))
        let glpk = try #require(run.plan.result.objectiveValue), parts = try #require(run.plan.objective)
        #expect(abs(glpk - parts) <= 1e-7 * max(1, abs(glpk)))
    }
}
