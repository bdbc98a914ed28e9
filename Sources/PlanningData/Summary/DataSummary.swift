/// The figures `samplan data` shows: counts, and per region population, staffed beds in a
/// normal and in the summer weeks, occupancy, demand and waiting lists.
public struct DataSummary: Sendable {
    public struct RegionRow: Sendable {
        public let id: String
        public let name: String
        public let population: Double
        public let municipalities: Int
        public let hospitals: Int
        /// Staffed beds in the normal week.
        public let beds: Double
        /// Mean staffed beds over the summer weeks.
        public let summerBeds: Double
        /// Mean occupied beds over the normal week's occupancy rows ÷ staffed beds (nil without rows).
        public let occupancy: Double?
        /// New cases a year.
        public let demandPerYear: Double
        public let backlog: Double
    }

    public let name: String
    public let normalWeek: Int
    public let summerWeeks: ClosedRange<Int>
    public let regions: [RegionRow]
    public let hospitalsByLevel: [(HospitalLevel, Int)]
    public let specialties: Int
    public let caseMixRows: Int
    public let capacityPairs: Int
    public let occupancyRows: Int
    public let occupancyDates: (first: String, last: String)?
    public let demandWeeks: ClosedRange<Int>?
    public let referralCases: Double
    public let priceRows: Int

    public var totalPopulation: Double { regions.reduce(0) { $0 + $1.population } }
    public var totalBeds: Double { regions.reduce(0) { $0 + $1.beds } }
    public var totalSummerBeds: Double { regions.reduce(0) { $0 + $1.summerBeds } }

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
