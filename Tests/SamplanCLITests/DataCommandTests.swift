import Foundation
import TestSupport
import Testing

@Suite("samplan validate and samplan data")
struct DataCommandTests {
    static let tiny = Fixtures.tinyDataSet.path
    static let defaultData = "Scenarios/data/mellansverige-2024"

    /// A copy of the tiny data set in a fresh folder, changed by `change`.
    static func brokenCopy(_ change: (URL) throws -> Void) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.tinyDataSet, to: folder)
        try change(folder)
        return folder
    }

    @Test func aValidDataSetExitsZero() throws {
        let output = try Samplan.run(["validate", Self.defaultData])
        #expect(output.status == 0)
        #expect(output.stdout == "\(Self.defaultData): valid: 7 regions, 80 municipalities, 25 hospitals, 21 specialties\n")
        #expect(output.stderr.isEmpty)
    }

    @Test func everyProblemIsReportedAndTheExitCodeIs65() throws {
        let folder = try Self.brokenCopy { folder in
            let capacity = folder.appendingPathComponent("capacity.csv")
            try (String(contentsOf: capacity, encoding: .utf8) + "north_uni,ortopedi,30,-5,20,50\nnorth_uni,kardio,30,1,1,1\n")
                .write(to: capacity, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Samplan.run(["validate", folder.path])
        #expect(output.status == 65)
        #expect(output.stderr == """
            error: \(folder.path)/capacity.csv:9:23: column `beds`: expected a non-negative number, found -5
            error: \(folder.path)/capacity.csv:10:11: column `specialty`: unknown specialty `kardio`

            """)
        #expect(output.stdout.isEmpty)
    }

    @Test func aMissingFileExits66() throws {
        let folder = try Self.brokenCopy { try FileManager.default.removeItem(at: $0.appendingPathComponent("demand.csv")) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Samplan.run(["validate", folder.path])
        #expect(output.status == 66)
        #expect(output.stderr == "error: \(folder.path)/demand.csv: required file is missing\n")
        #expect(try Samplan.run(["validate", "/nonexistent/data"]).status == 66)
    }

    @Test func warningsGoToStderrAndDoNotFail() throws {
        let folder = try Self.brokenCopy { folder in
            try "region,name,population,latitude,longitude,comment\nnorth,Norrland,1000,60.0,15.0,x\nsouth,Söderland,2000,59.0,15.5,y\n"
                .write(to: folder.appendingPathComponent("regions.csv"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Samplan.run(["validate", folder.path])
        #expect(output.status == 0)
        #expect(output.stderr == "warning: \(folder.path)/regions.csv:1:43: unknown column `comment` is ignored\n")
    }

    @Test func dataSummarisesTheDefaultDataSet() throws {
        let output = try Samplan.run(["data", Self.defaultData])
        #expect(output.status == 0)
        #expect(output.stdout.contains("7 regions, 80 municipalities, 25 hospitals (2 university, 5 county, 18 district), 21 specialties"))
        #expect(output.stdout.contains("Total         2 151 905      80     25     4 952        3 679    26 %"))
        #expect(output.stdout.contains("2024-01-01 to 2024-12-31"))
    }

    @Test func dataRejectsBadWeeks() throws {
        #expect(try Samplan.run(["data", Self.tiny, "--week", "54"]).status == 64)
        #expect(try Samplan.run(["data", Self.tiny, "--summer", "33..26"]).status == 64)
    }

    /// The committed data set is exactly what the generator writes: deterministic and up to date.
    @Test func theGeneratorReproducesTheCommittedDataSet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let prices = folder.appendingPathComponent("2025.csv")
        let output = try Samplan.run(["--out", folder.appendingPathComponent("data").path, "--pricelist-2025", prices.path],
                                     executable: Samplan.product("samplan-datagen"))
        #expect(output.status == 0, "\(output.stderr)")
        let written = Fixtures.files(of: folder.appendingPathComponent("data")), committed = Fixtures.files(of: Fixtures.defaultDataSet)
        #expect(written.keys.sorted() == committed.keys.sorted())
        for (name, bytes) in committed { #expect(written[name] == bytes, "\(name) differs from the generator's output") }
        let committedPrices = FileManager.default.contents(atPath: Fixtures.packageRoot.appendingPathComponent("Scenarios/pricelists/2025.csv").path)
        #expect(FileManager.default.contents(atPath: prices.path) == committedPrices)
    }
}
