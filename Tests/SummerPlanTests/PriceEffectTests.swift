import GLPKBackend
import LinearProgramming
import PlanningData
import Scenario
import SummerPlan
import TestSupport
import Testing

@Suite("Price-list effects: compare and sweep")
struct PriceEffectTests {
    /// North short of 5 beds for 10 cases, the south with 10 idle; waiting 5 000 × 4 a case.
    static func world() throws -> SummerInputs {
        var world = TinyWorld()
        world.demand = [("north", .electiveInpatient, 1, 10)]
        world.costs = ["north": 90_000, "south": 90_000]
        return try world.prepare { $0.defaultWaitCost = 5000 }
    }

    /// Raising the price of the one route that carries north's patients south never increases
    /// the cases bought on it. Below north's own cost (factor 0.5: 50 000 < 90 000) buying beats
    /// producing and all 10 go south; from p − c < 0 to p − c + 1 000 travel < 20 000 waiting
    /// the 5 north cannot treat go; above p = 109 000 (factor 1.09) none do.
    @Test func raisingAPriceNeverIncreasesTheCasesBought() throws {
        let prepared = try Self.world()
        let price = try PriceSelector.parse("ortopedi/elective_inpatient", in: prepared.data).get()
        let factors = [0.5, 0.9, 1, 1.05, 1.08, 1.1, 1.2, 2]
        let points = try SummerPlanner(solver: GLPKSolver()).sweep(prepared, price: price, factors: factors)
        let bought = points.map(\.outcome.casesOutOfRegion)
        #expect(bought == bought.sorted(by: >), "\(bought)")
        #expect(bought == [10, 5, 5, 5, 5, 0, 0, 0])
        // At a factor of 2 nobody travels: 5 wait, 100 000.
        #expect(points.last?.outcome.objective == 100_000)
    }

    /// Factor 1 is solved exactly as `run` solves the plan.
    @Test func factorOneEqualsRun() throws {
        let prepared = try Self.world()
        let price = try PriceSelector.parse("ortopedi/elective_inpatient", in: prepared.data).get()
        let planner = SummerPlanner(solver: GLPKSolver())
        let point = try planner.sweep(prepared, price: price, factors: [1]).first!
        let run = try planner.run(prepared)
        #expect(point.outcome.objective == run.plan.objective)
        #expect(point.outcome.settlement.map(\.net) == run.plan.settlement.map(\.net))
        #expect(point.outcome.result.primalValues == run.plan.result.primalValues)
    }

    @Test(arguments: [
        ("ortopedi", "--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, e.g. ortopedi/elective_inpatient, not \"ortopedi\""),
        ("ortoped/elective_inpatient", "--price: unknown specialty `ortoped` (did you mean `ortopedi`?)"),
        ("ortopedi/inpatient", "--price: unknown care type `inpatient`; expected one of elective_inpatient, day_surgery, outpatient, acute_bed_day, planerad slutenvård, dagkirurgi, öppenvård (did you mean `outpatient`?)"),
        ("ortopedi/day_surgery/regional", "--price: unknown level `regional`; expected one of university, county, district, länsdelssjukhus, länssjukhus, universitetssjukhus"),
        ("ortopedi/outpatient", "--price: the price list has no price for ortopedi/outpatient"),
    ])
    func badPriceSelectorsAreExplained(_ text: String, _ message: String) throws {
        let prepared = try Self.world()
        guard case let .failure(error) = PriceSelector.parse(text, in: prepared.data) else {
            Issue.record("parsed \(text)")
            return
        }
        #expect(error.description == message)
    }

    /// A warm start from A's optimal basis reaches B's cold optimum in no more iterations.
    @Test(arguments: 1...12)
    func warmStartReachesTheColdOptimum(_ seed: UInt64) throws {
        let a = try PropertyTests.randomWorld(seed).prepare(weeks: 1...2)
        var b = a
        let price = try PriceSelector.parse("ortopedi/elective_inpatient", in: a.data).get()
        b.data = price.scaled(a.data, by: 1 + Double(seed % 5) / 10)
        let planner = SummerPlanner(solver: GLPKSolver())
        let comparison = try planner.compare(a, b)
        let (model, compiled) = try planner.build(b)
        let cold = try planner.solve(model, compiled, b)
        #expect(comparison.warmStarted)
        let warm = try #require(comparison.b.plan.result.objectiveValue), coldObjective = try #require(cold.result.objectiveValue)
        #expect(abs(warm - coldObjective) <= 1e-9 * max(1, abs(coldObjective)))
        #expect(comparison.b.plan.result.iterations <= cold.result.iterations)
    }

    /// B whose structure differs (a closed route) is solved from scratch, not from A's basis.
    @Test func aDifferentStructureIsSolvedCold() throws {
        let a = try Self.world()
        var world = TinyWorld()
        world.demand = [("north", .electiveInpatient, 1, 10)]
        let b = try world.prepare { $0.defaultWaitCost = 5000; $0.routes = .ownRegion }
        let comparison = try SummerPlanner(solver: GLPKSolver()).compare(a, b)
        #expect(!comparison.warmStarted)
        #expect(comparison.b.plan.objective == 100_000)
    }
}
