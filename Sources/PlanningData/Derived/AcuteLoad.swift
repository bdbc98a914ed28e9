import SamplanSupport

/// Daily occupied beds from the bed-occupancy feed, pooled by (hospital, specialty, ISO week)
/// over every year (docs/SPEC.md §9): a sum and a count per slot.
public struct OccupancyTable: Sendable {
    let index: WardWeekIndex
    private var sums: [Double]
    private var counts: [Int32]
    /// How many rows the feed had.
    public internal(set) var rowCount = 0
    /// The first and last date of the feed (yyyy-mm-dd), if any.
    public internal(set) var dateRange: (first: String, last: String)?

    init(hospitals: Int, specialties: Int) {
        index = WardWeekIndex(hospitals: hospitals, specialties: specialties)
        sums = Array(repeating: 0, count: index.count)
        counts = Array(repeating: 0, count: index.count)
    }

    @inline(__always) private func slot(_ h: Int, _ s: Int, _ w: Int) -> Int { index.slot(hospital: h, specialty: s, week: w) }

    mutating func add(hospital h: Int, specialty s: Int, week w: Int, occupied: Double) {
        sums[slot(h, s, w)] += occupied
        counts[slot(h, s, w)] += 1
    }

    /// Multiplies the occupied beds of (h, s) in every week by `factor`, so that the mean (and
    /// so the acute load A) scales by it exactly: a factor of 1 changes nothing (docs/SPEC.md §10 draws).
    public mutating func scale(hospital h: Int, specialty s: Int, by factor: Double) {
        for w in 1...WardWeekIndex.weeks { sums[slot(h, s, w)] *= factor }
    }

    /// The mean of the occupied beds of (h, s) over the rows whose date falls in ISO week w, or
    /// nil when there are none.
    public func meanOccupiedBeds(hospital h: Int, specialty s: Int, week w: Int) -> Double? {
        let k = slot(h, s, w)
        return counts[k] == 0 ? nil : sums[k] / Double(counts[k])
    }
}

extension DataSet {
    /// Acute bed load A(h, s, w) = acute_share(s) × the mean occupied beds of (h, s) in ISO week
    /// w (any year); 0 without occupancy rows (docs/SPEC.md §2).
    ///
    /// - Complexity: O(1).
    public func acuteLoad(hospital h: Int, specialty s: Int, week w: Int) -> Double {
        guard let mean = occupancy.meanOccupiedBeds(hospital: h, specialty: s, week: w) else { return 0 }
        return specialties[s].acuteShare * mean
    }
}

extension DataSet {
    /// Scales the acute load A(h, s, w) of every week by `factor` (a Monte Carlo draw, docs/SPEC.md §10).
    public mutating func scaleAcuteLoad(hospital h: Int, specialty s: Int, by factor: Double) {
        occupancy.scale(hospital: h, specialty: s, by: factor)
    }
}
