/// A loaded, validated data set (SPEC §2): the entities, and every feed resolved into the
/// tables its derived values are read from.
///
/// Entities are addressed by index into their arrays (`regions[r]`, `hospitals[h]`, …); the
/// `…Index` dictionaries map ids to indices. Arrays are in file order.
public struct DataSet: Sendable {
    /// Where the data set was read from, as shown in messages.
    public var name: String

    public internal(set) var regions: [Region] = []
    public internal(set) var municipalities: [Municipality] = []
    public internal(set) var hospitals: [Hospital] = []
    public internal(set) var specialties: [Specialty] = []

    public internal(set) var regionIndex: [String: Int] = [:]
    public internal(set) var municipalityIndex: [String: Int] = [:]
    public internal(set) var hospitalIndex: [String: Int] = [:]
    public internal(set) var specialtyIndex: [String: Int] = [:]

    /// Resources per case, by (specialty, care type).
    public internal(set) var caseMix: [SpecialtyCareType: CaseMix] = [:]
    /// Staffed capacity by hospital, specialty and week, `*` rows resolved.
    public var capacity: CapacityTable
    /// Daily occupied beds pooled by ISO week.
    public internal(set) var occupancy: OccupancyTable
    /// New cases by home region, specialty, care type and week.
    public var demand: [RegionSpecialtyCareType: WeeklySeries] = [:]
    /// Waiting list at the start of the horizon (summed over weeks waited).
    public var backlog: [RegionSpecialtyCareType: Double] = [:]
    /// The same waiting list by whole weeks waited at the start (SPEC §2 v2); all under 0 when
    /// backlog.csv has no `weeks_waited` column.
    public var backlogByWeeksWaited: [RegionSpecialtyCareType: [Int: Double]] = [:]
    /// Whether backlog.csv had a `weeks_waited` column (guarantee figures are lower bounds otherwise).
    public internal(set) var backlogHasWeeksWaited = false
    /// Historical yearly referrals to hospitals outside the origin region.
    public internal(set) var referrals: [Referral: Double] = [:]
    /// Price per case, `*` levels resolved.
    public var prices: PriceTable
    /// Own marginal cost per case, wildcards resolved.
    public var ownCosts: OwnCostTable
    /// Travel minutes, file overrides applied.
    public internal(set) var travel: TravelTable

    init(name: String) {
        self.name = name
        capacity = CapacityTable(hospitals: 0, specialties: 0)
        occupancy = OccupancyTable(hospitals: 0, specialties: 0)
        prices = PriceTable()
        ownCosts = OwnCostTable(regions: 0, specialties: 0)
        travel = TravelTable()
    }
}

/// A value per week 1–53, with a record of which weeks had a row.
public struct WeeklySeries: Sendable, Hashable {
    public private(set) var values = [Double](repeating: 0, count: 53)
    /// Bit `w − 1` is set when week `w` had a row.
    public private(set) var present: UInt64 = 0

    public init() {}

    public subscript(week: Int) -> Double { values[week - 1] }

    public func has(week: Int) -> Bool { present & (1 << UInt64(week - 1)) != 0 }

    public mutating func set(week: Int, _ value: Double) {
        values[week - 1] = value
        present |= 1 << UInt64(week - 1)
    }

    /// The weeks that had a row, ascending.
    public var weeks: [Int] { (1...53).filter(has(week:)) }
}

/// A (origin region, hospital, specialty, care type) key of the referral feed.
public struct Referral: Sendable, Hashable, Comparable {
    public let originRegion: Int
    public let hospital: Int
    public let specialty: Int
    public let careType: CareType

    public init(originRegion: Int, hospital: Int, specialty: Int, careType: CareType) {
        self.originRegion = originRegion
        self.hospital = hospital
        self.specialty = specialty
        self.careType = careType
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.originRegion, a.hospital, a.specialty, a.careType) < (b.originRegion, b.hospital, b.specialty, b.careType)
    }
}
