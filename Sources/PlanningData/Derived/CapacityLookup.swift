/// capacity(h, s, w) of SPEC §2: the row for week w if present, else the `*` row, else 0. A week
/// row replaces the `*` row for that week whole (SPEC §9). Stored dense, resolved at load.
public struct CapacityTable: Sendable {
    let hospitalCount: Int
    let specialtyCount: Int
    private var values: [Resources]
    private var hasRow: [Bool]

    init(hospitals: Int, specialties: Int) {
        hospitalCount = hospitals
        specialtyCount = specialties
        values = Array(repeating: .zero, count: hospitals * specialties * 53)
        hasRow = Array(repeating: false, count: hospitals * specialties)
    }

    @inline(__always) private func slot(_ h: Int, _ s: Int, _ w: Int) -> Int { ((h * specialtyCount) + s) * 53 + (w - 1) }

    /// Staffed capacity of hospital `h` in specialty `s` in week `w`.
    ///
    /// - Complexity: O(1).
    public func capacity(hospital h: Int, specialty s: Int, week w: Int) -> Resources {
        values[slot(h, s, w)]
    }

    /// Whether capacity.csv has any row (a week or `*`) for (h, s).
    public func hasRows(hospital h: Int, specialty s: Int) -> Bool { hasRow[h * specialtyCount + s] }

    /// Every (hospital, specialty) with a capacity row, in index order.
    public var hospitalSpecialties: [(hospital: Int, specialty: Int)] {
        var out: [(Int, Int)] = []
        for h in 0..<hospitalCount { for s in 0..<specialtyCount where hasRow[h * specialtyCount + s] { out.append((h, s)) } }
        return out
    }

    /// Replaces the capacity of (h, s) in week `w`.
    public mutating func set(hospital h: Int, specialty s: Int, week w: Int, _ resources: Resources) {
        values[slot(h, s, w)] = resources
        hasRow[h * specialtyCount + s] = true
    }
}
