import Foundation
import TestSupport
import Testing

/// The decomposed summer solve from the command line: the thread count never changes a result
/// file, run.json reports the blocks, and `solve --decompose` agrees with the whole solve.
@Suite("samplan run/solve: decomposed solves", .serialized)
struct DecomposedRunTests {
    static let scenario = "Tests/Fixtures/scenarios/summer-small.yaml"

    @Test func parallelAndSequentialRunsWriteIdenticalFiles() throws {
        let one = temporaryPath("jobs1"), four = temporaryPath("jobs4")
        defer { try? FileManager.default.removeItem(at: one); try? FileManager.default.removeItem(at: four) }
        let a = try Samplan.run(["run", Self.scenario, "--jobs", "1", "--out", one.path])
        let b = try Samplan.run(["run", Self.scenario, "--jobs", "4", "--out", four.path])
        try #require(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        // Every file, in subfolders too (the status quo's), compared byte for byte.
        func files(_ folder: URL) throws -> [String] {
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue
            }.sorted()
        }
        let names = try files(one)
        #expect(names == (try files(four)))
        for name in names where !name.hasSuffix("run.json") {
            let x = try Data(contentsOf: one.appendingPathComponent(name)), y = try Data(contentsOf: four.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between --jobs 1 and --jobs 4")
        }
        let run = try jsonObject(four.appendingPathComponent("run.json"))
        let decomposition = try #require(run["decomposition"] as? [String: Any])
        #expect(decomposition["jobs"] as? Int == 4)
        #expect(decomposition["solve_seconds_elapsed"] is Double && decomposition["solve_seconds_summed"] is Double)
        let plan = try #require((decomposition["models"] as? [String: Any])?["plan"] as? [String: Any])
        #expect((plan["blocks"] as? Int ?? 0) > 1)
        let largest = try #require(plan["largest_block"] as? [String: Any])
        #expect((largest["rows"] as? Int ?? 0) > 0 && (largest["columns"] as? Int ?? 0) > 0)
    }

    @Test func solveDecomposeAgreesWithTheWholeSolve() throws {
        let file = temporaryPath("export").appendingPathExtension("mps")
        defer { try? FileManager.default.removeItem(at: file) }
        let export = try Samplan.run(["export", Self.scenario, "--format", "mps", "--out", file.path])
        try #require(export.status == 0, "\(export.stderr)")
        let whole = try Samplan.run(["solve", file.path, "--json"])
        let split = try Samplan.run(["solve", file.path, "--json", "--decompose", "--jobs", "2"])
        try #require(whole.status == 0 && split.status == 0, "\(whole.stderr)\(split.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any] ?? [:]
        let b = try JSONSerialization.jsonObject(with: Data(split.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(a["status"] as? String == "optimal" && b["status"] as? String == "optimal")
        let za = try #require(a["objective"] as? Double), zb = try #require(b["objective"] as? Double)
        #expect(abs(za - zb) <= 1e-9 * max(1, abs(za)))
        let text = try Samplan.run(["solve", file.path, "--decompose"])
        #expect(text.stdout.contains("Blocks "))
    }
}
