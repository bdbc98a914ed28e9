import Foundation
import TestSupport
import Testing

/// `--force` replaces result folders only: a mistyped `--out` that names a folder of scenario
/// files or a data set is refused before any work (found by a new user who lost a data set), and
/// a result folder that cannot be created is a usage error given before the solve.
@Suite("--force replaces only result folders", .serialized)
struct ForceGuardTests {
    /// A folder holding the tiny data set as `d` and a scenario `s.yaml` that uses it.
    static func world() throws -> URL {
        let root = temporaryPath("force-guard")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.tinyDataSet, to: root.appendingPathComponent("d"))
        try "name: S\nkind: summer\ndata: d\nweeks: 28..30\n".write(to: root.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test(arguments: ["run", "sweep"])
    func aFolderOfInputsIsNeverReplaced(_ command: String) throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        let sweep = command == "sweep" ? ["--price", "ortopedi/day_surgery", "--factors", "1,1.1"] : []
        // The scenario's own folder (run from elsewhere) and the data set's folder.
        for (out, folder) in [(root.path, root.deletingLastPathComponent()), ("d", root)] {
            let output = try Samplan.run([command, root.appendingPathComponent("s.yaml").path] + sweep + ["--out", out, "--force"], in: folder)
            #expect(output.status == 64, "\(command) --out \(out): \(output.stderr)")
            #expect(output.stderr.contains("is not a Samplan result folder"), "\(output.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("s.yaml").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("d/hospitals.csv").path))
    }

    @Test func aResultFolderAndAnEmptyFolderAreReplaced() throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for out in ["r", "r", "empty"] {
            let output = try Samplan.run(["run", "s.yaml", "--out", out, "--force"], in: root)
            #expect(output.status == 0, "--out \(out): \(output.stderr)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("\(out)/run.json").path))
        }
    }

    @Test func anUnwritableParentIsAUsageError() throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: root.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        let output = try Samplan.run(["run", "s.yaml", "--out", "file/results"], in: root)
        #expect(output.status == 64, "\(output.stderr)")
        #expect(output.stderr.contains("cannot create the result folder"), "\(output.stderr)")
        #expect(!output.stdout.contains("Objective"), "refused before solving: \(output.stdout)")
    }
}
