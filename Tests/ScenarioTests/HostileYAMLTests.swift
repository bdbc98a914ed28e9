import Foundation
import PlanningData
import Scenario
import TestSupport
import Testing

/// Issue 15, kind 2: anchors and aliases, huge and deeply nested YAML are refused at once with
/// `FILE:LINE:COLUMN`, before the YAML parser sees them.
@Suite("Hostile YAML is refused before parsing")
struct HostileYAMLTests {
    /// "Billion laughs": each level lists the previous one nine times.
    static func laughs(levels: Int) -> String {
        var text = "name: Test\nkind: summer\ndata: TINY\nweeks: 28..30\nl0: &l0 [\"lol\"]\n"
        for level in 1...levels {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n"
        }
        return text
    }

    @Test(arguments: [7, 8, 12])
    func nestedAliasesAreRefusedAtTheFirstAnchor(_ levels: Int) throws {
        let folder = try ScenarioFolder(["s.yaml": Self.laughs(levels: levels)])
        let issues = folder.issues("s.yaml")
        #expect(issues == ["DIR/s.yaml:5:5: YAML anchors and aliases are not supported in scenario files: found an anchor (`&`); share values with `extends` instead"])
    }

    @Test(arguments: [
        ("wait_cost_sek_per_week: &w 1500\nguarantee_penalty_sek_per_week: *w\n", "5:25", "an anchor (`&`)"),
        ("adjust:\n  - demand: {region: \"*\", specialty: *, care_type: \"*\", weeks: \"*\", factor: 1.1}\n", "6:38", "an alias (`*`); for every id write \"*\" in quotes"),
        ("solver:\n  <<: *defaults\n", "6:7", "an alias (`*`)"),
        ("adjust:\n  - &a demand: {factor: 1}\n", "6:5", "an anchor (`&`)"),
        ("x: !!str &a v\n", "5:10", "an anchor (`&`)"),
        ("x: [a, *b]\n", "5:8", "an alias (`*`)"),
    ])
    func anOrdinaryAnchorOrAliasIsRefused(_ yaml: String, _ place: String, _ what: String) throws {
        let folder = try ScenarioFolder(["s.yaml": base + yaml])
        let issues = folder.issues("s.yaml")
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("DIR/s.yaml:\(place): YAML anchors and aliases are not supported in scenario files: found \(what)") == true, "\(issues)")
    }

    @Test(arguments: [
        "name: Sommar & höst *2024*\nkind: summer\ndata: TINY\nweeks: 28..30\n",
        "name: \"&a *b\"\nkind: summer\ndata: TINY\nweeks: 28..30\n",
        "name: '&a *b'\nkind: summer\ndata: TINY\nweeks: 28..30\n",
        "name: |\n  *stars*\n  &amp;\n\n  - *x\nkind: summer\ndata: TINY\nweeks: 28..30\n",
        "name: >-\n  & folded\nkind: summer   # a comment with &a and *b\ndata: TINY\nweeks: {from: 28, to: 30}\n",
    ])
    func ampersandsAndStarsInsideValuesAreText(_ yaml: String) throws {
        let folder = try ScenarioFolder(["s.yaml": yaml])
        #expect(folder.issues("s.yaml") == [])
    }

    @Test func deeplyNestedFlowCollectionsAreRefused() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let folder = try ScenarioFolder(["s.yaml": base + "x: " + deep + "\n"])
        #expect(folder.issues("s.yaml") == ["DIR/s.yaml:5:68: lists and maps written in `[...]` or `{...}` nest more than 64 deep"])
    }

    @Test func aFileLargerThanTheCapIsRefusedWithoutReadingIt() throws {
        let folder = try ScenarioFolder(["s.yaml": base + "# " + String(repeating: "x", count: 1 << 20) + "\n"])
        #expect(folder.issues("s.yaml") == ["DIR/s.yaml:1:1: the file is larger than 1024 KiB; a scenario file is a few kilobytes of YAML"])
    }

    @Test func anAnchorInAParentFileNamesTheParent() throws {
        let folder = try ScenarioFolder([
            "parent.yaml": base + "solver: &s {time_limit_s: 10}\n",
            "child.yaml": "extends: parent.yaml\nname: C\n",
        ])
        #expect(folder.issues("child.yaml").first?.hasPrefix("DIR/parent.yaml:5:9: YAML anchors") == true)
    }
}

@Suite("Scenario files that are not regular files")
struct DeviceScenarioTests {
    @Test func extendingADeviceIsRefusedWithoutReadingIt() throws {
        let folder = try ScenarioFolder(["s.yaml": "extends: /dev/zero\nname: X\n"])
        #expect(folder.issues("s.yaml") == ["DIR/s.yaml:1:10: extends: /dev/zero is not a regular file"])
    }
}

@Suite("Deep block nesting is refused by the parser's own limit")
struct DeepBlockNestingTests {
    @Test func aMillionNestedSequencesIsAnErrorWithAPlace() throws {
        let folder = try ScenarioFolder(["s.yaml": String(repeating: "- ", count: 200_000) + "y\n"])
        let issues = folder.issues("s.yaml")
        #expect(issues.count == 1)
        #expect(issues.first?.hasPrefix("DIR/s.yaml:1:") == true && issues.first?.contains("nesting") == true, "\(issues)")
    }
}
