import Foundation
import Reports
import Testing

/// Issue 15 (kill test): a writer killed with `kill -9` leaves its hidden temporary folder; the
/// next write of the same result folder removes those of processes that are gone, and only those.
@Suite("Result folders after a killed writer")
struct StaleTemporaryTests {
    @Test func temporariesOfDeadProcessesAreRemovedOnTheNextWrite() throws {
        let fm = FileManager.default
        let parent = fm.temporaryDirectory.appendingPathComponent("samplan-stale-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: parent) }
        // 4 194 999 is above Linux's largest pid, so no process has it.
        let dead = [".o.tmp-4194999-17", ".o.old-4194999-3"]
        let kept = [".o.tmp-\(ProcessInfo.processInfo.processIdentifier)-5", ".other.tmp-4194999-1", ".o.tmp-x-1"]
        for name in dead + kept { try fm.createDirectory(atPath: parent + "/" + name, withIntermediateDirectories: false) }
        try ResultFolderWriter.write([("summary.json", "{}\n")], to: parent + "/o", force: false)
        let left = try fm.contentsOfDirectory(atPath: parent).sorted()
        #expect(left == (kept + ["o"]).sorted())
        #expect(try String(contentsOfFile: parent + "/o/summary.json", encoding: .utf8) == "{}\n")
    }
}
