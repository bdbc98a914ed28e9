import Foundation
import Scenario
import Testing
import Uncertainty

/// The `uncertainty` block of a summer scenario (docs/SPEC.md §10): read strictly, every error with
/// FILE:LINE:COLUMN and its key path.
@Suite("The uncertainty block of summer scenarios")
struct UncertaintyBlockTests {
    static let block = """
        uncertainty:
          draws: 200
          seed: 2024
          demand:   {low: 0.9,  mode: 1.0, high: 1.15}
          acute:    {low: 0.95, mode: 1.0, high: 1.1}
          capacity: {low: 0.9,  mode: 1.0, high: 1.0}

        """

    @Test func theSpecExampleIsRead() throws {
        let folder = try ScenarioFolder(["s.yaml": base + Self.block])
        guard case let .summer(s) = try ScenarioDocument.load(folder.path("s.yaml")) else {
            Issue.record("not a summer scenario")
            return
        }
        let u = try #require(s.uncertainty)
        #expect(u.draws == 200 && u.seed == 2024)
        #expect(u.demand == Triangular(low: 0.9, mode: 1.0, high: 1.15))
        #expect(u.acute == Triangular(low: 0.95, mode: 1.0, high: 1.1))
        #expect(u.capacity == Triangular(low: 0.9, mode: 1.0, high: 1.0))
        #expect(folder.issues("s.yaml") == [])
    }

    /// Omitted lines are nil (factor 1); a scenario without the block has none.
    @Test func omittedLinesAndBlock() throws {
        let folder = try ScenarioFolder(["s.yaml": base + "uncertainty: {draws: 1, seed: 0}\n", "plain.yaml": base])
        guard case let .summer(s) = try ScenarioDocument.load(folder.path("s.yaml")),
              case let .summer(plain) = try ScenarioDocument.load(folder.path("plain.yaml")) else {
            Issue.record("not summer scenarios")
            return
        }
        #expect(s.uncertainty == UncertaintySettings(draws: 1, seed: 0))
        #expect(s.uncertainty!.factorPlan.factor(draw: 1, .demand, "north", "ortopedi") == 1)
        #expect(plain.uncertainty == nil)
    }

    /// A child can change one line of its parent's block (maps merge key by key) or drop it with null.
    @Test func extendsMergesAndNullRemoves() throws {
        let folder = try ScenarioFolder([
            "parent.yaml": base + Self.block,
            "child.yaml": "extends: parent.yaml\nuncertainty:\n  seed: 7\n  acute: null\n",
            "none.yaml": "extends: parent.yaml\nuncertainty: null\n",
        ])
        guard case let .summer(child) = try ScenarioDocument.load(folder.path("child.yaml")),
              case let .summer(none) = try ScenarioDocument.load(folder.path("none.yaml")) else {
            Issue.record("not summer scenarios")
            return
        }
        #expect(child.uncertainty == UncertaintySettings(draws: 200, seed: 7, demand: Triangular(low: 0.9, mode: 1.0, high: 1.15),
                                                         capacity: Triangular(low: 0.9, mode: 1.0, high: 1.0)))
        #expect(none.uncertainty == nil)
    }

    static let corpus: [BadScenario] = [
        BadScenario(description: "draws 0", yaml: base + "uncertainty:\n  draws: 0\n  seed: 1\n",
                    expected: "DIR/s.yaml:6:10: uncertainty.draws: expected a whole number ≥ 1 (at most 1 000 000), found 0"),
        BadScenario(description: "draws not whole", yaml: base + "uncertainty:\n  draws: 2.5\n  seed: 1\n",
                    expected: "DIR/s.yaml:6:10: uncertainty.draws: expected a whole number ≥ 1 (at most 1 000 000), found 2.5"),
        BadScenario(description: "draws quoted", yaml: base + "uncertainty:\n  draws: \"200\"\n  seed: 1\n",
                    expected: "DIR/s.yaml:6:10: uncertainty.draws: expected a whole number ≥ 1 (at most 1 000 000), found \"200\""),
        BadScenario(description: "too many draws", yaml: base + "uncertainty:\n  draws: 1000000000\n  seed: 1\n",
                    expected: "DIR/s.yaml:6:10: uncertainty.draws: expected a whole number ≥ 1 (at most 1 000 000), found 1000000000"),
        BadScenario(description: "seed above 2^63 - 1", yaml: base + "uncertainty:\n  draws: 10\n  seed: 18446744073709551615\n",
                    expected: "DIR/s.yaml:7:9: uncertainty.seed: expected a whole number ≥ 0 (at most 9223372036854775807), found 18446744073709551615"),
        BadScenario(description: "negative seed", yaml: base + "uncertainty:\n  draws: 10\n  seed: -1\n",
                    expected: "DIR/s.yaml:7:9: uncertainty.seed: expected a whole number ≥ 0 (at most 9223372036854775807), found -1"),
        BadScenario(description: "missing seed", yaml: base + "uncertainty:\n  draws: 10\n",
                    expected: "DIR/s.yaml:6:3: uncertainty.seed: missing required key `seed`"),
        BadScenario(description: "missing draws", yaml: base + "uncertainty: {seed: 3}\n",
                    expected: "DIR/s.yaml:5:14: uncertainty.draws: missing required key `draws`"),
        BadScenario(description: "misspelt key", yaml: base + "uncertainty:\n  draw: 10\n  seed: 1\n",
                    expected: "DIR/s.yaml:6:3: uncertainty.draw: unknown key (did you mean `draws`?)"),
        BadScenario(description: "misspelt line", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  demands: {low: 1, mode: 1, high: 1}\n",
                    expected: "DIR/s.yaml:8:3: uncertainty.demands: unknown key (did you mean `demand`?)"),
        BadScenario(description: "not a map", yaml: base + "uncertainty: 200\n",
                    expected: "DIR/s.yaml:5:14: uncertainty: expected a map, found a scalar"),
        BadScenario(description: "low above mode", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  demand: {low: 1.1, mode: 1.0, high: 1.2}\n",
                    expected: "DIR/s.yaml:8:11: uncertainty.demand: expected low ≤ mode ≤ high, found low 1.1, mode 1, high 1.2"),
        BadScenario(description: "mode above high", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  capacity: {low: 0.9, mode: 1.1, high: 1}\n",
                    expected: "DIR/s.yaml:8:13: uncertainty.capacity: expected low ≤ mode ≤ high, found low 0.9, mode 1.1, high 1"),
        BadScenario(description: "negative low", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  acute: {low: -0.1, mode: 1, high: 1}\n",
                    expected: "DIR/s.yaml:8:16: uncertainty.acute.low: expected a non-negative factor, found -0.1"),
        BadScenario(description: "missing mode", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  acute: {low: 0.9, high: 1.1}\n",
                    expected: "DIR/s.yaml:8:10: uncertainty.acute: missing `mode`: a factor line takes low, mode and high"),
        BadScenario(description: "unknown field of a line", yaml: base + "uncertainty:\n  draws: 10\n  seed: 1\n  acute: {low: 0.9, mode: 1, hi: 1.1}\n",
                    expected: "DIR/s.yaml:8:30: uncertainty.acute.hi: unknown key (did you mean `high`?)"),
        BadScenario(description: "uncertainty in level structuring",
                    yaml: "name: T\nkind: level_structuring\ndata: TINY\nprocedure: {specialty: ortopedi, care_type: elective_inpatient, cases_per_100k: 10, candidates: [north_uni]}\nuncertainty: {draws: 10, seed: 1}\n",
                    expected: "DIR/s.yaml:5:1: uncertainty: unknown key"),
    ]

    @Test(arguments: corpus)
    func badBlockGivesItsExactError(_ bad: BadScenario) throws {
        let folder = try ScenarioFolder(["s.yaml": bad.yaml])
        let issues = folder.issues("s.yaml")
        #expect(issues.first == bad.expected, "\(issues)")
    }

    /// Every problem of the block is reported, not only the first.
    @Test func everyProblemIsReported() throws {
        let folder = try ScenarioFolder(["s.yaml": base + "uncertainty:\n  draws: 0\n  seed: -3\n  demand: {low: 2, mode: 1, high: 1}\n"])
        #expect(folder.issues("s.yaml").count == 3)
    }
}
