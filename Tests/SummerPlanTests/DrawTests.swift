import Foundation
import GLPKBackend
import LinearProgramming
import PlanningData
import Runs
import Scenario
import SummerPlan
import TestSupport
import Testing
import Uncertainty

/// The Monte Carlo draws of docs/SPEC.md §10: the factors on the prepared data, and the draws' plans.
@Suite("Summer draws")
struct DrawTests {
    static let decomposing = DecomposingSolver(backend: GLPKSolver(), jobs: 2)

    /// A summer scenario on the tiny data set, weeks 28–30, with `block` appended.
    static func prepared(_ block: String) throws -> (SummerInputs, UncertaintySettings?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("draws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.yaml").path
        try "name: Osäker\nkind: summer\ndata: \(Fixtures.tinyDataSet.path)\nweeks: 28..30\ncompare_status_quo: true\n\(block)"
            .write(toFile: file, atomically: true, encoding: .utf8)
        guard case let .summer(scenario) = try ScenarioDocument.load(file) else { throw CancellationError() }
        return (try scenario.prepare().summerInputs, scenario.uncertainty)
    }

    @Test func zeroWidthRangesGiveTheBasePlanInEveryDraw() throws {
        let (prepared, uncertainty) = try Self.prepared("""
            uncertainty:
              draws: 6
              seed: 7
              demand: {low: 1, mode: 1, high: 1}
              acute: {low: 1, mode: 1, high: 1}
              capacity: {low: 1, mode: 1, high: 1}
            """)
        let settings = try #require(uncertainty)
        let planner = SummerPlanner(solver: Self.decomposing)
        let base = try planner.run(prepared)
        #expect(base.plan.status == .optimal)
        let (rows, starts) = try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: settings, draws: Array(1...6))
        let expected = DrawResult(draw: 0, plan: base.plan, statusQuo: base.statusQuo)
        #expect(expected.gainVsStatusQuo != nil)
        #expect(rows.map(\.draw) == Array(1...6))
        for row in rows {
            #expect(row == DrawResult(draw: row.draw, status: expected.status, objective: expected.objective, gainVsStatusQuo: expected.gainVsStatusQuo,
                                      finalWaiting: expected.finalWaiting, finalWaitingOverGuarantee: expected.finalWaitingOverGuarantee,
                                      overloadBedWeeks: expected.overloadBedWeeks, acuteTransferBedWeeks: expected.acuteTransferBedWeeks,
                                      netByRegion: expected.netByRegion, waitingByRegion: expected.waitingByRegion))
        }
        #expect(starts.reused == 12 && starts.warm == 0 && starts.cold == 0)
    }

    @Test func factorsScaleDemandAcuteLoadAndCapacity() throws {
        let (prepared, uncertainty) = try Self.prepared("""
            uncertainty:
              draws: 1
              seed: 1
              demand: {low: 2, mode: 2, high: 2}
              acute: {low: 3, mode: 3, high: 3}
              capacity: {low: 0.5, mode: 0.5, high: 0.5}
            """)
        let settings = try #require(uncertainty)
        let drawn = prepared.drawn(settings.factorPlan, draw: 1).data
        let d = prepared.data
        #expect(!d.demand.isEmpty)
        for (key, series) in d.demand {
            for w in series.weeks { #expect(drawn.demand[key]![w] == 2 * series[w]) }
        }
        var sawAcute = false, sawBeds = false
        for h in d.hospitals.indices {
            for s in d.specialties.indices {
                for w in 28...30 {
                    let a = d.acuteLoad(hospital: h, specialty: s, week: w)
                    sawAcute = sawAcute || a > 0
                    #expect(abs(drawn.acuteLoad(hospital: h, specialty: s, week: w) - 3 * a) <= 1e-12 * max(1, a))
                    let c = d.capacity.capacity(hospital: h, specialty: s, week: w)
                    sawBeds = sawBeds || c.beds > 0
                    #expect(drawn.capacity.capacity(hospital: h, specialty: s, week: w)
                            == Resources(beds: c.beds * 0.5, orHours: c.orHours * 0.5, visits: c.visits * 0.5))
                }
            }
        }
        #expect(sawAcute && sawBeds)
        // Backlog is not a line of the block.
        #expect(drawn.backlog == d.backlog)
    }

    /// Warm-started draws find the optimum cold draws find; the same seed gives the same rows.
    @Test func warmAndColdDrawsAgreeAndTheSeedFixesThem() throws {
        let (prepared, uncertainty) = try Self.prepared("""
            uncertainty:
              draws: 6
              seed: 2024
              demand: {low: 0.8, mode: 1, high: 1.3}
              acute: {low: 0.9, mode: 1, high: 1.2}
              capacity: {low: 0.8, mode: 1, high: 1}
            """)
        let settings = try #require(uncertainty)
        let planner = SummerPlanner(solver: Self.decomposing)
        let base = try planner.run(prepared)
        let (warm, starts) = try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: settings, draws: Array(1...6))
        let (cold, coldStarts) = try SummerDraws(planner: planner, chunkSize: 3, warmStarts: false).run(base, settings: settings, draws: Array(1...6))
        let (again, _) = try SummerDraws(planner: planner, chunkSize: 2).run(base, settings: settings, draws: Array(1...6))
        // The envelope gives every draw the centre's structure: none is solved cold.
        #expect(starts.warm == 12 && starts.cold == 0 && starts.centreModels == 2, "\(starts)")
        #expect(coldStarts.warm == 0 && coldStarts.cold == 12 && coldStarts.centreModels == 0)
        #expect(again == warm)
        for (w, c) in zip(warm, cold) {
            #expect(w.status == "optimal" && c.status == "optimal")
            let a = try #require(w.objective), b = try #require(c.objective)
            #expect(abs(a - b) <= 1e-7 * max(1, abs(a)), "draw \(w.draw): \(a) vs \(b)")
            #expect(a != base.plan.objective)
        }
        // Shards give the rows of the whole.
        var sharded: [DrawResult] = []
        for i in 1...3 {
            sharded += try SummerDraws(planner: planner, chunkSize: 4).run(base, settings: settings, draws: DrawShard(index: i, count: 3)!.draws(of: 6)).0
        }
        #expect(sharded.sorted { $0.draw < $1.draw } == warm)
    }

    /// The envelope of wide ranges adds acute-excess rows and transfer columns that the base data
    /// does not need, and they change nothing: the same optimum with and without them.
    @Test func theWardEnvelopeKeepsTheOptimumAndCoversEveryDraw() throws {
        let (prepared, uncertainty) = try Self.prepared("""
            uncertainty:
              draws: 8
              seed: 11
              acute: {low: 0.9, mode: 1, high: 1.2}
              capacity: {low: 0.8, mode: 0.9, high: 1}
            """)
        let settings = try #require(uncertainty)
        let planner = SummerPlanner(solver: Self.decomposing)
        let envelope = prepared.wardEnvelope(of: settings.factorPlan)
        let (plainModel, plain) = try planner.build(prepared)
        let (wideModel, wide) = try planner.build(prepared, envelope: envelope)
        #expect(wide.rowCount > plain.rowCount && wide.columnCount > plain.columnCount)
        #expect(wideModel.layout.acuteExcessRows.count > plainModel.layout.acuteExcessRows.count)
        let a = try planner.solve(plainModel, plain, prepared), b = try planner.solve(wideModel, wide, prepared)
        let za = try #require(a.objective), zb = try #require(b.objective)
        #expect(abs(za - zb) <= 1e-9 * max(1, abs(za)))
        #expect(abs(a.finalWaiting - b.finalWaiting) <= 1e-6 * max(1, a.finalWaiting))
        // Every draw, and the centre, has the envelope model's rows, columns and matrix.
        let centre = prepared.centre(of: settings.factorPlan)
        for inputs in [centre] + (1...8).map({ prepared.drawn(settings.factorPlan, draw: $0) }) {
            let (_, drawn) = try planner.build(inputs, envelope: envelope)
            #expect(SummerPlanner.sameStructure(wide, drawn))
            let (_, drawnStatusQuo) = try planner.build(inputs, routes: .statusQuo, envelope: envelope)
            let (_, wideStatusQuo) = try planner.build(prepared, routes: .statusQuo, envelope: envelope)
            #expect(SummerPlanner.sameStructure(wideStatusQuo, drawnStatusQuo))
        }
    }

    @Test func theCentreHasEveryFactorAtItsMean() throws {
        let (prepared, uncertainty) = try Self.prepared("""
            uncertainty:
              draws: 1
              seed: 1
              demand: {low: 0.9, mode: 1.2, high: 1.5}
            """)
        let settings = try #require(uncertainty)
        let centre = prepared.centre(of: settings.factorPlan).data
        for (key, series) in prepared.data.demand {
            for w in series.weeks { #expect(centre.demand[key]![w] == series[w] * ((0.9 + 1.2 + 1.5) / 3)) }
        }
        // Ranges whose means are 1 leave the data as it is.
        let one = UncertaintySettings(draws: 1, seed: 1, demand: .one, acute: .one, capacity: .one)
        #expect(prepared.centre(of: one.factorPlan).data.demand == prepared.data.demand)
    }
}
