import SamplanSupport

/// A loaded, validated data set (docs/SPEC.md §2): the entities, and every feed resolved into the
/// tables its derived values are read from.
///
/// Entities are addressed by index into their arrays (`regions[r]`, `hospitals[h]`, …); the
/// `…Index` dictionaries map ids to indices. Arrays are in file order.
public struct DataSet: Sendable {
    /// Where the data set was read from, as shown in messages.
    public var name: String

    /// The regions of regions.csv, in file order.
    public internal(set) var regions: [Region] = []
    /// The municipalities of municipalities.csv, in file order.
    public internal(set) var municipalities: [Municipality] = []
    /// The hospitals of hospitals.csv, in file order.
    public internal(set) var hospitals: [Hospital] = []
    /// The specialties of specialties.csv, in file order.
    public internal(set) var specialties: [Specialty] = []

    /// Region id → index into `regions`.
    public internal(set) var regionIndex: [String: Int] = [:]
    /// Municipality id → index into `municipalities`.
    public internal(set) var municipalityIndex: [String: Int] = [:]
    /// Hospital id → index into `hospitals`.
    public internal(set) var hospitalIndex: [String: Int] = [:]
    /// Specialty id → index into `specialties`.
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
    /// The same waiting list by whole weeks waited at the start (docs/SPEC.md §2 v2); all under 0 when
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
    /// 53 values, week `w` at index `w − 1` (0 where the week had no row).
    public private(set) var values = [Double](repeating: 0, count: WardWeekIndex.weeks)
    /// Bit `w − 1` is set when week `w` had a row.
    public private(set) var present: UInt64 = 0

    /// A series without rows: every week 0 and absent.
    public init() {}

    /// The value of ISO week `week` (1–53); 0 when the week had no row.
    public subscript(week: Int) -> Double { values[WardWeekIndex.offset(week: week)] }

    /// Whether ISO week `week` (1–53) had a row.
    public func has(week: Int) -> Bool { present & (1 << UInt64(WardWeekIndex.offset(week: week))) != 0 }

    /// Sets the value of ISO week `week` (1–53) and records that it had a row.
    public mutating func set(week: Int, _ value: Double) {
        values[WardWeekIndex.offset(week: week)] = value
        present |= 1 << UInt64(WardWeekIndex.offset(week: week))
    }

    /// The weeks that had a row, ascending.
    public var weeks: [Int] { (1...WardWeekIndex.weeks).filter(has(week:)) }
}

/// A (origin region, hospital, specialty, care type) key of the referral feed.
public struct Referral: Sendable, Hashable, Comparable {
    /// Index into `DataSet.regions`: where the patients live.
    public let originRegion: Int
    /// Index into `DataSet.hospitals`: where they were treated.
    public let hospital: Int
    /// Index into `DataSet.specialties`.
    public let specialty: Int
    /// Elective inpatient, day surgery or outpatient care.
    public let careType: CareType

    /// The key of one referrals.csv row (indices into the data set's arrays).
    public init(originRegion: Int, hospital: Int, specialty: Int, careType: CareType) {
        self.originRegion = originRegion
        self.hospital = hospital
        self.specialty = specialty
        self.careType = careType
    }

    /// Origin region, hospital, specialty, care type: the row order of the result files.
    public static func < (a: Self, b: Self) -> Bool {
        (a.originRegion, a.hospital, a.specialty, a.careType) < (b.originRegion, b.hospital, b.specialty, b.careType)
    }
}
