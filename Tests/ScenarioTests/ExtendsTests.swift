import Foundation
import PlanningData
import Scenario
import TestSupport
import Testing

@Suite("extends, defaults and adjustments")
struct ExtendsTests {
    func summer(_ folder: ScenarioFolder, _ name: String) throws -> SummerScenario {
        guard case let .summer(s) = try ScenarioDocument.load(folder.path(name)) else { throw CancellationError() }
        return s
    }

    @Test func defaultsFollowTheSpecification() throws {
        let folder = try ScenarioFolder(["s.yaml": base])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let s = try summer(folder, "s.yaml")
        #expect(s.perspective == .region && s.routes == .all)
        #expect(s.maxTravelMinutes == 240 && s.targetOccupancy == 0.9 && s.finalBacklogWeight == 4)
        #expect(s.waitCost.defaultCost == 1500 && s.overloadPenaltySEKPerBedWeek == 50_000 && s.travelCostSEKPerMinute == 10)
        #expect(s.compareStatusQuo && s.solver == SolverSettings())
        #expect(s.solver.timeLimitSeconds == 600 && s.solver.mipGap == 0.0001 && s.solver.presolve)
        #expect(s.weeks == 28...30)
    }

    /// Maps merge key by key; lists and scalars replace; a child's null resets to the default;
    /// paths resolve relative to the file that writes them.
    @Test func childOverridesParent() throws {
        let folder = try ScenarioFolder([
            "parent.yaml": """
                name: Parent
                kind: summer
                data: TINY
                weeks: {from: 25, to: 34}
                solver: {time_limit_s: 100, presolve: false}
                wait_cost_sek_per_week: {default: 2000, ortopedi: 3000}
                adjust:
                  - demand: {region: north, factor: 2}
                max_travel_minutes: 100
                """,
            "child.yaml": """
                extends: parent.yaml
                name: Child
                weeks: "28..29"
                solver: {time_limit_s: 50}
                wait_cost_sek_per_week: 1000
                adjust: []
                max_travel_minutes: null
                """,
        ])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let s = try summer(folder, "child.yaml")
        #expect(s.name == "Child" && s.weeks == 28...29)
        #expect(s.solver.timeLimitSeconds == 50 && !s.solver.presolve)  // merged key by key
        #expect(s.waitCost.defaultCost == 1000 && s.waitCost.overrides.isEmpty)  // a scalar replaces a map
        #expect(s.adjustments.isEmpty)  // lists replace
        #expect(s.maxTravelMinutes == 240)  // null replaces: the default again
        #expect(s.files.map { ($0 as NSString).lastPathComponent } == ["parent.yaml", "child.yaml"])
    }

    @Test func aParentsDataStaysRelativeToTheParent() throws {
        let folder = try ScenarioFolder([:])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "name: P\nkind: summer\ndata: data/x\nweeks: 28..30\n".write(to: folder.url.appendingPathComponent("sub/parent.yaml"), atomically: true, encoding: .utf8)
        try "extends: sub/parent.yaml\nname: C\n".write(to: folder.url.appendingPathComponent("child.yaml"), atomically: true, encoding: .utf8)
        let s = try summer(folder, "child.yaml")
        #expect(s.dataFolder.value == folder.url.appendingPathComponent("sub/data/x").path)
    }

    /// Adjustments act on the derived values: a week range of a `*` row changes those weeks only.
    @Test func adjustmentsActOnDerivedValues() throws {
        let folder = try ScenarioFolder(["s.yaml": base + """
            adjust:
              - capacity: {hospital: north_uni, specialty: ortopedi, weeks: "29..30", resource: beds, factor: 0.5}
              - capacity: {hospital: north_uni, specialty: ortopedi, weeks: [28], set: 3}
              - demand: {region: north, weeks: "*", factor: 2}
              - price: {specialty: ortopedi, care_type: elective_inpatient, level: university, factor: 1.5}
              - cost: {region: "*", specialty: medicin, care_type: elective_inpatient, set: 1234}
            """])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let prepared = try summer(folder, "s.yaml").prepare()
        let d = prepared.data
        let uni = d.hospitalIndex["north_uni"]!, orto = d.specialtyIndex["ortopedi"]!, med = d.specialtyIndex["medicin"]!
        #expect(d.capacity.capacity(hospital: uni, specialty: orto, week: 27) == Resources(beds: 20, orHours: 40, visits: 100))
        #expect(d.capacity.capacity(hospital: uni, specialty: orto, week: 28) == Resources(beds: 3, orHours: 3, visits: 3))
        #expect(d.capacity.capacity(hospital: uni, specialty: orto, week: 29) == Resources(beds: 10, orHours: 40, visits: 100))
        let north = RegionSpecialtyCareType(d.regionIndex["north"]!, orto, .electiveInpatient)
        #expect(d.demand[north]![28] == 10 && d.demand[north]![29] == 11)
        #expect(d.prices.price(specialty: orto, careType: .electiveInpatient, level: .university) == 180_000)
        #expect(d.prices.price(specialty: orto, careType: .electiveInpatient, level: .county) == 100_000)
        #expect(d.ownCosts.cost(region: d.regionIndex["south"]!, specialty: med, careType: .electiveInpatient) == 1234)
    }

    @Test func aPriceListReplacesTheDataSets() throws {
        let folder = try ScenarioFolder([
            "prices.csv": "specialty;care_type;level;price_sek\nortopedi;elective_inpatient;*;150 000\n".replacingOccurrences(of: " ", with: "\u{00A0}"),
            "s.yaml": base + "pricelist: prices.csv\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let d = try summer(folder, "s.yaml").prepare().data
        let orto = d.specialtyIndex["ortopedi"]!
        #expect(d.prices.price(specialty: orto, careType: .electiveInpatient, level: .university) == 150_000)
        #expect(d.prices.price(specialty: orto, careType: .daySurgery, level: .county) == nil)
    }

    @Test func theInputsHashFollowsTheInputs() throws {
        let folder = try ScenarioFolder(["a.yaml": base, "b.yaml": base + "routes: all\n"])
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let a = try summer(folder, "a.yaml").prepare().inputsSHA256
        let b = try summer(folder, "b.yaml").prepare().inputsSHA256
        #expect(a.count == 64 && a != b)
        #expect(try summer(folder, "a.yaml").prepare().inputsSHA256 == a)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownVectors(_ text: String, _ digest: String) {
        var sha = SHA256()
        sha.update(text)
        #expect(sha.hexDigest() == digest)
        var million = SHA256()
        if text == "abc" {
            million.update([UInt8](repeating: 0x61, count: 1_000_000))
            #expect(million.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }
}
