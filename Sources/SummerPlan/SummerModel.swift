import LinearProgramming
import PlanningData
import Scenario

/// x(r, h, s, t, w): cases from home region r treated at hospital h in week w.
public struct FlowVariable: Sendable {
    public let region: Int
    public let hospital: Int
    public let specialty: Int
    public let careType: CareType
    public let week: Int
    public let column: Int
    /// base(r, h, s, t): 0 in the home region, else the perspective's price or cost difference.
    public let cooperationCost: Double
    /// travel_cost_sek_per_minute × minutes(r, h).
    public let travelCost: Double
    /// p(s, t, level(h)) for an out-of-region flow (what the home region pays), 0 at home.
    public let price: Double
    /// Whether h lies outside the home region.
    public let outOfRegion: Bool
}

/// q(r, s, t, w): the waiting list at the end of week w.
public struct QueueVariable: Sendable {
    public let key: RegionSpecialtyCareType
    public let week: Int
    public let column: Int
    /// wait(s, t) × weight(w).
    public let cost: Double
}

/// The bed row of (h, s, w) and its overload variable o(h, s, w).
public struct BedRow: Sendable {
    public let hospital: Int
    public let specialty: Int
    public let week: Int
    public let row: Int
    public let overloadColumn: Int
    public let staffedBeds: Double
    public let acuteLoad: Double
}

/// A theatre or clinic row of (h, s, w).
public struct ResourceRow: Sendable {
    public let hospital: Int
    public let specialty: Int
    public let week: Int
    public let row: Int
    public let capacity: Double
}

/// The summer LP of SPEC §3, built straight into the solver-neutral model, with the index of
/// every variable and row kept for reading the solution.
public struct SummerModel: Sendable {
    public let model: LinearModel
    public let routes: RoutePolicy
    public let flows: [FlowVariable]
    public let queues: [QueueVariable]
    public let bedRows: [BedRow]
    public let theatreRows: [ResourceRow]
    public let clinicRows: [ResourceRow]
    /// Waiting rows by (r, s, t) and week, and the backlog each starts from.
    public let queueKeys: [RegionSpecialtyCareType]
    public let backlog: [RegionSpecialtyCareType: Double]
    public let overloadPenalty: Double
    public let targetOccupancy: Double
}
