/// Own marginal cost c(r, s, t) (docs/SPEC.md §2): the first row found of (r, s, t), (r, `*`, t),
/// (`*`, s, t), (`*`, `*`, t). Resolved for every (r, s, t) at load, so that `cost` adjustments
/// act on the derived values.
public struct OwnCostTable: Sendable {
    let specialtyCount: Int
    private var values: [Double?]

    init(regions: Int, specialties: Int) {
        specialtyCount = specialties
        values = Array(repeating: nil, count: regions * specialties * CareType.allCases.count)
    }

    @inline(__always) private func slot(_ r: Int, _ s: Int, _ t: CareType) -> Int {
        (r * specialtyCount + s) * 3 + t.order
    }

    /// Region r's own marginal cost per case of (s, t); nil when no row applies.
    public func cost(region r: Int, specialty s: Int, careType t: CareType) -> Double? {
        values[slot(r, s, t)]
    }

    /// Sets the derived cost of (r, s, t).
    public mutating func set(region r: Int, specialty s: Int, careType t: CareType, _ cost: Double?) {
        values[slot(r, s, t)] = cost
    }

    /// Resolves rows keyed by (region or nil for `*`, specialty or nil, care type) in the lookup order.
    static func resolve(rows: [CostKey: Double], regions: Int, specialties: Int) -> OwnCostTable {
        var table = OwnCostTable(regions: regions, specialties: specialties)
        for r in 0..<regions {
            for s in 0..<specialties {
                for t in CareType.allCases {
                    table.set(region: r, specialty: s, careType: t,
                              rows[CostKey(region: r, specialty: s, careType: t)]
                                ?? rows[CostKey(region: r, specialty: nil, careType: t)]
                                ?? rows[CostKey(region: nil, specialty: s, careType: t)]
                                ?? rows[CostKey(region: nil, specialty: nil, careType: t)])
                }
            }
        }
        return table
    }
}

/// A key of costs.csv; nil stands for `*`.
struct CostKey: Hashable {
    let region: Int?
    let specialty: Int?
    let careType: CareType
}
