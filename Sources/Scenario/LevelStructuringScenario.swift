import PlanningData

/// A per-hospital value: one number for every candidate, or a map of `default` and hospital ids.
public struct PerHospitalValue: Sendable, Hashable {
    public var defaultValue: Double?
    public var values: [String: Double]

    public init(defaultValue: Double?, values: [String: Double] = [:]) {
        self.defaultValue = defaultValue
        self.values = values
    }

    public func value(for hospital: String) -> Double? { values[hospital] ?? defaultValue }
}

/// A named set of open sites.
public struct Proposal: Sendable, Hashable {
    public let name: String
    /// Hospital ids, as written.
    public let open: [String]

    public init(name: String, open: [String]) {
        self.name = name
        self.open = open
    }
}

/// The `procedure` of a level-structuring scenario (docs/SPEC.md §4, §5, §9).
public struct ProcedureSpec: Sendable {
    public var specialty: Located<String>
    public var careType: CareType
    public var casesPer100k: Double
    /// Candidate hospital ids in the order written (the order of `open_sites` and proposal names).
    public var candidates: [Located<String>]
    public var minVolume: Double = 0
    public var capacity = PerHospitalValue(defaultValue: .infinity)
    public var fixedCostSEK = PerHospitalValue(defaultValue: 0)
    public var caseCostSEK = PerHospitalValue(defaultValue: 0)
    /// Arcs only to hospitals within this many minutes; nil: every arc.
    public var maxTravelMinutes: Double?
    public var sitesMin = 0
    public var sitesMax: Int
    /// Candidates the MIP must open and every enumerated combination holds (v2), as written.
    public var mustOpen: [Located<String>] = []
    /// Candidates the MIP must keep closed and no enumerated combination holds (v2); none is in `mustOpen`.
    public var mustClose: [Located<String>] = []

    /// The combination sizes of `enumerate: {sites: sizes}` that have a combination holding every
    /// `must_open` site and no `must_close` site; nil when none has.
    public func enumerationSizes(_ sizes: ClosedRange<Int>) -> ClosedRange<Int>? {
        let low = max(sizes.lowerBound, mustOpen.count), high = min(sizes.upperBound, candidates.count - mustClose.count)
        return low <= high ? low...high : nil
    }
}

/// A level-structuring scenario, decoded and checked for everything that needs no data set.
public struct LevelStructuringScenario: Sendable {
    public var name: String
    public var file: String
    public var files: [String]
    public var dataFolder: Located<String>
    public var pricelist: Located<String>?
    public var procedure: ProcedureSpec
    public var travelCostSEKPerMinute: Double = 10
    public var unservedPenaltySEK: Double = 1_000_000
    public var shortfallPenaltySEK: Double = 100_000
    public var optimize = true
    public var proposals: [Proposal] = []
    /// Evaluate every combination of K…L candidates.
    public var enumerate: ClosedRange<Int>?
    public var solver = SolverSettings()
}
