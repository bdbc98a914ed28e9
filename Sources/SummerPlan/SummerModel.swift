import LinearProgramming
import PlanningData

/// What an x(r, h, s, t, w) costs and earns, beside its key.
public struct FlowTerms: Sendable {
    /// base(r, h, s, t): 0 in the home region, else the perspective's price or cost difference.
    public let cooperationCost: Double
    /// travel_cost_sek_per_minute × minutes(r, h).
    public let travelCost: Double
    /// p(s, t, level(h)) for an out-of-region flow (what the home region pays), 0 at home.
    public let price: Double
    /// Whether h lies outside the home region.
    public let outOfRegion: Bool
    /// bed_days(s, t) / 7: beds one case a week fills.
    public let bedsPerCase: Double
    /// or_minutes(s, t) / 60.
    public let theatreHoursPerCase: Double
    /// visits(s, t).
    public let visitsPerCase: Double
}

/// What a v(h, h', s, w) costs and, across regions, what the receiving region is paid.
public struct TransferTerms: Sendable {
    /// acute_transfer_cost_sek_per_bed_week + …_minute × minutes(h, h').
    public let cost: Double
    /// 7 × p(s, acute_bed_day, level(h')) per bed-week when h' lies in another region, else 0.
    public let pricePerBedWeek: Double
    public let crossRegion: Bool
}

/// Every family of variables and rows of the summer LP (docs/SPEC.md §3 v2), with what each entry
/// means. The builder creates the model through it and the outcome reads the solution through
/// it: one place knows which column or row holds what.
public struct SummerLayout: Sendable {
    // Variables.
    /// q(r, s, t, w, a): waiting at the end of week w in band a. Bands that stay empty are left
    /// out, and the bands too young to reach G by the last week are one band, `QueueBand.young`
    /// (see `SummerModelBuilder`); z is eliminated (docs/SPEC.md §3.1 allows both).
    public internal(set) var queues = ModelFamily<QueueBand>("q")
    /// x(r, h, s, t, w): cases from r treated at h in week w.
    public internal(set) var flows = ModelFamily<FlowKey>("x", indexed: false)
    public internal(set) var flowTerms: [FlowTerms] = []
    /// v(h, h', s, w): acute bed-weeks moved from h to h'.
    public internal(set) var transfers = ModelFamily<TransferKey>("v", indexed: false)
    public internal(set) var transferTerms: [TransferTerms] = []
    /// o(h, s, w): acute bed-weeks above the target that stay.
    public internal(set) var overloads = ModelFamily<WardWeek>("o")

    // Rows.
    /// The band equations of §3.1 with z eliminated, one per q: q(w, a) ≤ what flows into band a
    /// (z(w, a) = inflow − q(w, a) ≥ 0).
    public internal(set) var bandRows = ModelFamily<QueueBand>("band", indexed: false)
    /// Σ_a z = Σ_h x with z eliminated, one per (r, s, t, w): version 1's waiting equation
    /// Σ_a q(w, a) − Σ_a q(w−1, a) + Σ_h x = demand(w) (+ the backlog in week w0).
    public internal(set) var treatedRows = ModelFamily<QueueWeek>("waiting")
    /// Σ bed_days/7 · x + Σ v_in ≤ F, for every ward-week with staffed beds.
    public internal(set) var freeBedRows = ModelFamily<WardWeek>("free_beds")
    /// o + Σ v_out = E, for every ward-week with E > 0.
    public internal(set) var acuteExcessRows = ModelFamily<WardWeek>("acute_excess")
    /// Σ or_minutes/60 · x ≤ or_hours, where some x uses it.
    public internal(set) var theatreRows = ModelFamily<WardWeek>("theatre")
    /// Σ visits · x ≤ visits, where some x uses it.
    public internal(set) var clinicRows = ModelFamily<WardWeek>("clinic")
    /// no_region_worse_off bounds (docs/SPEC.md §3.5), with their right-hand sides.
    public internal(set) var noWorseRows = ModelFamily<RegionSpecialtyBound>("no_worse")

    // Data beside the families.
    /// Every ward-week with staffed beds or acute load (a row of occupancy.csv), in key order.
    public internal(set) var wards: [WardWeek] = []
    public internal(set) var balances: [WardWeek: BedBalance] = [:]
    /// Capacity of each theatre and clinic row, parallel to the families.
    public internal(set) var theatreHours: [Double] = []
    public internal(set) var clinicVisits: [Double] = []
    /// Every waiting list (r, s, t) of the model, sorted, and its backlog by band.
    public internal(set) var queueKeys: [RegionSpecialtyCareType] = []
    public internal(set) var backlogByBand: [RegionSpecialtyCareType: [Double]] = [:]
    /// wait(s, t) and guarantee(s, t) per week, per (r, s, t).
    public internal(set) var waitCost: [RegionSpecialtyCareType: Double] = [:]
    public internal(set) var guaranteePenalty: [RegionSpecialtyCareType: Double] = [:]
}

/// The summer LP of docs/SPEC.md §3, built straight into the solver-neutral model, with its layout.
public struct SummerModel: Sendable {
    public var model: LinearModel
    public let routes: RoutePolicy
    public internal(set) var layout: SummerLayout
    public let weeks: ClosedRange<Int>
    /// G.
    public let guaranteeWeeks: Int
    /// weight(w): 1, and final_backlog_weight in the last week.
    public let finalBacklogWeight: Double
    public let overloadPenalty: Double
    public let targetOccupancy: Double

    /// The columns of q(key, wN, ·): every band, or band G only.
    public func finalQueueColumns(_ key: RegionSpecialtyCareType, overGuarantee: Bool) -> [Int] {
        let bands = overGuarantee ? [guaranteeWeeks] : [QueueBand.young] + Array(0...guaranteeWeeks)
        return bands.compactMap { layout.queues[QueueBand(queue: key, week: weeks.upperBound, band: $0)] }
    }

    /// weight(w) of the waiting and guarantee parts.
    public func weight(_ week: Int) -> Double { week == weeks.upperBound ? finalBacklogWeight : 1 }
}
