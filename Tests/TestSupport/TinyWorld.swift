import PlanningData
import Scenario
import SummerPlan

/// A two-region world small enough to solve by hand: regions `north` and `south`, one county
/// hospital each (`n1`, `s1`), one specialty `ortopedi`, 100 minutes between the regions.
/// Prices 100 000 SEK (`*`) and own costs 90 000 SEK unless changed.
public struct TinyWorld: Sendable {
    public struct CaseMixRow: Sendable {
        public let careType: CareType
        public let bedDays: Double, orMinutes: Double, visits: Double
        public init(_ careType: CareType, bedDays: Double = 0, orMinutes: Double = 0, visits: Double = 0) {
            self.careType = careType
            self.bedDays = bedDays
            self.orMinutes = orMinutes
            self.visits = visits
        }
    }

    /// beds, or_hours, visits per hospital (every week).
    public var capacity: [String: Resources] = ["n1": Resources(beds: 5, orHours: 0, visits: 0), "s1": Resources(beds: 10, orHours: 0, visits: 0)]
    /// A week row overriding `capacity`: (hospital, week, resources).
    public var weekCapacity: [(String, Int, Resources)] = []
    /// One case of elective inpatient care uses a bed for a week (7 bed-days) and nothing else.
    public var caseMix = [CaseMixRow(.electiveInpatient, bedDays: 7)]
    public var acuteShare = 0.0
    /// (date, hospital, occupied beds).
    public var occupancy: [(String, String, Double)] = []
    /// (region, care type, week, cases).
    public var demand: [(String, CareType, Int, Double)] = []
    /// (region, care type, waiting).
    public var backlog: [(String, CareType, Double)] = []
    /// (origin region, hospital, care type, cases).
    public var referrals: [(String, String, CareType, Double)] = []
    public var price = 100_000.0
    /// Own cost per region.
    public var costs: [String: Double] = ["north": 90_000, "south": 90_000]
    public var minutesBetweenRegions = 100.0
    /// p(ortopedi, acute_bed_day, *), or nil for no such row (v2).
    public var acuteBedDayPrice: Double? = 3000
    /// Backlog rows by weeks waited (region, care type, weeks waited, waiting); when not empty
    /// backlog.csv gets a `weeks_waited` column and `backlog` is ignored (v2).
    public var backlogByWeeks: [(String, CareType, Int, Double)] = []
    /// More hospitals: (id, region, level, latitude, longitude), with capacity from `capacity`.
    public var extraHospitals: [(String, String, String, Double, Double)] = []
    /// travel_hospitals.csv rows (from, to, minutes); none gives no file.
    public var hospitalMinutes: [(String, String, Double)] = []

    public init() {}

    public var texts: [String: String] {
        func n(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
        var files: [String: String] = [:]
        files["regions.csv"] = "region,name,population,latitude,longitude\nnorth,Norr,1000,60,15\nsouth,Söder,1000,59,15\n"
        files["hospitals.csv"] = "hospital,name,region,level,latitude,longitude\nn1,Norra,north,county,60,15\ns1,Södra,south,county,59,15\n"
            + extraHospitals.map { "\($0.0),\($0.0),\($0.1),\($0.2),\(n($0.3)),\(n($0.4))\n" }.joined()
        files["specialties.csv"] = "specialty,name,acute_share\nortopedi,Ortopedi,\(n(acuteShare))\n"
        files["case_mix.csv"] = "specialty,care_type,bed_days,or_minutes,visits\n"
            + caseMix.map { "ortopedi,\($0.careType.rawValue),\(n($0.bedDays)),\(n($0.orMinutes)),\(n($0.visits))\n" }.joined()
        files["capacity.csv"] = "hospital,specialty,week,beds,or_hours,visits\n"
            + capacity.keys.sorted().map { h in let c = capacity[h]!; return "\(h),ortopedi,*,\(n(c.beds)),\(n(c.orHours)),\(n(c.visits))\n" }.joined()
            + weekCapacity.map { "\($0.0),ortopedi,\($0.1),\(n($0.2.beds)),\(n($0.2.orHours)),\(n($0.2.visits))\n" }.joined()
        files["occupancy.csv"] = "date,hospital,specialty,occupied_beds\n" + occupancy.map { "\($0.0),\($0.1),ortopedi,\(n($0.2))\n" }.joined()
        files["demand.csv"] = "region,specialty,care_type,week,cases\n" + demand.map { "\($0.0),ortopedi,\($0.1.rawValue),\($0.2),\(n($0.3))\n" }.joined()
        if backlogByWeeks.isEmpty {
            files["backlog.csv"] = "region,specialty,care_type,waiting\n" + backlog.map { "\($0.0),ortopedi,\($0.1.rawValue),\(n($0.2))\n" }.joined()
        } else {
            files["backlog.csv"] = "region,specialty,care_type,weeks_waited,waiting\n"
                + backlogByWeeks.map { "\($0.0),ortopedi,\($0.1.rawValue),\($0.2),\(n($0.3))\n" }.joined()
        }
        if !hospitalMinutes.isEmpty {
            files["travel_hospitals.csv"] = "hospital_from,hospital_to,minutes\n" + hospitalMinutes.map { "\($0.0),\($0.1),\(n($0.2))\n" }.joined()
        }
        files["referrals.csv"] = "origin_region,hospital,specialty,care_type,cases\n" + referrals.map { "\($0.0),\($0.1),ortopedi,\($0.2.rawValue),\(n($0.3))\n" }.joined()
        files["pricelist.csv"] = "specialty,care_type,level,price_sek\n" + caseMix.map { "ortopedi,\($0.careType.rawValue),*,\(n(price))\n" }.joined()
            + (acuteBedDayPrice.map { "ortopedi,acute_bed_day,*,\(n($0))\n" } ?? "")
        files["costs.csv"] = "region,specialty,care_type,cost_sek\n"
            + costs.keys.sorted().flatMap { region in caseMix.map { "\(region),*,\($0.careType.rawValue),\(n(costs[region]!))\n" } }.joined()
        files["travel_regions.csv"] = "region,hospital,minutes\nnorth,n1,0\nnorth,s1,\(n(minutesBetweenRegions))\nsouth,s1,0\nsouth,n1,\(n(minutesBetweenRegions))\n"
        return files
    }

    /// The loaded data set.
    public func dataSet() throws -> DataSet {
        try DataSetLoader.load(from: InMemorySource(name: "tiny", files: texts.mapValues { Array($0.utf8) })).0
    }

    /// The summer planner's inputs over `weeks` of this world (target occupancy 1, every other
    /// setting docs/SPEC.md §5's default), changed by `configure`.
    public func prepare(weeks: ClosedRange<Int> = 1...1, _ configure: (inout SummerSettings) -> Void = { _ in }) throws -> SummerInputs {
        var settings = SummerSettings(weeks: weeks)
        settings.targetOccupancy = 1
        configure(&settings)
        return SummerInputs(name: "tiny", data: try dataSet(), settings: settings, dataFolder: "tiny")
    }

    /// A summer scenario over `weeks` of this world, changed by `configure`, prepared against it
    /// (for tests of what the scenario resolves: wait-cost maps, adjustments).
    public func preparedScenario(weeks: ClosedRange<Int> = 1...1, _ configure: (inout SummerScenario) -> Void = { _ in }) throws -> PreparedSummer {
        var scenario = SummerScenario(name: "tiny", dataFolder: Located("tiny"), weeks: weeks)
        scenario.targetOccupancy = 1
        configure(&scenario)
        return try scenario.prepare(with: dataSet())
    }
}
