import PlanningData
import Uncertainty

/// A scenario's solver settings (docs/SPEC.md §5, §9).
public struct SolverSettings: Sendable, Hashable {
    public var timeLimitSeconds: Double = 600
    public var mipGap: Double = 0.0001
    public var presolve = true

    public init(timeLimitSeconds: Double = 600, mipGap: Double = 0.0001, presolve: Bool = true) {
        self.timeLimitSeconds = timeLimitSeconds
        self.mipGap = mipGap
        self.presolve = presolve
    }
}

/// A value written in the file with where it was written, for errors found later against the data.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let location: SourceLocation
    public let keyPath: String
}

/// `wait_cost_sek_per_week`: a number, or a map of `default`, specialties and `specialty/care_type`.
public struct WaitCostSetting: Sendable {
    public var defaultCost: Double = 1500
    /// Keys as written (`ortopedi`, `ortopedi/day_surgery`), checked against the data set later.
    public var overrides: [Located<(key: String, cost: Double)>] = []

    public init(defaultCost: Double = 1500, overrides: [Located<(key: String, cost: Double)>] = []) {
        self.defaultCost = defaultCost
        self.overrides = overrides
    }
}

/// A summer scenario (docs/SPEC.md §3, §5), decoded and checked for everything that needs no data set.
public struct SummerScenario: Sendable {
    public var name: String
    /// The scenario file given, and every file of its `extends` chain (parents first).
    public var file: String
    public var files: [String]
    public var dataFolder: Located<String>
    public var weeks: ClosedRange<Int>
    public var perspective: Perspective = .region
    public var routes: RoutePolicy = .all
    public var maxTravelMinutes: Double = 240
    public var targetOccupancy: Double = 0.9
    public var waitCost = WaitCostSetting()
    public var finalBacklogWeight: Double = 4
    public var overloadPenaltySEKPerBedWeek: Double = 50_000
    public var travelCostSEKPerMinute: Double = 10
    public var compareStatusQuo = true
    /// G: weeks of waiting after which a patient is over the waiting-time guarantee (docs/SPEC.md §3.1 v2).
    public var guaranteeWeeks = 13
    /// guarantee(s, t) per week per patient over the guarantee; a map without `default` falls back to 5000.
    public var guaranteePenalty = WaitCostSetting(defaultCost: 5000)
    /// Whether acute load above the target may be transferred to nearby hospitals (docs/SPEC.md §3.2 v2).
    public var acuteTransfers = true
    /// Longest acute transfer, minutes, inclusive.
    public var acuteTransferMaxMinutes: Double = 120
    /// Cost of transferring one bed-week of acute load, plus per minute of travel.
    public var acuteTransferCostSEKPerBedWeek: Double = 10_000
    public var acuteTransferCostSEKPerBedWeekMinute: Double = 100
    /// No region ends with a longer waiting list than in the status quo (docs/SPEC.md §3.5 v2).
    public var noRegionWorseOff = false
    public var pricelist: Located<String>?
    public var adjustments: [Adjustment] = []
    public var solver = SolverSettings()
    /// The Monte Carlo draws of docs/SPEC.md §10, or nil for none.
    public var uncertainty: UncertaintySettings?

    /// A scenario with every default of docs/SPEC.md §5 (for building scenarios in code).
    public init(name: String, file: String = "", files: [String] = [], dataFolder: Located<String>, weeks: ClosedRange<Int>) {
        self.name = name
        self.file = file
        self.files = files
        self.dataFolder = dataFolder
        self.weeks = weeks
    }
}

extension Located {
    /// A value made in code rather than read from a file.
    public init(_ value: Value, keyPath: String = "") {
        self.init(value: value, location: SourceLocation(file: "(code)", line: 1, column: 1), keyPath: keyPath)
    }
}
