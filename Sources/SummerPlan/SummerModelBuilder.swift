import LinearProgramming
import PlanningData

/// Prices or costs the model needs but the data set lacks (docs/SPEC.md §9): every out-of-region route
/// variable needs p(s, t, level) (region perspective) or c(producer) (system perspective) and
/// c(home); every cross-region acute transfer needs p(s, acute_bed_day, level(receiver)).
public struct MissingPricesError: Error, Sendable, CustomStringConvertible {
    /// Lines `pricelist: …` / `costs: …`, printed after the scenario's name.
    public let missing: [String]
    /// Lines `FILE: message` that name their file themselves (missing acute bed-day prices).
    public let located: [String]
    public init(missing: [String], located: [String] = []) {
        self.missing = missing
        self.located = located
    }
    public var description: String { (missing + located).joined(separator: "\n") }
}

/// Builds the summer LP (docs/SPEC.md §3 v2) for a inputs scenario, one family of variables or rows
/// per function, all through one ``SummerLayout``.
public enum SummerModelBuilder {
    /// Upper bounds of the no-region-worse-off rows (docs/SPEC.md §3.5), right-hand sides already widened.
    public typealias WaitingBounds = [RegionSpecialtyBound: Double]

    /// Builds the model with the scenario's routes, or with `routes` (the status quo).
    ///
    /// - Parameters:
    ///   - names: give every column and row a name (for `samplan export`); off on the hot path.
    ///   - specialties: build only these specialties' block (no row joins two specialties).
    ///   - bounds: the no-region-worse-off bounds to add.
    ///   - envelope: wards that keep their acute-excess row and inbound transfers even where this
    ///     data's E or F is 0, so that every Monte Carlo draw has the same structure (``WardEnvelope``).
    public static func build(_ inputs: SummerInputs, routes override: RoutePolicy? = nil, names: Bool = false,
                             specialties: Set<Int>? = nil, bounds: WaitingBounds = [:], envelope: WardEnvelope? = nil)
        throws(MissingPricesError) -> SummerModel
    {
        var b = Build(inputs: inputs, routes: override ?? inputs.settings.routes, names: names, specialties: specialties,
                      envelope: envelope ?? WardEnvelope())
        b.addQueues()
        b.addWards()
        b.addTransfers()
        b.addFlows()
        b.addTheatreRows()
        b.addClinicRows()
        b.addNoWorseRows(bounds)
        guard b.missing.isEmpty && b.missingLocated.isEmpty else {
            throw MissingPricesError(missing: b.missing.sorted(), located: b.missingLocated.sorted())
        }
        let s = inputs.settings
        return SummerModel(model: b.model, routes: b.routes, layout: b.layout, weeks: s.weeks, guaranteeWeeks: s.guaranteeWeeks,
                           finalBacklogWeight: s.finalBacklogWeight, overloadPenalty: s.overloadPenaltySEKPerBedWeek,
                           targetOccupancy: s.targetOccupancy)
    }
}

/// One build in progress.
struct Build {
    let inputs: SummerInputs
    let data: DataSet
    let settings: SummerSettings
    let routes: RoutePolicy
    let names: Bool
    let specialties: Set<Int>?
    let envelope: WardEnvelope
    let weeks: [Int]
    var model = LinearModel(name: "samplan_summer")
    var layout = SummerLayout()
    var missing: Set<String> = []
    var missingLocated: Set<String> = []

    init(inputs: SummerInputs, routes: RoutePolicy, names: Bool, specialties: Set<Int>?, envelope: WardEnvelope) {
        self.inputs = inputs
        data = inputs.data
        settings = inputs.settings
        self.routes = routes
        self.names = names
        self.specialties = specialties
        self.envelope = envelope
        weeks = Array(inputs.settings.weeks)
    }

    func includes(_ s: Int) -> Bool { specialties?.contains(s) ?? true }
    /// A row or column name from its parts, joined by `_`; empty without `names`, and then the
    /// parts are not even made (they cost a fifth of a draw's build).
    func label(_ parts: @autoclosure () -> [String]) -> String { names ? parts().joined(separator: "_") : "" }
    func id(_ key: RegionSpecialtyCareType) -> String {
        "\(data.regions[key.region].id)_\(data.specialties[key.specialty].id)_\(key.careType.rawValue)"
    }
    func id(_ ward: WardWeek) -> String { "\(data.hospitals[ward.hospital].id)_\(data.specialties[ward.specialty].id)_\(ward.week)" }
}
