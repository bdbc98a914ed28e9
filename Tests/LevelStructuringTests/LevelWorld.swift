import Foundation
import GLPKBackend
import LevelStructuring
import PlanningData
import Runs
import Scenario
import TestSupport

/// A random level-structuring world written to a temporary folder: 2 regions, `municipalities`
/// municipalities and `hospitals` hospitals at random places, and a scenario over it.
struct LevelWorld {
    let folder: URL

    init(seed: UInt64, municipalities: Int = 7, hospitals: Int = 5, scenario: String) throws {
        var rng = SeededGenerator(seed: seed)
        folder = temporaryPath("level-\(seed)")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        func coordinate() -> (Double, Double) { (59 + Double.random(in: 0...1.5, using: &rng), 14 + Double.random(in: 0...3, using: &rng)) }
        var files: [String: String] = [:]
        files["regions.csv"] = "region,name,population,latitude,longitude\nwest,Väst,1,59.5,14.5\neast,Öst,1,59.5,16.5\n"
        files["municipalities.csv"] = "municipality,name,region,population,latitude,longitude\n" + (0..<municipalities).map { m in
            let (lat, lon) = coordinate()
            return "m\(m),Kommun \(m),\(lon < 15.5 ? "west" : "east"),\(Int.random(in: 1000...50_000, using: &rng)),\(lat),\(lon)\n"
        }.joined()
        files["hospitals.csv"] = "hospital,name,region,level,latitude,longitude\n" + (0..<hospitals).map { h in
            let (lat, lon) = coordinate()
            return "h\(h),Sjukhus \(h),\(lon < 15.5 ? "west" : "east"),\(h == 0 ? "university" : "county"),\(lat),\(lon)\n"
        }.joined()
        files["specialties.csv"] = "specialty,name,acute_share\nkardiologi,Kardiologi,0.5\n"
        files["case_mix.csv"] = "specialty,care_type,bed_days,or_minutes,visits\nkardiologi,elective_inpatient,3,0,0\n"
        files["capacity.csv"] = "hospital,specialty,week,beds,or_hours,visits\n"
        files["demand.csv"] = "region,specialty,care_type,week,cases\n"
        files["pricelist.csv"] = "specialty,care_type,level,price_sek\nkardiologi,elective_inpatient,*,90000\nkardiologi,elective_inpatient,university,100000\n"
        files["costs.csv"] = "region,specialty,care_type,cost_sek\n*,*,elective_inpatient,80000\n"
        for (name, text) in files { try text.write(to: data.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try ("data: data\n" + scenario).write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    }

    var scenarioPath: String { folder.appendingPathComponent("s.yaml").path }

    /// The planner's inputs of the world's scenario, through the run layer's conversion.
    func prepared() throws -> LevelInputs {
        guard case let .levelStructuring(s) = try ScenarioDocument.load(scenarioPath) else { throw CancellationError() }
        return try s.prepare().levelInputs
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
