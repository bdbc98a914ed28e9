import LinearProgramming
import PlanningData

/// The settings of a level-structuring run (docs/SPEC.md §4, §5), resolved to plain values.
public struct LevelSettings: Sendable, Hashable {
    /// The care type of the procedure (its prices are p(s, t, level)).
    public var careType: CareType
    /// Cases a year per 100 000 inhabitants.
    public var casesPer100k: Double
    /// Cases a year an open site must treat (0: no minimum).
    public var minVolume: Double = 0
    /// Arcs only to candidates within this many minutes (inclusive); nil: every arc.
    public var maxTravelMinutes: Double?
    /// Fewest and most open sites.
    public var sitesMin = 0
    public var sitesMax: Int
    /// SEK per minute of a patient's travel.
    public var travelCostSEKPerMinute: Double = 10
    /// SEK per case left unserved.
    public var unservedPenaltySEK: Double = 1_000_000
    /// SEK per case an open site falls short of the minimum volume.
    public var shortfallPenaltySEK: Double = 100_000
    /// Whether the optimal-sites MIP is solved.
    public var optimize = true
    /// Evaluate every combination of this many candidates (holding every `mustOpen` and no
    /// `mustClose` position); nil: only the named proposals.
    public var enumerate: ClosedRange<Int>?

    public init(careType: CareType, casesPer100k: Double, sitesMax: Int) {
        self.careType = careType
        self.casesPer100k = casesPer100k
        self.sitesMax = sitesMax
    }
}

/// One candidate site with its resolved per-hospital values.
public struct LevelCandidate: Sendable, Hashable {
    /// Index into `DataSet.hospitals`.
    public var hospital: Int
    /// Cases a year it can treat (`.infinity`: no limit).
    public var capacity: Double
    /// SEK a year for keeping it open.
    public var fixedCostSEK: Double
    /// SEK per case treated there.
    public var caseCostSEK: Double

    public init(hospital: Int, capacity: Double = .infinity, fixedCostSEK: Double = 0, caseCostSEK: Double = 0) {
        self.hospital = hospital
        self.capacity = capacity
        self.fixedCostSEK = fixedCostSEK
        self.caseCostSEK = caseCostSEK
    }
}

/// A named set of open sites, as positions in `LevelInputs.candidates`.
public struct NamedProposal: Sendable, Hashable {
    public var name: String
    /// Candidate positions, in the order written.
    public var open: [Int]

    public init(name: String, open: [Int]) {
        self.name = name
        self.open = open
    }
}

/// Everything one level-structuring run is made from: the data set (with municipalities; price
/// list replaced already), the specialty, the candidates, the settings, the named proposals and
/// the solve parameters; and, for the result files only, where the inputs came from.
public struct LevelInputs: Sendable {
    /// The scenario's name, for the result files.
    public var name: String
    public var data: DataSet
    /// Index into `DataSet.specialties`.
    public var specialty: Int
    /// In the scenario's order (the order of `open_sites` and of proposal names).
    public var candidates: [LevelCandidate]
    public var settings: LevelSettings
    /// Candidate positions the MIP must open and every enumerated combination holds (v2).
    public var mustOpen: [Int] = []
    /// Candidate positions the MIP must keep closed and no enumerated combination holds (v2).
    public var mustClose: [Int] = []
    /// The named proposals, in the order written.
    public var proposals: [NamedProposal] = []
    /// How the MIP and the proposal LPs are solved (the LPs without presolve, dual simplex).
    public var parameters: SolveParameters
    /// The data folder as written in the scenario, for the result files.
    public var dataFolder: String
    /// A replacement price list as written in the scenario, or nil for the data set's own.
    public var priceList: String?
    /// SHA-256 (hex) of every input file, for run.json; empty when built in code.
    public var inputsSHA256: String

    public init(name: String, data: DataSet, specialty: Int, candidates: [LevelCandidate], settings: LevelSettings,
                mustOpen: [Int] = [], mustClose: [Int] = [], proposals: [NamedProposal] = [],
                parameters: SolveParameters = SolveParameters(method: .dual), dataFolder: String = "", priceList: String? = nil,
                inputsSHA256: String = "") {
        self.name = name
        self.data = data
        self.specialty = specialty
        self.candidates = candidates
        self.settings = settings
        self.mustOpen = mustOpen
        self.mustClose = mustClose
        self.proposals = proposals
        self.parameters = parameters
        self.dataFolder = dataFolder
        self.priceList = priceList
        self.inputsSHA256 = inputsSHA256
    }
}
