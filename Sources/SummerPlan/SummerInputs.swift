import LinearProgramming
import PlanningData

/// The settings of a summer plan (docs/SPEC.md §3, §5 v2), every one resolved to a plain value: what the
/// model builder and the planner read besides the data set. The run layer makes them from a
/// scenario file (`Runs`); tests may write them directly.
public struct SummerSettings: Sendable, Hashable {
    /// Planned weeks, ISO week numbers w0…wN (inclusive, ascending).
    public var weeks: ClosedRange<Int>
    /// Whose costs the cooperation objective counts.
    public var perspective: Perspective = .region
    /// Which out-of-region routes are open.
    public var routes: RoutePolicy = .all
    /// Longest route, minutes, inclusive.
    public var maxTravelMinutes: Double = 240
    /// Share of staffed beds that may be occupied before overload (0…1).
    public var targetOccupancy: Double = 0.9
    /// SEK per patient-week of waiting for a (specialty, care type) that `SummerInputs.waitCost` lacks.
    public var defaultWaitCost: Double = 1500
    /// Weight of the last week's waiting cost (the backlog left for autumn).
    public var finalBacklogWeight: Double = 4
    /// SEK per bed-week above the target occupancy.
    public var overloadPenaltySEKPerBedWeek: Double = 50_000
    /// SEK per minute of a patient's travel.
    public var travelCostSEKPerMinute: Double = 10
    /// Whether the status quo is solved too (for the gain).
    public var compareStatusQuo = true
    /// G: weeks of waiting after which a patient is over the waiting-time guarantee (docs/SPEC.md §3.1 v2).
    public var guaranteeWeeks = 13
    /// SEK per patient-week over the guarantee for a (specialty, care type) that `SummerInputs.guaranteePenalty` lacks.
    public var defaultGuaranteePenalty: Double = 5000
    /// Whether acute load above the target may be transferred to nearby hospitals (docs/SPEC.md §3.2 v2).
    public var acuteTransfers = true
    /// Longest acute transfer, minutes, inclusive.
    public var acuteTransferMaxMinutes: Double = 120
    /// SEK per bed-week of acute load transferred, plus SEK per bed-week and minute of travel.
    public var acuteTransferCostSEKPerBedWeek: Double = 10_000
    public var acuteTransferCostSEKPerBedWeekMinute: Double = 100
    /// No region ends with a longer waiting list than in the status quo (docs/SPEC.md §3.5 v2).
    public var noRegionWorseOff = false

    /// Every default of docs/SPEC.md §5 over the weeks `weeks`.
    public init(weeks: ClosedRange<Int>) { self.weeks = weeks }
}

/// Everything one summer plan is made from: the data set (price list replaced and adjustments
/// applied already), the resolved settings, the wait costs per (specialty, care type) and the
/// solve parameters; and, carried through for the result files only, where the inputs came from.
public struct SummerInputs: Sendable {
    /// The scenario's name, for the result files.
    public var name: String
    public var data: DataSet
    public var settings: SummerSettings
    /// wait(s, t), SEK per patient-week of waiting, for every (specialty, care type) with a case-mix row.
    public var waitCost: [SpecialtyCareType: Double]
    /// guarantee(s, t), SEK per patient-week over the guarantee, for every (specialty, care type) with a case-mix row.
    public var guaranteePenalty: [SpecialtyCareType: Double]
    /// How every model of the run is solved; warm starts and the simplex method are set per solve.
    public var parameters: SolveParameters
    /// The data folder as written in the scenario, for the result files.
    public var dataFolder: String
    /// A replacement price list as written in the scenario, or nil for the data set's own.
    public var priceList: String?
    /// SHA-256 (hex) of every input file, for run.json; empty when built in code.
    public var inputsSHA256: String

    public init(name: String, data: DataSet, settings: SummerSettings, waitCost: [SpecialtyCareType: Double] = [:],
                guaranteePenalty: [SpecialtyCareType: Double] = [:], parameters: SolveParameters = SolveParameters(method: .dual),
                dataFolder: String = "", priceList: String? = nil, inputsSHA256: String = "") {
        self.name = name
        self.data = data
        self.settings = settings
        self.waitCost = waitCost
        self.guaranteePenalty = guaranteePenalty
        self.parameters = parameters
        self.dataFolder = dataFolder
        self.priceList = priceList
        self.inputsSHA256 = inputsSHA256
    }
}
