import Foundation
import TestSupport
import Testing

/// Issue 15, kind 1: one-character, dotted, spaced and non-ASCII paths for result folders,
/// scenario files, `extends`, `data` and `pricelist` never crash the process.
@Suite("Odd paths never crash", .serialized)
struct OddPathTests {
    /// A folder holding the tiny data set as `d`, its price list as `q`, a parent scenario `p`
    /// and a child scenario `s` (no extensions), plus the same under spaced, non-ASCII names.
    static func world() throws -> URL {
        let root = temporaryPath("odd-paths")
        let fm = FileManager.default
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        for data in ["d", "Örebro län data"] {
            try fm.copyItem(at: Fixtures.tinyDataSet, to: root.appendingPathComponent(data))
        }
        try fm.copyItem(at: Fixtures.tinyDataSet.appendingPathComponent("pricelist.csv"), to: root.appendingPathComponent("q"))
        try "name: P\nkind: summer\ndata: d\nweeks: 28..30\n".write(to: root.appendingPathComponent("p"), atomically: true, encoding: .utf8)
        try "extends: p\nname: S\npricelist: q\n".write(to: root.appendingPathComponent("s"), atomically: true, encoding: .utf8)
        try fm.createDirectory(at: root.appendingPathComponent("ä b"), withIntermediateDirectories: true)
        try "extends: ../p\nname: Å\ndata: ../Örebro län data\npricelist: ./../q\n"
            .write(to: root.appendingPathComponent("ä b/å.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func expectSummary(_ folder: URL, _ context: String) {
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("summary.json").path), "\(context)")
    }

    @Test func runWritesResultFoldersWithOneCharacterAndOddNames() throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        for (scenario, out, folder) in [
            ("s", "o", "o"), ("s", "x/", "x"), ("s", "./y", "y"), ("s", "z/../w", "w"), ("s", "sp ace", "sp ace"),
            ("ä b/å.yaml", "Ö", "Ö"), ("./s", "n/m/", "n/m"), ("s", root.path + "/abs", "abs"),
        ] {
            let output = try Samplan.run(["run", scenario, "--out", out], in: root)
            #expect(output.status == 0, "run \(scenario) --out \(out): \(output.stderr)")
            Self.expectSummary(root.appendingPathComponent(folder), "run \(scenario) --out \(out)")
        }
        // The default folder of a one-character scenario file is results/s.
        let plain = try Samplan.run(["run", "s"], in: root)
        #expect(plain.status == 0, "\(plain.stderr)")
        Self.expectSummary(root.appendingPathComponent("results/s"), "default folder")
    }

    @Test(arguments: [".", "..", "./", "/"])
    func aResultFolderThatHoldsTheCurrentFolderIsRefused(_ out: String) throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try Samplan.run(["run", "s", "--out", out, "--force"], in: root)
        #expect(output.status == 64, "\(output.stderr)")
        #expect(output.stderr.contains("the result folder cannot be the current folder or one that holds it"), "\(output.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("s").path))
    }

    @Test func sweepCompareAndBatchTakeOneCharacterFolders() throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        let sweep = try Samplan.run(["sweep", "s", "--price", "ortopedi/elective_inpatient", "--factors", "1,1.1", "--out", "w"], in: root)
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("w/sweep.csv").path))
        let compare = try Samplan.run(["compare", "p", "s", "--out", "c"], in: root)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("c/comparison.json").path))
        let batch = try Samplan.run(["batch", "ä b", "--out", "b"], in: root)
        #expect(batch.status == 0, "\(batch.stderr)")
        Self.expectSummary(root.appendingPathComponent("b/å"), "batch")
        let validate = try Samplan.run(["validate", "s"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    @Test func missingOneCharacterPathsAreReportedNotCrashed() throws {
        let root = try Self.world()
        defer { try? FileManager.default.removeItem(at: root) }
        try "extends: e\nname: T\n".write(to: root.appendingPathComponent("t"), atomically: true, encoding: .utf8)
        for (arguments, status) in [(["run", "t", "--out", "o"], Int32(66)), (["run", "v", "--out", "o"], 66), (["validate", "."], 66), (["solve", "m"], 66)] {
            let output = try Samplan.run(arguments, in: root)
            #expect(output.status == status, "\(arguments): \(output.status) \(output.stderr)")
            #expect(output.stderr.hasPrefix("error: "), "\(arguments): \(output.stderr)")
        }
    }
}

@Suite("validate prints 20 errors per file and counts the rest")
struct ValidateCapTests {
    @Test func aFileWithThousandsOfErrorsPrintsTwentyAndACount() throws {
        let root = temporaryPath("cap")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: Fixtures.tinyDataSet, to: root)
        let hospitals = root.appendingPathComponent("hospitals.csv")
        var text = try String(contentsOf: hospitals, encoding: .utf8)
        for k in 0..<7_232 { text += "bad\(k),Bad,north,nowhere,60.0,15.0\n" }
        try text.write(to: hospitals, atomically: true, encoding: .utf8)
        let output = try Samplan.run(["validate", root.path])
        #expect(output.status == 65)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        let mine = lines.filter { $0.contains("hospitals.csv") }
        #expect(mine.filter { $0.hasPrefix("error: \(hospitals.path):") }.count == 20)
        #expect(mine.last == "… and 7 212 more errors in \(hospitals.path)")
    }
}

@Suite("samplan refuses hostile scenario files with exit 65")
struct HostileScenarioCLITests {
    @Test(arguments: ["run", "validate", "export"])
    func nestedAliasesExit65WithFileLineColumn(_ command: String) throws {
        let folder = temporaryPath("laughs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = "name: Test\nkind: summer\ndata: d\nweeks: 28..30\nl0: &l0 [\"lol\"]\n"
        for level in 1...9 { text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n" }
        let file = folder.appendingPathComponent("s.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        var arguments = [command, file.path]
        if command == "export" { arguments += ["--format", "mps", "--out", folder.appendingPathComponent("m.mps").path] }
        if command == "run" { arguments += ["--out", folder.appendingPathComponent("o").path] }
        let output = try Samplan.run(arguments)
        #expect(output.status == 65)
        #expect(output.stderr == "error: \(file.path):5:5: YAML anchors and aliases are not supported in scenario files: found an anchor (`&`); share values with `extends` instead\n")
    }
}
