import GLPKBackend
import LinearProgramming
import PlanningData
import Scenario
import SummerPlan
import TestSupport
import Testing

/// Properties of the v2 summer model that must hold for any data, on random small worlds: two
/// regions, three hospitals (n1 and n2 in the north, s1 in the south), acute load, a backlog
/// by weeks waited and referrals.
@Suite("Summer model v2: properties on random worlds")
struct SummerV2PropertyTests {
    static func randomWorld(_ seed: UInt64, weeksWaited: Bool = true) -> TinyWorld {
        var rng = SeededGenerator(seed: seed &+ 1000)
        var world = PropertyTests.randomWorld(seed)
        func d(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &rng)) }
        world.extraHospitals = [("n2", "north", "district", 60.3, 15.2)]
        world.capacity["n2"] = Resources(beds: d(0...8), orHours: d(0...10), visits: d(0...20))
        world.acuteShare = d(3...10) / 10
        world.occupancy = (1...14).flatMap { day in
            ["n1", "n2", "s1"].map { h in (day < 10 ? "2024-01-0\(day)" : "2024-01-\(day)", h, d(0...9)) }
        }
        if weeksWaited {
            world.backlogByWeeks = world.backlog.flatMap { row in [(row.0, row.1, Int(d(0...4)), row.2), (row.0, row.1, Int(d(0...4)) + 5, d(0...3))] }
            world.backlogByWeeks = Dictionary(world.backlogByWeeks.map { ("\($0.0)/\($0.2)", $0) }, uniquingKeysWith: { a, _ in a }).values
                .sorted { ($0.0, $0.2) < ($1.0, $1.2) }
        }
        if d(0...1) == 1 { world.referrals = [("north", "s1", .electiveInpatient, 3)] }
        world.hospitalMinutes = [("n1", "n2", d(10...60)), ("n1", "s1", d(40...130)), ("n2", "s1", d(40...130))]
        return world
    }

    static func configure(_ seed: UInt64) -> (inout SummerSettings) -> Void {
        { s in
            s.targetOccupancy = 0.9
            s.guaranteeWeeks = Int(seed % 3) + 1
            s.defaultGuaranteePenalty = Double(seed % 4) * 2000
            s.perspective = seed % 2 == 0 ? .region : .system
        }
    }

    /// Planned care and inbound transfers never fill more than F; region costs sum to the
    /// objective and region gains to the gain; with `routes: all` the gain is never negative.
    @Test(arguments: 1...30)
    func accountsAndFreeBeds(_ seed: UInt64) throws {
        let run = try solve(Self.randomWorld(seed).prepare(weeks: 1...2, Self.configure(seed)))
        let plan = run.plan
        #expect(plan.status == .optimal)
        for row in plan.occupancy {
            let free = max(0, 0.9 * row.staffedBeds - row.acuteBeds)
            #expect(row.electiveBeds <= free + 1e-6, "seed \(seed): elective \(row.electiveBeds) > F \(free)")
            #expect(row.electiveBeds + row.acuteTransferredIn <= free + 1e-6)
        }
        let objective = try #require(plan.result.objectiveValue)
        let regionSum = plan.costsByRegion.reduce(0) { $0 + $1.total }
        #expect(abs(regionSum - objective) <= 1e-7 * max(1, abs(objective)))
        let gain = try #require(run.gainVsStatusQuo)
        let gains = run.regionAccounts.compactMap(\.gain)
        #expect(gains.count == 2)
        #expect(abs(gains.reduce(0, +) - gain) <= 1e-7 * max(1, abs(objective)))
        #expect(gain >= -1e-7 * max(1, abs(objective)), "seed \(seed): gain \(gain)")
        #expect(abs(plan.settlement.reduce(0) { $0 + $1.net }) < 1e-6)
        #expect(plan.result.maxBoundViolation < 1e-6)
    }

    /// Σ bands is version 1's waiting list every week: backlog + demand so far − treated so far.
    @Test(arguments: 31...50)
    func bandConservation(_ seed: UInt64) throws {
        let world = Self.randomWorld(seed)
        let prepared = try world.prepare(weeks: 1...2, Self.configure(seed))
        let plan = try solve(prepared).plan
        let d = prepared.data
        var treated: [RegionSpecialtyCareType: [Int: Double]] = [:]
        for f in plan.flows { treated[RegionSpecialtyCareType(f.region, f.specialty, f.careType), default: [:]][f.week, default: 0] += f.cases }
        var waiting: [RegionSpecialtyCareType: [Int: Double]] = [:]
        for w in plan.waiting { waiting[w.key, default: [:]][w.week] = w.waiting }
        let keys = Set(d.backlog.keys).union(d.demand.keys)
        for key in keys {
            var expected = d.backlog[key] ?? 0
            for week in 1...2 {
                expected += (d.demand[key]?[week] ?? 0) - (treated[key]?[week] ?? 0)
                #expect(abs((waiting[key]?[week] ?? 0) - expected) < 1e-6, "seed \(seed) \(key) week \(week)")
            }
        }
    }

    /// `no_region_worse_off` is always feasible and holds: every (region, specialty) ends with no
    /// more waiting (and none more over the guarantee) than its status-quo bound, which is at
    /// least the status quo's own value; and the plan costs no more than the status quo.
    @Test(arguments: 51...70)
    func noRegionWorseOffHolds(_ seed: UInt64) throws {
        let run = try solve(Self.randomWorld(seed).prepare(weeks: 1...2) { Self.configure(seed)(&$0); $0.noRegionWorseOff = true })
        #expect(run.plan.status == .optimal)
        let sq = try #require(run.statusQuo)
        for (bound, limit) in run.waitingBounds {
            let planValue = run.plan.finalByRegionSpecialty[bound] ?? 0, sqValue = sq.finalByRegionSpecialty[bound] ?? 0
            #expect(planValue <= limit + 1e-7, "seed \(seed) \(bound): \(planValue) > \(limit)")
            #expect(sqValue <= limit + 1e-7)
        }
        #expect(!run.waitingBounds.isEmpty)
        let objective = try #require(run.plan.objective), sqObjective = try #require(sq.objective)
        #expect(objective <= sqObjective + 1e-6 * max(1, abs(sqObjective)))
    }

    /// With transfers off, guarantee penalty 0 and no `weeks_waited`, the objective equals
    /// version 1's wherever version 1 put no planned care into overload (SPEC v2).
    @Test(arguments: 71...100)
    func version1IsReproduced(_ seed: UInt64) throws {
        let prepared = try Self.randomWorld(seed, weeksWaited: false).prepare(weeks: 1...2) {
            Self.configure(seed)(&$0); $0.acuteTransfers = false; $0.defaultGuaranteePenalty = 0; $0.compareStatusQuo = false
        }
        let v2 = try solve(prepared).plan
        let (v1Objective, plannedOverload) = try Version1Reference.solve(prepared)
        guard plannedOverload < 1e-7 else { return }
        let objective = try #require(v2.objective)
        #expect(abs(objective - v1Objective) <= 1e-7 * max(1, abs(v1Objective)), "seed \(seed): v2 \(objective), v1 \(v1Objective)")
    }
}

/// The summer LP of SPEC version 1, kept only as a reference for the tests: one waiting list
/// per (r, s, t) and week, planned care and acute load in one bed row with overload o beside.
enum Version1Reference {
    /// The v1 optimum and the overload beyond the acute excess (planned care on overload).
    static func solve(_ prepared: SummerInputs) throws -> (objective: Double, plannedOverload: Double) {
        let v2 = try SummerModelBuilder.build(prepared)
        let s = prepared.settings, d = prepared.data, weeks = Array(s.weeks)
        var model = LinearModel()
        var waitingRow: [QueueWeek: Int] = [:]
        for key in v2.layout.queueKeys {
            var previous: Int?
            for w in weeks {
                let weight = w == s.weeks.upperBound ? s.finalBacklogWeight : 1
                let q = model.addVariable(lower: 0, upper: .infinity, objective: v2.layout.waitCost[key]! * weight)
                let rhs = (d.demand[key]?[w] ?? 0) + (w == s.weeks.lowerBound ? d.backlog[key] ?? 0 : 0)
                let row = model.addRow(lower: rhs, upper: rhs)
                model.addCoefficient(row: row, column: q, value: 1)
                if let previous { model.addCoefficient(row: row, column: previous, value: -1) }
                previous = q
                waitingRow[QueueWeek(queue: key, week: w)] = row
            }
        }
        var bedRow: [WardWeek: Int] = [:], excess = 0.0
        var overloads: [Int] = []
        for ward in v2.layout.wards {
            let balance = v2.layout.balances[ward]!
            let o = model.addVariable(lower: 0, upper: .infinity, objective: s.overloadPenaltySEKPerBedWeek)
            overloads.append(o)
            let row = model.addRow(lower: -.infinity, upper: s.targetOccupancy * balance.staffedBeds - balance.acuteLoad)
            model.addCoefficient(row: row, column: o, value: -1)
            bedRow[ward] = row
            excess += balance.acuteExcess
        }
        var theatre: [WardWeek: Int] = [:], clinic: [WardWeek: Int] = [:]
        for (k, (key, _)) in v2.layout.flows.entries.enumerated() {
            let terms = v2.layout.flowTerms[k], ward = WardWeek(hospital: key.hospital, specialty: key.specialty, week: key.week)
            let x = model.addVariable(lower: 0, upper: .infinity, objective: terms.cooperationCost + terms.travelCost)
            model.addCoefficient(row: waitingRow[QueueWeek(queue: RegionSpecialtyCareType(key.region, key.specialty, key.careType), week: key.week)]!,
                                 column: x, value: 1)
            let c = d.capacity.capacity(hospital: key.hospital, specialty: key.specialty, week: key.week)
            if terms.bedsPerCase > 0 { model.addCoefficient(row: bedRow[ward]!, column: x, value: terms.bedsPerCase) }
            if terms.theatreHoursPerCase > 0 {
                if theatre[ward] == nil { theatre[ward] = model.addRow(lower: -.infinity, upper: c.orHours) }
                model.addCoefficient(row: theatre[ward]!, column: x, value: terms.theatreHoursPerCase)
            }
            if terms.visitsPerCase > 0 {
                if clinic[ward] == nil { clinic[ward] = model.addRow(lower: -.infinity, upper: c.visits) }
                model.addCoefficient(row: clinic[ward]!, column: x, value: terms.visitsPerCase)
            }
        }
        let result = try GLPKSolver().solve(model.compiled(), parameters: SolveParameters())
        let objective = try #require(result.objectiveValue)
        let overload = overloads.reduce(0) { $0 + result.primalValues[$1] }
        return (objective, max(0, overload - excess))
    }
}
