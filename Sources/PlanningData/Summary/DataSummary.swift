/// The figures `samplan data` shows: counts, and per region population, staffed beds in a
/// normal and in the summer weeks, occupancy, demand and waiting lists.
public struct DataSummary: Sendable {
    /// One region's figures.
    public struct RegionRow: Sendable {
        /// The region id.
        public let id: String
        /// The display name.
        public let name: String
        /// Inhabitants.
        public let population: Double
        /// How many municipalities it has.
        public let municipalities: Int
        /// How many hospitals it has.
        public let hospitals: Int
        /// Staffed beds in the normal week.
        public let beds: Double
        /// Mean staffed beds over the summer weeks.
        public let summerBeds: Double
        /// Mean occupied beds over the normal week's occupancy rows ÷ staffed beds (nil without rows).
        public let occupancy: Double?
        /// New cases a year.
        public let demandPerYear: Double
        /// Cases on the waiting list (backlog.csv).
        public let backlog: Double
    }

    /// The data set's name (its folder).
    public let name: String
    /// The ISO week taken as a normal week (1–53).
    public let normalWeek: Int
    /// The summer weeks the summer figures average over.
    public let summerWeeks: ClosedRange<Int>
    /// One row per region, in data-set order.
    public let regions: [RegionRow]
    /// How many hospitals of each level, by level.
    public let hospitalsByLevel: [(HospitalLevel, Int)]
    /// How many specialties.
    public let specialties: Int
    /// How many (specialty, care type) rows case_mix.csv resolved to.
    public let caseMixRows: Int
    /// How many (hospital, specialty) pairs have capacity.
    public let capacityPairs: Int
    /// Rows of occupancy.csv.
    public let occupancyRows: Int
    /// The first and last date (yyyy-mm-dd) of occupancy.csv, if any rows.
    public let occupancyDates: (first: String, last: String)?
    /// The weeks demand.csv covers, if any rows.
    public let demandWeeks: ClosedRange<Int>?
    /// Cases in referrals.csv, summed.
    public let referralCases: Double
    /// Rows of the price list.
    public let priceRows: Int

    /// Inhabitants of every region.
    public var totalPopulation: Double { regions.reduce(0) { $0 + $1.population } }
    /// Staffed beds in the normal week, every region.
    public var totalBeds: Double { regions.reduce(0) { $0 + $1.beds } }
    /// Mean staffed beds over the summer weeks, every region.
    public var totalSummerBeds: Double { regions.reduce(0) { $0 + $1.summerBeds } }

    /// The figures of `data` for normal week `normalWeek` and summer weeks `summerWeeks`.
    public init(_ data: DataSet, normalWeek: Int = 10, summerWeeks: ClosedRange<Int> = 26...33) {
        name = data.name
        self.normalWeek = normalWeek
        self.summerWeeks = summerWeeks
        var rows: [RegionRow] = []
        for (r, region) in data.regions.enumerated() {
            let hospitals = data.hospitals.indices.filter { data.hospitals[$0].region == r }
            var beds = 0.0, summer = 0.0, occupied = 0.0, occupiedBeds = 0.0
            for h in hospitals {
                for s in data.specialties.indices where data.capacity.hasRows(hospital: h, specialty: s) {
                    let b = data.capacity.capacity(hospital: h, specialty: s, week: normalWeek).beds
                    beds += b
                    for w in summerWeeks { summer += data.capacity.capacity(hospital: h, specialty: s, week: w).beds }
                    if let mean = data.occupancy.meanOccupiedBeds(hospital: h, specialty: s, week: normalWeek) {
                        occupied += mean
                        occupiedBeds += b
                    }
                }
            }
            let demand = data.demand.filter { $0.key.region == r }.values.reduce(0) { $0 + $1.values.reduce(0, +) }
            let backlog = data.backlog.filter { $0.key.region == r }.values.reduce(0, +)
            rows.append(RegionRow(
                id: region.id, name: region.name, population: region.population,
                municipalities: data.municipalities.filter { $0.region == r }.count, hospitals: hospitals.count,
                beds: beds, summerBeds: summer / Double(summerWeeks.count),
                occupancy: occupiedBeds > 0 ? occupied / occupiedBeds : nil, demandPerYear: demand, backlog: backlog))
        }
        regions = rows
        hospitalsByLevel = HospitalLevel.allCases.map { level in (level, data.hospitals.filter { $0.level == level }.count) }
        specialties = data.specialties.count
        caseMixRows = data.caseMix.count
        capacityPairs = data.capacity.hospitalSpecialties.count
        occupancyRows = data.occupancy.rowCount
        occupancyDates = data.occupancy.dateRange
        let weeks = data.demand.values.flatMap(\.weeks)
        demandWeeks = weeks.isEmpty ? nil : weeks.min()!...weeks.max()!
        referralCases = data.referrals.values.reduce(0, +)
        priceRows = data.prices.keys.count
    }
}
