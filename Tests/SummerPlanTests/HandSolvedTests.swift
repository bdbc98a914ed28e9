import GLPKBackend
import PlanningData
import Runs
import Scenario
import SummerPlan
import TestSupport
import Testing

/// Solves a tiny world's inputs with GLPK.
func solve(_ inputs: SummerInputs) throws -> SummerRun {
    try SummerPlanner(solver: GLPKSolver()).run(inputs)
}

/// Tiny summer scenarios whose optimum is computed by hand in each test's comment.
/// Unless a test says otherwise: θ = 1, one case uses one bed for the week, p = 100 000,
/// c = 90 000 in both regions, 100 minutes between regions, 10 SEK a minute.
@Suite("Summer model: hand-solved scenarios")
struct HandSolvedTests {
    /// North needs 10 cases in week 1 and has 5 beds; south has 10 idle beds.
    static func shortage() -> TinyWorld {
        var world = TinyWorld()
        world.demand = [("north", .electiveInpatient, 1, 10)]
        return world
    }

    /// Waiting at the end of week 1 (the last week) costs 5 000 × weight 4 = 20 000 a case.
    /// Treating a north case in the south costs p − c = 10 000 plus 100 min × 10 = 1 000.
    /// So 5 cases at home (0 SEK), 5 in the south (11 000 each): objective 55 000 =
    /// cooperation 50 000 + travel 5 000. The status quo has no referrals: 5 wait, 100 000.
    @Test func cooperationForcedByAShortage() throws {
        let run = try solve(Self.shortage().prepare { $0.defaultWaitCost = 5000 })
        let plan = run.plan
        #expect(plan.status == .optimal)
        #expect(plan.costs == SummerCosts(cooperation: 50_000, travel: 5_000, waiting: 0, overload: 0))
        #expect(plan.casesTreated == 10)
        #expect(plan.casesOutOfRegion == 5)
        #expect(plan.finalWaiting == 0)
        #expect(run.statusQuo?.objective == 100_000)
        #expect(run.statusQuo?.finalWaiting == 5)
        #expect(run.gainVsStatusQuo == 45_000)
        // Settlement: the south sells 5 × 100 000 to the north.
        #expect(plan.settlement.map(\.net) == [-500_000, 500_000])
        // One more bed in the north saves one case sent south: 11 000. The south's beds are idle.
        let beds = plan.occupancy.map { ($0.hospital, $0.bedValue!) }
        #expect(beds.contains { $0 == (0, 11_000) } && beds.contains { $0 == (1, 0) })
    }

    /// At 1 500 × 4 = 6 000 a waiting case is cheaper than 11 000 in the south: nobody travels.
    @Test func cheapWaitingKeepsPatientsHome() throws {
        let run = try solve(Self.shortage().prepare { $0.defaultWaitCost = 1500 })
        #expect(run.plan.costs == SummerCosts(cooperation: 0, travel: 0, waiting: 30_000, overload: 0))
        #expect(run.plan.casesOutOfRegion == 0)
    }

    /// The system perspective charges c(south) − c(north) = 80 000 − 90 000 = −10 000 a case
    /// treated in the south, + 1 000 travel: all 10 go south (capacity 10): −90 000.
    /// The region perspective charges p − c(north) = +10 000 and keeps 5 at home as above.
    @Test(arguments: [(Perspective.system, -90_000.0, 10.0), (.region, 55_000, 5)])
    func perspectives(_ perspective: Perspective, _ objective: Double, _ outside: Double) throws {
        var world = Self.shortage()
        world.costs = ["north": 90_000, "south": 80_000]
        let run = try solve(world.prepare { $0.defaultWaitCost = 5000; $0.perspective = perspective })
        #expect(run.plan.objective == objective)
        #expect(run.plan.casesOutOfRegion == outside)
        // Settlement uses the price list whatever the perspective.
        #expect(run.plan.settlement[1].sold == outside * 100_000)
    }

    /// With a referral from north to s1 the status quo may use it: it equals the plan, gain 0.
    @Test func statusQuoUsesTheReferralRoutes() throws {
        var world = Self.shortage()
        world.referrals = [("north", "s1", .electiveInpatient, 12)]
        let run = try solve(world.prepare { $0.defaultWaitCost = 5000 })
        #expect(run.statusQuo?.objective == 55_000)
        #expect(run.gainVsStatusQuo == 0)
        // routes: status_quo solves only that, and no second status-quo solve is made.
        let sq = try solve(world.prepare { $0.defaultWaitCost = 5000; $0.routes = .statusQuo })
        #expect(sq.statusQuo == nil && sq.gainVsStatusQuo == nil)
        #expect(sq.plan.objective == 55_000)
    }

    /// `own_region` is "no cooperation": 5 wait, 100 000.
    @Test func ownRegionHasNoCooperation() throws {
        let run = try solve(Self.shortage().prepare { $0.defaultWaitCost = 5000; $0.routes = .ownRegion })
        #expect(run.plan.objective == 100_000)
        #expect(run.plan.flows.allSatisfy { !$0.outOfRegion })
    }

    /// A route longer than `max_travel_minutes` is closed; exactly the limit is open.
    @Test(arguments: [(99.0, 100_000.0), (100.0, 55_000.0)])
    func travelLimitIsInclusive(_ limit: Double, _ objective: Double) throws {
        let run = try solve(Self.shortage().prepare { $0.defaultWaitCost = 5000; $0.maxTravelMinutes = limit; $0.compareStatusQuo = false })
        #expect(run.plan.objective == objective)
        #expect(run.statusQuo == nil)
    }

    /// Acute load: acute share 1 and occupancy 2 beds a day in week 1 → A = 2; 5 beds leave
    /// F = 3 for 10 cases. Version 2: planned care never uses overload, whatever the penalty
    /// (v1 treated the 7 on overload at 10 000 a bed-week): 7 wait, 7 × 20 000 = 140 000.
    @Test(arguments: [50_000.0, 10_000])
    func plannedCareNeverOverloads(_ penalty: Double) throws {
        var world = TinyWorld()
        world.capacity = ["n1": Resources(beds: 5, orHours: 0, visits: 0)]
        world.acuteShare = 1
        world.occupancy = (1...7).map { ("2024-01-0\($0)", "n1", 2) }
        world.demand = [("north", .electiveInpatient, 1, 10)]
        let run = try solve(world.prepare {
            $0.defaultWaitCost = 5000; $0.overloadPenaltySEKPerBedWeek = penalty; $0.compareStatusQuo = false
        })
        #expect(run.plan.objective == 140_000)
        #expect(run.plan.overloadBedWeeks == 0)
        let row = try #require(run.plan.occupancy.first { $0.hospital == 0 })
        #expect(row.acuteBeds == 2)
        #expect(row.electiveBeds == 3)
    }

    /// Beds 0 with acute load 2 (s1 has occupancy but no staffed beds): the whole acute load is
    /// overload, 2 × 50 000 = 100 000, and no case can be treated there.
    @Test func acuteLoadWithoutBedsIsOverload() throws {
        var world = TinyWorld()
        world.capacity = ["n1": Resources(beds: 5, orHours: 0, visits: 0), "s1": Resources(beds: 0, orHours: 0, visits: 0)]
        world.acuteShare = 1
        world.occupancy = (1...7).map { ("2024-01-0\($0)", "s1", 2) }
        world.demand = [("north", .electiveInpatient, 1, 5)]
        // Without transfers (v2) the whole excess stays as overload, as in v1.
        let run = try solve(world.prepare { $0.compareStatusQuo = false; $0.acuteTransfers = false })
        #expect(run.plan.objective == 100_000)
        #expect(run.plan.overloadBedWeeks == 2)
        #expect(run.plan.casesOutOfRegion == 0)
    }

    /// Theatre: 2 theatre hours a case, 10 hours → 5 cases of 8; waiting costs 5 000 × 4.
    /// Clinic: 2 visits a case, 20 visits → 10 of 12. Beds do not bind (100).
    @Test func theatreAndClinicLimits() throws {
        var world = TinyWorld()
        world.capacity = ["n1": Resources(beds: 100, orHours: 10, visits: 20)]
        world.caseMix = [.init(.electiveInpatient, bedDays: 7, orMinutes: 120), .init(.outpatient, visits: 2)]
        world.demand = [("north", .electiveInpatient, 1, 8), ("north", .outpatient, 1, 12)]
        let run = try solve(world.prepare { $0.defaultWaitCost = 5000; $0.compareStatusQuo = false })
        // 3 inpatient and 2 outpatient cases wait: 5 × 20 000 = 100 000.
        #expect(run.plan.objective == 100_000)
        #expect(run.plan.casesTreated == 15)
        let theatre = try #require(run.plan.theatre.first)
        #expect(theatre.usedHours == 10)
        // One more theatre hour treats half a case: saves 10 000.
        #expect(theatre.hourValue == 10_000)
    }

    /// No capacity at all: backlog 3, demand 2 then 1: q1 = 5, q2 = 6.
    /// Objective = 1 000 × (5 + weight × 6): 29 000 with weight 4, 5 000 with weight 0.
    @Test(arguments: [(4.0, 29_000.0), (0, 5_000), (1, 11_000)])
    func finalBacklogWeight(_ weight: Double, _ objective: Double) throws {
        var world = TinyWorld()
        world.capacity = ["n1": Resources(beds: 0, orHours: 0, visits: 0)]
        world.demand = [("north", .electiveInpatient, 1, 2), ("north", .electiveInpatient, 2, 1)]
        world.backlog = [("north", .electiveInpatient, 3)]
        let run = try solve(world.prepare(weeks: 1...2) { $0.defaultWaitCost = 1000; $0.finalBacklogWeight = weight; $0.compareStatusQuo = false })
        #expect(run.plan.objective == objective)
        #expect(run.plan.waiting.map(\.waiting) == [5, 6])
        #expect(run.plan.finalWaiting == 6)
    }

    /// Wait costs by specialty and by (specialty, care type): the most specific wins.
    @Test func waitCostMapMostSpecificWins() throws {
        var world = TinyWorld()
        world.capacity = ["n1": Resources(beds: 0, orHours: 0, visits: 0)]
        world.caseMix = [.init(.electiveInpatient, bedDays: 7), .init(.outpatient, visits: 1)]
        world.backlog = [("north", .electiveInpatient, 1), ("north", .outpatient, 1)]
        let prepared = try world.preparedScenario {
            $0.finalBacklogWeight = 1
            $0.waitCost = WaitCostSetting(defaultCost: 1, overrides: [Located(("ortopedi", 100)), Located(("ortopedi/outpatient", 7))])
            $0.compareStatusQuo = false
        }
        // 100 (inpatient, by specialty) + 7 (outpatient, by specialty and care type).
        #expect(try solve(prepared.summerInputs).plan.objective == 107)
    }
}
