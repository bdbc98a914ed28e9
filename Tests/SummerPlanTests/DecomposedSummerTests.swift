import Foundation
import GLPKBackend
import LinearProgramming
import PlanningData
import Runs
import Scenario
import SummerPlan
import TestSupport
import Testing

/// The summer model solved in blocks (`DecomposingSolver`) against the whole model in one GLPK
/// solve: same optimal value, same solution where it is unique, duals that certify optimality.
@Suite("Summer model: decomposed solves agree with whole-model solves")
struct DecomposedSummerTests {
    static let decomposing = DecomposingSolver(backend: GLPKSolver(), jobs: 2)

    /// Every shipped summer scenario (Scenarios/*.yaml; the level-structuring ones live in a subfolder).
    static let shippedScenarios: [String] = {
        let folder = Fixtures.packageRoot.appendingPathComponent("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// A shipped scenario, prepared; `weeks` narrows its horizon.
    static func prepare(_ name: String, weeks: ClosedRange<Int>? = nil) throws -> SummerInputs {
        let path = Fixtures.packageRoot.appendingPathComponent("Scenarios").appendingPathComponent(name).path
        guard case var .summer(scenario) = try ScenarioDocument.load(path) else {
            throw TestFailure("\(name) is not a summer scenario")
        }
        if let weeks { scenario.weeks = weeks }
        return try scenario.prepare().summerInputs
    }

    struct TestFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// `model` with tiny distinct costs added (0.5–1.5 hundredths of a krona per unit, pseudo-random
    /// by column), so that its optimum is unique and two solvers must return the same point.
    static func perturbed(_ model: CompiledModel) throws -> CompiledModel {
        var m = model.model
        var rng = SeededGenerator(seed: 2024)
        for j in 0..<m.columnCount {
            m.setObjective(column: j, to: m.objective[j] + 0.005 + 0.01 * Double.random(in: 0..<1, using: &rng))
        }
        return try m.compiled()
    }

    /// Whole and decomposed solves of `model` (unperturbed and perturbed) agree.
    static func checkAgreement(_ model: CompiledModel, parameters: SolveParameters, label: String,
                               uniqueTolerance: Double = 1e-5, perturbing: Bool = true) throws {
        let whole = try GLPKSolver().solve(model, parameters: parameters)
        let split = try decomposing.solve(model, parameters: parameters)
        #expect(whole.reportedStatus == split.reportedStatus, "\(label): \(whole.termination) vs \(split.termination)")
        guard whole.termination == .optimal else { return }
        let a = try #require(whole.objectiveValue), b = try #require(split.objectiveValue)
        #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "\(label): whole \(a), decomposed \(b)")
        #expect(split.maxBoundViolation <= 1e-6)
        let violations = DualCertificate.violations(model, split)
        #expect(violations.isEmpty, "\(label): \(violations.prefix(3))")
        guard perturbing else { return }

        let unique = try perturbed(model)
        let uw = try GLPKSolver().solve(unique, parameters: parameters)
        let us = try decomposing.solve(unique, parameters: parameters)
        try #require(uw.termination == .optimal && us.termination == .optimal)
        let za = try #require(uw.objectiveValue), zb = try #require(us.objectiveValue)
        #expect(abs(za - zb) <= 1e-9 * max(1, abs(za)), "\(label) perturbed: \(za) vs \(zb)")
        var worst = (0.0, -1)
        for j in 0..<unique.columnCount {
            let gap = abs(uw.primalValues[j] - us.primalValues[j]) / max(1, abs(uw.primalValues[j]))
            if gap > worst.0 { worst = (gap, j) }
        }
        #expect(worst.0 <= uniqueTolerance,
                "\(label) perturbed: \(worst.1 < 0 ? "" : unique.model.columnNames[worst.1]) differs by \(worst.0)")
        // Row activities of binding rows are unique too; compare every row.
        for i in 0..<unique.rowCount {
            let a = uw.rowActivities[i], b = us.rowActivities[i]
            if abs(a - b) > uniqueTolerance * max(1, abs(a)) {
                Issue.record("\(label) perturbed: row \(unique.model.rowNames[i]) \(a) vs \(b)")
                break
            }
        }
    }

    @Test func everyShippedSummerScenarioIsFound() {
        #expect(Self.shippedScenarios.count >= 7, "\(Self.shippedScenarios)")
    }

    /// For every shipped scenario, the plan's model and the status quo's model, over weeks 28–31
    /// (the ward closure's weeks, inside every shipped horizon): the whole 10-week v2 model takes
    /// GLPK about 40 s in one piece, too long to solve 32 times in CI. The full horizon is checked
    /// once, below.
    @Test(arguments: shippedScenarios)
    func shippedScenarioAgrees(_ name: String) throws {
        let prepared = try Self.prepare(name, weeks: 28...31)
        let planner = SummerPlanner(solver: Self.decomposing)
        let parameters = SummerPlanner.parameters(prepared.parameters)
        let (_, plan) = try planner.build(prepared)
        #expect(ModelDecomposition(plan).blocks.count > 1)
        try Self.checkAgreement(plan, parameters: parameters, label: name)
        if prepared.settings.routes == .all {
            let (_, statusQuo) = try planner.build(prepared, routes: .statusQuo)
            try Self.checkAgreement(statusQuo, parameters: parameters, label: name + " status quo")
        }
    }

    /// The default scenario over its whole horizon: the plan's optimum and a dual certificate.
    @Test func theDefaultScenarioAgreesOverItsWholeHorizon() throws {
        let prepared = try Self.prepare("summer-2024.yaml")
        let (_, plan) = try SummerPlanner(solver: Self.decomposing).build(prepared)
        try Self.checkAgreement(plan, parameters: SummerPlanner.parameters(prepared.parameters),
                                label: "summer-2024.yaml, weeks \(prepared.settings.weeks)", perturbing: false)
    }

    /// Random small worlds: the planner's results (plan and status quo, objective parts) agree.
    @Test(arguments: 1...200)
    func randomWorldAgrees(_ seed: UInt64) throws {
        let prepared = try PropertyTests.randomWorld(seed + 7000).prepare(weeks: 1...2) {
            $0.perspective = seed % 2 == 0 ? .region : .system
        }
        let whole = try SummerPlanner(solver: GLPKSolver()).run(prepared)
        let split = try SummerPlanner(solver: Self.decomposing).run(prepared)
        #expect(whole.plan.status == split.plan.status)
        if let a = whole.plan.objective, let b = split.plan.objective {
            #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "seed \(seed): \(a) vs \(b)")
        }
        if let a = whole.statusQuo?.objective, let b = split.statusQuo?.objective {
            #expect(abs(a - b) <= 1e-9 * max(1, abs(a)), "seed \(seed) status quo: \(a) vs \(b)")
        }
        try Self.checkAgreement(whole.compiled, parameters: SummerPlanner.parameters(prepared.parameters),
                                label: "seed \(seed)")
    }

    /// Small worlds split: one block per (care group) at least, so the tests above test something.
    @Test func randomWorldsSplitIntoBlocks() throws {
        var split = 0
        for seed in UInt64(7001)...7020 {
            let (_, compiled) = try SummerPlanner(solver: GLPKSolver()).build(PropertyTests.randomWorld(seed).prepare(weeks: 1...2))
            if ModelDecomposition(compiled).blocks.count > 1 { split += 1 }
        }
        #expect(split > 0)
    }

    /// A sweep re-solves only the blocks whose prices changed, and its optima equal cold solves'.
    @Test func aSweepSolvesOnlyChangedBlocks() throws {
        let prepared = try Self.prepare("summer-2024.yaml")
        let selector = try PriceSelector.parse("ortopedi/elective_inpatient", in: prepared.data).get()
        let planner = SummerPlanner(solver: Self.decomposing)
        let points = try planner.sweep(prepared, price: selector, factors: [1, 1.2])
        let first = try #require(points[0].outcome.result.decomposition)
        let second = try #require(points[1].outcome.result.decomposition)
        #expect(first.solvedBlocks == first.blocks)
        #expect(second.solvedBlocks >= 1 && second.solvedBlocks < second.blocks / 2, "\(second)")
        #expect(second.reusedBlocks == second.blocks - second.solvedBlocks)
        var variant = prepared
        variant.data = selector.scaled(prepared.data, by: 1.2)
        let (_, compiled) = try planner.build(variant)
        let cold = try GLPKSolver().solve(compiled, parameters: SummerPlanner.parameters(prepared.parameters))
        let a = try #require(cold.objectiveValue), b = try #require(points[1].outcome.result.objectiveValue)
        #expect(abs(a - b) <= 1e-9 * max(1, abs(a)))
    }
}
