/// One of the seven regions.
public struct Region: Sendable, Hashable {
    public let id: String
    public let name: String
    public let population: Double
    /// Population centre, WGS84.
    public let latitude: Double
    public let longitude: Double
}

/// A municipality (kommun).
public struct Municipality: Sendable, Hashable {
    public let id: String
    public let name: String
    /// Index into `DataSet.regions`.
    public let region: Int
    public let population: Double
    public let latitude: Double
    public let longitude: Double
}

/// A hospital.
public struct Hospital: Sendable, Hashable {
    public let id: String
    public let name: String
    /// Index into `DataSet.regions`.
    public let region: Int
    public let level: HospitalLevel
    public let latitude: Double
    public let longitude: Double
}

/// A specialty group (verksamhetschefsgrupp).
public struct Specialty: Sendable, Hashable {
    public let id: String
    public let name: String
    /// Share of occupied bed-days that are acute, in [0, 1].
    public let acuteShare: Double
}

/// The resources one case of a (specialty, care type) uses.
public struct CaseMix: Sendable, Hashable {
    public let bedDays: Double
    public let orMinutes: Double
    public let visits: Double

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
    public var beds: Double
    public var orHours: Double
    public var visits: Double

    public static let zero = Resources(beds: 0, orHours: 0, visits: 0)

    public init(beds: Double, orHours: Double, visits: Double) {
        self.beds = beds
        self.orHours = orHours
        self.visits = visits
    }
}

/// A (specialty, care type) pair.
public struct SpecialtyCareType: Sendable, Hashable, Comparable {
    public let specialty: Int
    public let careType: CareType

    public init(_ specialty: Int, _ careType: CareType) {
        self.specialty = specialty
        self.careType = careType
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.specialty, a.careType) < (b.specialty, b.careType)
    }
}

/// A (region, specialty, care type) triple: the key of demand, backlog and own cost.
public struct RegionSpecialtyCareType: Sendable, Hashable, Comparable {
    public let region: Int
    public let specialty: Int
    public let careType: CareType

    public init(_ region: Int, _ specialty: Int, _ careType: CareType) {
        self.region = region
        self.specialty = specialty
        self.careType = careType
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.region, a.specialty, a.careType) < (b.region, b.specialty, b.careType)
    }
}
