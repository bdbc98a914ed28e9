import Foundation
import TestSupport
import Testing

/// What the command line does with an `uncertainty` block today: checks it, and says plainly that
/// the draws are not run (no draws.csv is written that could be mistaken for results).
@Suite("samplan and the uncertainty block")
struct UncertaintyRunTests {
    static func scenario(_ block: String) throws -> (folder: URL, file: String) {
        let folder = temporaryPath("uncertain")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("s.yaml").path
        try "name: Osäker\nkind: summer\ndata: \(Fixtures.tinyDataSet.path)\nweeks: 28..30\n\(block)"
            .write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test func runWarnsAndWritesTheBasePlanOnly() throws {
        let (folder, file) = try Self.scenario("uncertainty: {draws: 5, seed: 1, demand: {low: 0.9, mode: 1, high: 1.1}}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let output = try Samplan.run(["run", file, "--out", out.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("warning: \(file): uncertainty: the block is read and checked, but this samplan does not run the draws yet"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("draws.csv").path))
    }

    @Test func aBadBlockIsAnInvalidScenario() throws {
        let (folder, file) = try Self.scenario("uncertainty:\n  draws: 0\n  seed: 1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["validate", file], ["run", file, "--out", folder.appendingPathComponent("out").path]] {
            let output = try Samplan.run(arguments)
            let command = arguments[0]
            #expect(output.status == 65, "\(command): \(output.stderr)")
            #expect(output.stderr.contains("error: \(file):6:10: uncertainty.draws: expected a whole number ≥ 1, found 0"), "\(command): \(output.stderr)")
        }
    }
}
