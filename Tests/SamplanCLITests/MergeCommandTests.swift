import Foundation
import TestSupport
import Testing

/// `samplan merge` of `batch --shard I/N` parts: the merged folder is the single batch's, and parts
/// that do not fit together are refused with a clear error and exit code.
@Suite("samplan merge of batch shards")
struct MergeCommandTests {
    /// A batch on the tiny data set: five level-structuring scenarios (two sharing a stem, in a
    /// subfolder), a summer scenario and a broken file, so merged folders hold both kinds, `__`
    /// folder names and an error row.
    final class Batch {
        let root = temporaryPath("merge")
        init(extra: String? = nil) throws {
            let fm = FileManager.default
            let folder = root.appendingPathComponent("in")
            try fm.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            for (k, name) in ["a", "b", "c", "d", "sub/a"].enumerated() {
                try """
                    name: Liten \(name)
                    kind: level_structuring
                    data: \(Fixtures.tinyDataSet.path)
                    procedure:
                      specialty: ortopedi
                      care_type: elective_inpatient
                      cases_per_100k: \(10 + 7 * k)
                      candidates: [north_uni, south_county, south_district]
                      fixed_cost_sek: \(100_000 * (k + 1))
                      case_cost_sek: 5000
                    enumerate: {sites: "1..2"}

                    """.write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
            }
            try "name: Sommar\nkind: summer\ndata: \(Fixtures.tinyDataSet.path)\nweeks: 28..30\n"
                .write(to: folder.appendingPathComponent("e-summer.yaml"), atomically: true, encoding: .utf8)
            try "name: Trasig\n".write(to: folder.appendingPathComponent("f-broken.yaml"), atomically: true, encoding: .utf8)
            if let extra { try extra.write(to: folder.appendingPathComponent("g-extra.yaml"), atomically: true, encoding: .utf8) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        /// `samplan batch` of the scenarios into `out`, with more arguments.
        @discardableResult
        func batch(_ out: String, _ arguments: [String] = []) throws -> SamplanOutput {
            // Run in the root with relative paths, as a user would, so folder names are short.
            let output = try Samplan.run(["batch", "in", "--out", out, "--jobs", "1"] + arguments, in: root)
            #expect(output.status == 3 || (output.status == 0 && !output.stdout.contains("failed: 1")), "\(output.stderr)")
            return output
        }

        /// The parts of `--shard I/N` for I = 1 … N, each in its own folder `name-I`.
        func shards(_ count: Int, _ name: String = "part", _ arguments: [String] = []) throws -> [String] {
            try (1...count).map { i in
                try batch("\(name)-\(i)", ["--shard", "\(i)/\(count)"] + arguments)
                return path("\(name)-\(i)")
            }
        }

        func merge(_ parts: [String], _ out: String = "merged", _ arguments: [String] = []) throws -> SamplanOutput {
            try Samplan.run(["merge"] + parts + ["--out", path(out)] + arguments)
        }
    }

    /// Every file below `folder`, relative to it.
    static func files(_ folder: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// batch.csv without its `seconds` column (the 6th), which times each scenario.
    static func withoutSeconds(_ url: String, delimiter: Character = ",") throws -> [String] {
        try String(contentsOfFile: url, encoding: .utf8).split(separator: "\n").map { line in
            var fields = line.split(separator: delimiter, maxSplits: 6, omittingEmptySubsequences: false)
            fields.remove(at: 5)
            return fields.joined(separator: String(delimiter))
        }
    }

    /// The merged folder has the single batch's files, byte for byte but for run.json and the
    /// seconds of batch.csv; it has a run.json of its own.
    static func expectSame(_ single: String, _ merged: String, delimiter: Character = ",") throws {
        let singleFiles = try files(single), mergedFiles = try files(merged)
        #expect(mergedFiles == (singleFiles + ["run.json"]).sorted())
        #expect(singleFiles.contains("in__a/summary.json") && singleFiles.contains("in__sub__a/summary.json") && singleFiles.contains("e-summer/flows.csv"))
        for file in singleFiles where !file.hasSuffix("run.json") && file != "batch.csv" {
            #expect(FileManager.default.contents(atPath: single + "/" + file) == FileManager.default.contents(atPath: merged + "/" + file), "\(file)")
        }
        let a = try withoutSeconds(single + "/batch.csv", delimiter: delimiter), b = try withoutSeconds(merged + "/batch.csv", delimiter: delimiter)
        #expect(a == b)
        #expect(a.count == 8)
    }

    @Test(arguments: [2, 3, 8])
    func mergedShardsEqualTheSingleBatch(_ count: Int) throws {
        let batch = try Batch()
        #expect(try batch.batch("single").status == 3)
        let parts = try batch.shards(count)
        #expect(FileManager.default.fileExists(atPath: parts[0] + "/shard-1-of-\(count).json"))
        let output = try batch.merge(parts.reversed())
        #expect(output.status == 3, "exit 3 as the single batch: one scenario failed. \(output.stderr)")
        #expect(output.stdout.contains("7 scenarios from \(count) parts, 1 failed"))
        try Self.expectSame(batch.path("single"), batch.path("merged"))
        let info = try jsonObject(URL(fileURLWithPath: batch.path("merged") + "/run.json"))
        #expect(info["command"] as? String == "merge" && info["kind"] as? String == "batch")
        #expect((info["parts"] as? [Any])?.count == count)
    }

    /// Parts written into one shared --out folder (as docs/batch.md's Slurm script does) merge from it.
    @Test func partsSharingOneFolder() throws {
        let batch = try Batch()
        try batch.batch("single", ["--excel"])
        for i in 1...3 { try batch.batch("shared", ["--shard", "\(i)/3", "--excel"]) }
        let output = try batch.merge([batch.path("shared")])
        #expect(output.status == 3, "\(output.stderr)")
        try Self.expectSame(batch.path("single"), batch.path("merged"), delimiter: ";")
    }

    /// A refusal: exit status and the words the error must contain.
    struct Refusal: Sendable, CustomStringConvertible {
        let description: String
        let status: Int32
        let message: String
        /// Makes the parts (and other arguments) from a batch whose 3 parts are in part-1 … part-3.
        let arguments: @Sendable (Batch, [String]) throws -> [String]
    }

    static let refusals: [Refusal] = [
        Refusal(description: "a missing shard", status: 65, message: "part 2 of 3 is missing (given: 1, 3)") { _, p in [p[0], p[2]] },
        Refusal(description: "a shard twice", status: 65, message: "part 2 of 3 is given twice") { b, p in
            try FileManager.default.copyItem(atPath: p[1], toPath: b.path("copy"))
            return p + [b.path("copy")]
        },
        Refusal(description: "another shard count", status: 65, message: "the parts have different shard counts") { b, p in
            [p[0], p[1]] + (try b.shards(2, "two")).suffix(1)
        },
        Refusal(description: "another batch", status: 65, message: "the parts are of different batches") { b, p in
            // Part 3 of 3 of a batch with one more file.
            let other = try Batch(extra: "name: X\n")
            let third = try other.shards(3, "other")[2]
            try FileManager.default.moveItem(atPath: third, toPath: b.path("other-3"))
            return [p[0], p[1], b.path("other-3")]
        },
        Refusal(description: "not a part", status: 65, message: "not a part of a sharded run") { b, p in
            try b.batch("plain")
            return p + [b.path("plain")]
        },
        Refusal(description: "a lost result folder", status: 65, message: "is missing") { _, p in
            let name = try FileManager.default.contentsOfDirectory(atPath: p[0]).first { !$0.hasSuffix(".csv") && !$0.hasSuffix(".json") }!
            try FileManager.default.removeItem(atPath: p[0] + "/" + name)
            return p
        },
        Refusal(description: "a damaged manifest", status: 65, message: "not a shard manifest") { _, p in
            try "{\"kind\": \"batch\"}".write(toFile: p[0] + "/shard-1-of-3.json", atomically: true, encoding: .utf8)
            return p
        },
        Refusal(description: "a result folder outside the part", status: 65, message: "is not a folder name") { _, p in
            let path = p[1] + "/shard-2-of-3.json"   // in/e-summer.yaml is file 4 of 0…6: part 2
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "\"folder\" : \"e-summer\"", with: "\"folder\" : \"../../e-summer\"")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return p
        },
        Refusal(description: "an unknown kind", status: 65, message: "parts of kind `weather` are not known") { b, _ in
            try FileManager.default.createDirectory(atPath: b.path("weather"), withIntermediateDirectories: true)
            try "{\"kind\": \"weather\", \"shard\": 1, \"of\": 1, \"samplan_version\": \"9\"}"
                .write(toFile: b.path("weather") + "/shard-1-of-1.json", atomically: true, encoding: .utf8)
            return [b.path("weather")]
        },
        Refusal(description: "parts of different kinds", status: 65, message: "the parts are of different kinds of run") { _, p in
            try "{\"kind\": \"weather\", \"shard\": 1, \"of\": 1, \"samplan_version\": \"9\"}"
                .write(toFile: p[0] + "/shard-1-of-1.json", atomically: true, encoding: .utf8)
            return p
        },
        Refusal(description: "a part that does not exist", status: 66, message: "no such part folder") { b, p in p + [b.path("nowhere")] },
        Refusal(description: "an existing --out", status: 64, message: "use --force") { b, p in
            try FileManager.default.createDirectory(atPath: b.path("merged"), withIntermediateDirectories: true)
            return p
        },
        Refusal(description: "--out a part", status: 64, message: "--out names a part's folder") { _, p in
            [p[0], p[1], p[2], "--force", "--out", p[0]]
        },
    ]

    @Test(arguments: refusals)
    func refusesPartsThatDoNotFit(_ refusal: Refusal) throws {
        let batch = try Batch()
        let parts = try batch.shards(3)
        var arguments = try refusal.arguments(batch, parts)
        if !arguments.contains("--out") { arguments += ["--out", batch.path("merged")] }
        let output = try Samplan.run(["merge"] + arguments)
        #expect(output.status == refusal.status, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("error: ") && output.stderr.contains(refusal.message), "\(output.stderr)")
        if refusal.status != 64 { #expect(!FileManager.default.fileExists(atPath: batch.path("merged"))) }
    }

    @Test func usageErrors() throws {
        #expect(try Samplan.run(["merge", "--out", "x"]).status == 64)
        #expect(try Samplan.run(["merge", "somewhere"]).status == 64)
    }
}
