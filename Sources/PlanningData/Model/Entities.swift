/// One of the seven regions.
public struct Region: Sendable, Hashable {
    /// The id of regions.csv (one namespace with every other entity id, docs/SPEC.md §1).
    public let id: String
    /// The display name.
    public let name: String
    /// Inhabitants.
    public let population: Double
    /// Population centre, WGS84 degrees north.
    public let latitude: Double
    /// Population centre, WGS84 degrees east.
    public let longitude: Double
}

/// A municipality (kommun).
public struct Municipality: Sendable, Hashable {
    /// The id of municipalities.csv.
    public let id: String
    /// The display name.
    public let name: String
    /// Index into `DataSet.regions`.
    public let region: Int
    /// Inhabitants.
    public let population: Double
    /// WGS84 degrees north.
    public let latitude: Double
    /// WGS84 degrees east.
    public let longitude: Double
}

/// A hospital.
public struct Hospital: Sendable, Hashable {
    /// The id of hospitals.csv.
    public let id: String
    /// The display name.
    public let name: String
    /// Index into `DataSet.regions`.
    public let region: Int
    /// University, county or district hospital (prices and level structuring depend on it).
    public let level: HospitalLevel
    /// WGS84 degrees north.
    public let latitude: Double
    /// WGS84 degrees east.
    public let longitude: Double
}

/// A specialty group (verksamhetschefsgrupp).
public struct Specialty: Sendable, Hashable {
    /// The id of specialties.csv.
    public let id: String
    /// The display name.
    public let name: String
    /// Share of occupied bed-days that are acute, in [0, 1].
    public let acuteShare: Double
}

/// The resources one case of a (specialty, care type) uses.
public struct CaseMix: Sendable, Hashable {
    /// Bed-days per case (a bed-week is 7 bed-days).
    public let bedDays: Double
    /// Operating-room minutes per case.
    public let orMinutes: Double
    /// Clinic visits per case.
    public let visits: Double

    /// The resources of one case; each ≥ 0 (the loader checks).
    public init(bedDays: Double, orMinutes: Double, visits: Double) {
        self.bedDays = bedDays
        self.orMinutes = orMinutes
        self.visits = visits
    }

    /// Whether the case uses any resource at all.
    public var usesAnyResource: Bool { bedDays > 0 || orMinutes > 0 || visits > 0 }
}

/// Staffed capacity of one (hospital, specialty) in one week.
public struct Resources: Sendable, Hashable {
    /// Staffed beds (a bed open for the whole week is 7 bed-days, one bed-week).
    public var beds: Double
    /// Operating-room hours a week.
    public var orHours: Double
    /// Clinic visits a week.
    public var visits: Double

    /// No capacity at all: the value of a (hospital, specialty, week) without a capacity row.
    public static let zero = Resources(beds: 0, orHours: 0, visits: 0)

    /// Capacity of one week: beds, OR hours and clinic visits, each ≥ 0.
    public init(beds: Double, orHours: Double, visits: Double) {
        self.beds = beds
        self.orHours = orHours
        self.visits = visits
    }
}

/// A (specialty, care type) pair.
public struct SpecialtyCareType: Sendable, Hashable, Comparable {
    /// Index into `DataSet.specialties`.
    public let specialty: Int
    /// Elective inpatient, day surgery or outpatient care.
    public let careType: CareType

    /// The pair of specialty index `specialty` and `careType`.
    public init(_ specialty: Int, _ careType: CareType) {
        self.specialty = specialty
        self.careType = careType
    }

    /// Specialty index first, then care type in docs/SPEC.md order: the row order of the result files.
    public static func < (a: Self, b: Self) -> Bool {
        (a.specialty, a.careType) < (b.specialty, b.careType)
    }
}

/// A (region, specialty, care type) triple: the key of demand, backlog and own cost.
public struct RegionSpecialtyCareType: Sendable, Hashable, Comparable {
    /// Index into `DataSet.regions`.
    public let region: Int
    /// Index into `DataSet.specialties`.
    public let specialty: Int
    /// Elective inpatient, day surgery or outpatient care.
    public let careType: CareType

    /// The triple of region index, specialty index and care type.
    public init(_ region: Int, _ specialty: Int, _ careType: CareType) {
        self.region = region
        self.specialty = specialty
        self.careType = careType
    }

    /// Region index, then specialty index, then care type: the row order of the result files.
    public static func < (a: Self, b: Self) -> Bool {
        (a.region, a.specialty, a.careType) < (b.region, b.specialty, b.careType)
    }
}
