import LinearProgramming
import PlanningData

/// The six parts of the summer objective (docs/SPEC.md §3.3), each reported on its own.
public struct SummerCosts: Sendable, Equatable {
    /// Cooperation: Σ base(r, h, s, t) · x, SEK (price or producer cost less home cost).
    public var cooperation = 0.0
    /// Travel: SEK per minute × minutes × cases, SEK.
    public var travel = 0.0
    /// Waiting: wait(s, t) × patient-weeks (the last week weighted), SEK.
    public var waiting = 0.0
    /// Waiting over the guarantee (v2).
    public var guarantee = 0.0
    /// Overload: the penalty per bed-week × bed-weeks above the target, SEK.
    public var overload = 0.0
    /// Acute transfers (v2).
    public var acuteTransfer = 0.0
    /// The objective: the sum of the six parts, SEK.
    public var total: Double { cooperation + travel + waiting + guarantee + overload + acuteTransfer }

    /// Every part in SEK; zero unless given.
    public init(cooperation: Double = 0, travel: Double = 0, waiting: Double = 0, guarantee: Double = 0, overload: Double = 0,
                acuteTransfer: Double = 0) {
        self.cooperation = cooperation
        self.travel = travel
        self.waiting = waiting
        self.guarantee = guarantee
        self.overload = overload
        self.acuteTransfer = acuteTransfer
    }

    static func + (a: Self, b: Self) -> Self {
        SummerCosts(cooperation: a.cooperation + b.cooperation, travel: a.travel + b.travel, waiting: a.waiting + b.waiting,
                    guarantee: a.guarantee + b.guarantee, overload: a.overload + b.overload, acuteTransfer: a.acuteTransfer + b.acuteTransfer)
    }
}

/// One row of flows.csv.
public struct FlowResult: Sendable {
    /// Home region, producing hospital and specialty (indices into the data set), care type and ISO week.
    public let region: Int, hospital: Int, specialty: Int, careType: CareType, week: Int
    /// Cases treated in the week.
    public let cases: Double
    /// Whether the hospital lies outside the home region.
    public let outOfRegion: Bool
}

/// One row of waiting.csv.
public struct WaitingResult: Sendable {
    /// The waiting list: (region, specialty, care type).
    public let key: RegionSpecialtyCareType
    public let week: Int
    /// Patients waiting at the end of the week.
    public let waiting: Double
    /// The part in band G: waited the guarantee or longer (v2).
    public let overGuarantee: Double
}

/// One row of occupancy.csv.
public struct OccupancyResult: Sendable {
    public let hospital: Int, specialty: Int, week: Int
    /// Staffed beds of the ward that week.
    public let staffedBeds: Double
    /// Acute load A, beds (bed-weeks per week).
    public let acuteBeds: Double
    /// Beds used by planned care (bed-weeks per week).
    public let electiveBeds: Double
    /// Beds above the target occupancy (o, bed-weeks).
    public let overloadBeds: Double
    /// Decrease of the optimal objective per extra staffed bed (θ × |dual|); nil without duals.
    public let bedValue: Double?
    /// Acute bed-weeks moved to or from other hospitals (v2).
    public let acuteTransferredOut: Double
    /// Acute bed-weeks taken in from other hospitals.
    public let acuteTransferredIn: Double
    /// (elective + A − out + in) ÷ staffed; nil without staffed beds.
    public var occupancy: Double? {
        staffedBeds > 0 ? (electiveBeds + acuteBeds - acuteTransferredOut + acuteTransferredIn) / staffedBeds : nil
    }
}

/// One row of acute_transfers.csv.
public struct TransferResult: Sendable {
    /// Sending and receiving hospital, specialty (indices) and ISO week.
    public let from: Int, to: Int, specialty: Int, week: Int
    /// Acute load moved, bed-weeks.
    public let bedWeeks: Double
}

/// One theatre row: hours used and what an extra hour is worth.
public struct TheatreResult: Sendable {
    public let hospital: Int, specialty: Int, week: Int
    /// Staffed theatre hours of the week.
    public let hours: Double
    /// Theatre hours the plan uses.
    public let usedHours: Double
    /// Decrease of the optimal objective per extra theatre hour (−dual); nil without duals.
    public let hourValue: Double?
}

/// What a region sells to and buys from the others under the price list.
public struct SettlementRow: Sendable {
    public let region: Int
    /// SEK received from other regions (cases and acute transfers at list price).
    public let sold: Double
    /// SEK paid to other regions.
    public let bought: Double
    /// Sold less bought, SEK.
    public var net: Double { sold - bought }
}

/// A solved summer model read back into planning terms, through the model's layout.
public struct SummerOutcome: Sendable {
    /// The routes the model was built with (the status quo has `.statusQuo`).
    public let routes: RoutePolicy
    /// The solver's result, as returned.
    public let result: SolveResult
    /// The status reported in the result files.
    public var status: ReportedStatus { result.reportedStatus }
    /// The objective's parts recomputed from the solution in Swift; nil without a solution.
    public let costs: SummerCosts?
    /// The same parts per region (docs/SPEC.md §3.4 v2): cooperation, travel, waiting and guarantee of
    /// the home region; overload and acute transfer of the region of the overloaded hospital.
    public let costsByRegion: [SummerCosts]
    /// flows.csv: every non-zero x, in model order.
    public let flows: [FlowResult]
    /// waiting.csv: every non-empty (queue, week), sorted.
    public let waiting: [WaitingResult]
    /// occupancy.csv: every ward-week with a bed row, in model order.
    public let occupancy: [OccupancyResult]
    /// acute_transfers.csv: every non-zero v, in model order.
    public let transfers: [TransferResult]
    /// Theatre rows that some flow uses.
    public let theatre: [TheatreResult]
    /// Every region, also those with no trade.
    public let settlement: [SettlementRow]
    /// Cases treated in the horizon.
    public let casesTreated: Double
    /// Of them, cases treated outside the home region.
    public let casesOutOfRegion: Double
    /// Patients waiting at the end of the last week.
    public let finalWaiting: Double
    /// Of them, those waiting G weeks or more.
    public let finalWaitingOverGuarantee: Double
    /// Bed-weeks above the target occupancy, summed.
    public let overloadBedWeeks: Double
    /// Acute bed-weeks transferred, summed.
    public let acuteTransferBedWeeks: Double
    /// The waiting list at the start (backlog) per region, and the part already over the guarantee.
    public let startWaitingByRegion: [Double]
    /// Per region, data-set order.
    public let startOverGuaranteeByRegion: [Double]
    /// The waiting list at the end of the horizon per region, and its part over the guarantee.
    public let finalWaitingByRegion: [Double]
    /// Per region, data-set order.
    public let finalOverGuaranteeByRegion: [Double]
    /// Final waiting and over-guarantee waiting per (region, specialty), for no_region_worse_off.
    public let finalByRegionSpecialty: [RegionSpecialtyBound: Double]

    /// The objective, SEK; nil without a solution.
    public var objective: Double? { costs?.total }

    /// The `limit` ward-weeks whose extra staffed bed saves most (bed value above half an öre),
    /// largest first, ties by hospital id, specialty id and week.
    public func bedsWorthMost(_ data: DataSet, limit: Int) -> [OccupancyResult] {
        let worth = occupancy.filter { ($0.bedValue ?? 0) > 0.005 }.sorted {
            ($0.bedValue!, data.hospitals[$1.hospital].id, data.specialties[$1.specialty].id, $1.week)
                > ($1.bedValue!, data.hospitals[$0.hospital].id, data.specialties[$0.specialty].id, $0.week)
        }
        return Array(worth.prefix(limit))
    }

    /// Reads `result` for `model`. Values below 1e-9 are taken as zero.
    public init(model: SummerModel, result: SolveResult, data: DataSet) {
        let layout = model.layout, G = model.guaranteeWeeks
        let regionCount = data.regions.count
        routes = model.routes
        self.result = result
        var startByRegion = [Double](repeating: 0, count: regionCount), startOver = startByRegion
        for (key, bands) in layout.backlogByBand {
            startByRegion[key.region] += bands.reduce(0, +)
            startOver[key.region] += bands[G]
        }
        startWaitingByRegion = startByRegion
        startOverGuaranteeByRegion = startOver
        let zeros = [Double](repeating: 0, count: regionCount)
        guard result.hasSolution else {
            costs = nil; costsByRegion = Array(repeating: SummerCosts(), count: regionCount)
            flows = []; waiting = []; occupancy = []; transfers = []; theatre = []
            settlement = data.regions.indices.map { SettlementRow(region: $0, sold: 0, bought: 0) }
            casesTreated = 0; casesOutOfRegion = 0; finalWaiting = 0; finalWaitingOverGuarantee = 0
            overloadBedWeeks = 0; acuteTransferBedWeeks = 0
            finalWaitingByRegion = zeros; finalOverGuaranteeByRegion = zeros; finalByRegionSpecialty = [:]
            return
        }
        var reader = OutcomeReader(model: model, data: data, values: result.primalValues)
        reader.readFlows()
        reader.readWaiting()
        reader.readTransfers()
        let duals = result.rowDuals
        reader.readWards(duals: duals)
        theatre = reader.theatre(duals: duals)
        costsByRegion = reader.byRegion
        costs = reader.byRegion.reduce(SummerCosts(), +)
        flows = reader.flows
        waiting = reader.waiting
        occupancy = reader.occupancy
        transfers = reader.transfers
        settlement = data.regions.indices.map { SettlementRow(region: $0, sold: reader.sold[$0], bought: reader.bought[$0]) }
        casesTreated = reader.treated
        casesOutOfRegion = reader.outside
        finalWaiting = reader.final
        finalWaitingOverGuarantee = reader.finalOver
        overloadBedWeeks = reader.overload
        acuteTransferBedWeeks = reader.moved
        finalWaitingByRegion = reader.finalByRegion
        finalOverGuaranteeByRegion = reader.finalOverByRegion
        finalByRegionSpecialty = reader.bySpecialty
    }
}
