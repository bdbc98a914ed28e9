import SamplanSupport

/// capacity(h, s, w) of docs/SPEC.md §2: the row for week w if present, else the `*` row, else 0. A week
/// row replaces the `*` row for that week whole (docs/SPEC.md §9). Stored dense, resolved at load.
public struct CapacityTable: Sendable {
    let index: WardWeekIndex
    private var values: [Resources]
    private var hasRow: [Bool]

    init(hospitals: Int, specialties: Int) {
        index = WardWeekIndex(hospitals: hospitals, specialties: specialties)
        values = Array(repeating: .zero, count: index.count)
        hasRow = Array(repeating: false, count: index.pairCount)
    }

    /// Staffed capacity of hospital `h` in specialty `s` in ISO week `w` (1–53): beds, OR
    /// hours and clinic visits a week.
    ///
    /// - Complexity: O(1).
    public func capacity(hospital h: Int, specialty s: Int, week w: Int) -> Resources {
        values[index.slot(hospital: h, specialty: s, week: w)]
    }

    /// Whether capacity.csv has any row (a week or `*`) for (h, s).
    public func hasRows(hospital h: Int, specialty s: Int) -> Bool { hasRow[index.pair(hospital: h, specialty: s)] }

    /// Every (hospital, specialty) with a capacity row, in index order.
    public var hospitalSpecialties: [(hospital: Int, specialty: Int)] {
        var out: [(Int, Int)] = []
        for h in 0..<index.hospitalCount {
            for s in 0..<index.specialtyCount where hasRow[index.pair(hospital: h, specialty: s)] { out.append((h, s)) }
        }
        return out
    }

    /// Replaces the capacity of (h, s) in ISO week `w` (1–53).
    public mutating func set(hospital h: Int, specialty s: Int, week w: Int, _ resources: Resources) {
        values[index.slot(hospital: h, specialty: s, week: w)] = resources
        hasRow[index.pair(hospital: h, specialty: s)] = true
    }
}
