import Foundation
import Scenario
import TestSupport
import Testing

/// A key written twice is reported at its second line, with the first named (Yams itself marks
/// only the map), and a folder given as the scenario says so.
@Suite("Duplicate keys and folders")
struct DuplicateKeyTests {
    @Test("top-level key written twice")
    func topLevel() throws {
        let folder = try ScenarioFolder(["a.yaml": "name: a\nname: b\nkind: summer\ndata: TINY\n"])
        #expect(folder.issues("a.yaml") == ["DIR/a.yaml:2:1: name: the key is written twice in the same map (first on line 1)"])
    }

    @Test("key written twice inside a list item; the same key in the item before does not count")
    func insideListItem() throws {
        let text = """
            kind: summer
            data: TINY
            adjust:
              - capacity:
                  hospital: x
                  factor: 1
              - capacity:
                  hospital: y
                  factor: 2
                  hospital: z

            """
        let folder = try ScenarioFolder(["b.yaml": text])
        #expect(folder.issues("b.yaml") == ["DIR/b.yaml:10:7: hospital: the key is written twice in the same map (first on line 8)"])
    }

    @Test("a folder is not a scenario file")
    func folderAsScenario() throws {
        let folder = try ScenarioFolder([:])
        let issues = folder.issues("")
        try #require(issues.count == 1)
        #expect(issues[0].contains("is a folder, not a scenario file"))
    }
}
