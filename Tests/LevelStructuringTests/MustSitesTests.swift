import Foundation
import GLPKBackend
@testable import LevelStructuring
import LinearProgramming
import PlanningData
import Reports
import Runs
import Scenario
import TestSupport
import Testing

/// Three hospitals on one meridian: h0 at municipality m0 (59° N), h1 at m1 (60° N), h2 halfway.
/// D(m0) = 100, D(m1) = 200 cases; fixed costs 1 000 000 (h0, h1) and 500 000 (h2); no case cost;
/// 10 SEK a minute. Every cost below follows from these numbers by hand.
struct HandLevelWorld {
    let folder = temporaryPath("level-hand")

    init(_ extra: String) throws {
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let files = [
            "regions.csv": "region,name,population,latitude,longitude\nwest,Väst,30000,59.5,15.0\n",
            "municipalities.csv": "municipality,name,region,population,latitude,longitude\nm0,Söder,west,10000,59.0,15.0\nm1,Norr,west,20000,60.0,15.0\n",
            "hospitals.csv": "hospital,name,region,level,latitude,longitude\nh0,Södra,west,county,59.0,15.0\nh1,Norra,west,county,60.0,15.0\nh2,Mitt,west,county,59.5,15.0\n",
            "specialties.csv": "specialty,name,acute_share\nkardiologi,Kardiologi,0.5\n",
            "case_mix.csv": "specialty,care_type,bed_days,or_minutes,visits\nkardiologi,elective_inpatient,3,0,0\n",
            "capacity.csv": "hospital,specialty,week,beds,or_hours,visits\n",
            "demand.csv": "region,specialty,care_type,week,cases\n",
            "pricelist.csv": "specialty,care_type,level,price_sek\nkardiologi,elective_inpatient,*,90000\n",
            "costs.csv": "region,specialty,care_type,cost_sek\n*,*,elective_inpatient,80000\n",
        ]
        for (name, text) in files { try text.write(to: data.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let scenario = """
            name: Hand
            kind: level_structuring
            data: data
            procedure:
              specialty: kardiologi
              care_type: elective_inpatient
              cases_per_100k: 1000
              candidates: [h0, h1, h2]
              fixed_cost_sek: {default: 1000000, h2: 500000}

            """
        try (scenario + extra).write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    }

    func run() throws -> LevelStructuringRun {
        guard case let .levelStructuring(s) = try ScenarioDocument.load(folder.appendingPathComponent("s.yaml").path) else { throw CancellationError() }
        return try LevelStructuringPlanner(solver: GLPKSolver(), jobs: 1).run(s.prepare().levelInputs)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Minutes for one degree of latitude and for half of one, by docs/SPEC.md §2's formula.
    static let degree = TravelTable.estimatedMinutes(latitude1: 59, longitude1: 15, latitude2: 60, longitude2: 15)
    static let halfDegree = TravelTable.estimatedMinutes(latitude1: 59, longitude1: 15, latitude2: 59.5, longitude2: 15)
}

@Suite("Level structuring: must_open and must_close")
struct MustSitesTests {
    /// Without lists, h2 alone: 500 000 + 300 cases × 10 SEK × the half degree (≈ 55.6 min).
    /// must_close [h2]: h1 alone (the 100 cases of m0 travel, not the 200 of m1).
    /// must_open [h0]: h0 alone (a second site costs more than the travel it saves).
    @Test(arguments: [
        ("", ["h2"], 500_000 + 300 * 10 * HandLevelWorld.halfDegree),
        ("  must_close: [h2]\n", ["h1"], 1_000_000 + 100 * 10 * HandLevelWorld.degree),
        ("  must_open: [h0]\n", ["h0"], 1_000_000 + 200 * 10 * HandLevelWorld.degree),
        ("  must_open: [h0]\n  must_close: [h1]\n  sites: {min: 2}\n", ["h0", "h2"], 1_500_000 + 200 * 10 * HandLevelWorld.halfDegree),
        ("  must_open: [h0, h1]\n", ["h0", "h1"], 2_000_000.0),
    ])
    func theMIPHonoursTheListsByHand(_ lists: String, _ sites: [String], _ cost: Double) throws {
        let world = try HandLevelWorld(lists)
        defer { world.remove() }
        let run = try world.run()
        let optimal = try #require(run.optimal)
        #expect(optimal.status == .optimal)
        #expect(optimal.open.map { $0.map { run.problem.data.hospitals[run.problem.candidates[$0]].id } } == sites)
        let objective = try #require(optimal.result.objectiveValue)
        #expect(abs(objective - cost) <= 1e-6 * cost, "\(lists): \(objective), by hand \(cost)")
    }

    @Test func moreMustOpenSitesThanSitesMaxIsExplained() throws {
        let world = try HandLevelWorld("  must_open: [h0, h1]\n  sites: {max: 1}\n")
        defer { world.remove() }
        let run = try world.run()
        #expect(run.optimal?.status == .infeasible)
        #expect(run.optimal?.infeasibility == [.mustOpenAboveSitesMax(mustOpen: 2, sitesMax: 1)])
        #expect(run.infeasibilityInEnglish == "`must_open` names 2 sites, more than sites.max (1)")
    }

    @Test func tooFewCandidatesLeftForSitesMinIsExplained() throws {
        let world = try HandLevelWorld("  must_close: [h0, h2]\n  sites: {min: 2}\n")
        defer { world.remove() }
        let run = try world.run()
        #expect(run.optimal?.status == .infeasible)
        #expect(run.optimal?.infeasibility == [.tooFewCandidatesLeft(left: 1, sitesMin: 2)])
        #expect(run.infeasibilityInEnglish == "only 1 candidate is left after `must_close`, fewer than sites.min (2)")
    }

    @Test func aMunicipalityReachingOnlyClosedSitesIsExplained() throws {
        // Within 30 minutes m0 reaches only h0 and m1 only h1.
        let world = try HandLevelWorld("  max_travel_minutes: 30\n  must_close: [h0]\n")
        defer { world.remove() }
        let run = try world.run()
        #expect(run.optimal?.status == .infeasible)
        let south = try #require(run.problem.data.municipalities.firstIndex { $0.name == "Söder" })
        #expect(run.optimal?.infeasibility == [.reachableOnlyClosed(municipalities: [south], maxTravelMinutes: 30)])
        #expect(run.infeasibilityInEnglish == "Söder has no candidate within 30 minutes that is not in `must_close`")
    }

    /// Enumeration keeps only the combinations with every must_open site and no must_close
    /// site; named proposals are evaluated whatever the lists say.
    @Test func enumerationHonoursTheListsAndNamedProposalsIgnoreThem() throws {
        let world = try HandLevelWorld("""
              must_open: [h0]
              must_close: [h2]
            optimize: false
            proposals:
              - {name: bara Mitt, open: [h2]}
            enumerate: {sites: "1..3"}

            """)
        defer { world.remove() }
        let run = try world.run()
        #expect(run.rows.map(\.name).sorted() == ["bara Mitt", "h0", "h0+h1"])
        let named = try #require(run.rows.first { $0.name == "bara Mitt" })
        #expect(named.feasible)
        #expect(abs(named.totalCost - (500_000 + 300 * 10 * HandLevelWorld.halfDegree)) < 1e-6)
    }

    /// The MIP with must lists against brute force over every subset that holds them (each
    /// municipality to its cheapest open site: no minimum volume, no capacity).
    @Test(arguments: 60...75)
    func mipMatchesBruteForceWithMustLists(_ seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let order = (0..<5).shuffled(using: &rng)
        let mustOpen = Array(order.prefix(Int.random(in: 0...2, using: &rng))).sorted()
        let mustClose = Array(order.dropFirst(mustOpen.count).prefix(Int.random(in: 0...2, using: &rng))).sorted()
        func list(_ key: String, _ sites: [Int]) -> String { sites.isEmpty ? "" : "  \(key): [\(sites.map { "h\($0)" }.joined(separator: ", "))]\n" }
        let world = try LevelWorld(seed: seed, scenario: OptimalSitesTests.scenario(sites: list("must_open", mustOpen) + list("must_close", mustClose)))
        defer { world.remove() }
        let prepared = try world.prepared()
        let problem = try LevelProblem(prepared)
        #expect(problem.mustOpen == mustOpen && problem.mustClose == mustClose)
        let data = prepared.data
        var best = Double.infinity
        for mask in 1..<(1 << 5) {
            let open = (0..<5).filter { mask & (1 << $0) != 0 }
            guard mustOpen.allSatisfy(open.contains), !mustClose.contains(where: open.contains) else { continue }
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
        #expect(abs(objective - best) <= 1e-7 * best, "seed \(seed) open \(mustOpen) closed \(mustClose): MIP \(objective), brute force \(best)")
        let open = try #require(mip.open)
        #expect(mustOpen.allSatisfy(open.contains) && !mustClose.contains(where: open.contains))
        // Enumeration: every combination of 1–5 that holds the lists, and nothing else.
        let enumerated = LevelStructuringPlanner.proposals(problem).map(\.open)
        let expected = Combinations.all(of: 5, sizes: 1...5).filter { c in mustOpen.allSatisfy(c.contains) && !mustClose.contains(where: c.contains) }
        #expect(enumerated == expected)
    }

    /// The restricted enumeration is the unrestricted one filtered, in the same order, and its
    /// count is right.
    @Test(arguments: 0..<40)
    func restrictedCombinationsAreTheFilteredOnes(_ seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = Int.random(in: 1...8, using: &rng)
        let order = (0..<n).shuffled(using: &rng)
        let including = Array(order.prefix(Int.random(in: 0...min(3, n), using: &rng)))
        let excluding = Array(order.dropFirst(including.count).prefix(Int.random(in: 0...2, using: &rng)))
        let low = Int.random(in: 1...n, using: &rng), high = Int.random(in: low...n, using: &rng)
        let restricted = Combinations.all(of: n, sizes: low...high, including: including, excluding: excluding)
        let filtered = Combinations.all(of: n, sizes: low...high).filter { c in
            including.allSatisfy(c.contains) && !excluding.contains(where: c.contains)
        }
        #expect(restricted == filtered, "n \(n) sizes \(low)...\(high) including \(including) excluding \(excluding)")
        #expect(Combinations.count(n, sizes: low...high, including: including.count, excluding: excluding.count) == filtered.count)
    }
}
