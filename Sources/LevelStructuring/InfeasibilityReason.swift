/// One reason why no set of sites satisfies every constraint of the optimal-sites MIP (docs/SPEC.md §4).
/// Municipalities and hospitals are indices into the data set; `Reports` puts the reasons into
/// words (English for summary.json and the terminal, Swedish for the report).
public enum InfeasibilityReason: Sendable, Hashable {
    /// `must_open` names `mustOpen` sites, more than sites.max.
    case mustOpenAboveSitesMax(mustOpen: Int, sitesMax: Int)
    /// Only `left` candidates are not in `must_close`, fewer than sites.min.
    case tooFewCandidatesLeft(left: Int, sitesMin: Int)
    /// Municipalities with demand and no candidate within `maxTravelMinutes` (nil: no limit, so no
    /// candidate at all), every one of them, in data-set order.
    case unreachable(municipalities: [Int], maxTravelMinutes: Double?)
    /// Municipalities with demand whose every candidate within reach is in `must_close`.
    case reachableOnlyClosed(municipalities: [Int], maxTravelMinutes: Double?)
    /// `sites` sites with at least `minVolume` cases a year each need more than the `demand` (cases a year).
    case minimumVolumesAboveDemand(sites: Int, minVolume: Double, demand: Double)
    /// The `sites` largest candidates (not in `must_close` when `mustCloseExcluded`) can treat
    /// `capacity` cases a year, less than the `demand`.
    case capacityBelowDemand(sites: Int, capacity: Double, demand: Double, mustCloseExcluded: Bool)
    /// A hospital in `must_open` whose capacity (cases a year) is below the minimum volume.
    case mustOpenCapacityBelowMinimumVolume(hospital: Int, capacity: Double, minVolume: Double)
    /// A candidate hospital whose capacity (cases a year) is below the minimum volume.
    case capacityBelowMinimumVolume(hospital: Int, capacity: Double, minVolume: Double)
    /// None of the above alone: the minimum volume, the capacities and the number of sites
    /// (sites.min…sites.max) together, for the municipalities each candidate reaches.
    case combined(minVolume: Double, sitesMin: Int, sitesMax: Int)
}

extension LevelProblem {
    /// Why no set of sites satisfies every constraint: `must_open` / `must_close` against the
    /// number of sites (v2), municipalities out of reach (all of them), too little demand for the
    /// minimum volumes, too little capacity; ``InfeasibilityReason/combined(minVolume:sitesMin:sitesMax:)``
    /// when none of these holds alone. Never empty.
    public func infeasibilityReasons() -> [InfeasibilityReason] {
        var reasons: [InfeasibilityReason] = []
        let closed = Set(mustClose)
        if mustOpen.count > sitesMax { reasons.append(.mustOpenAboveSitesMax(mustOpen: mustOpen.count, sitesMax: sitesMax)) }
        let left = candidates.count - mustClose.count
        if left < sitesMin { reasons.append(.tooFewCandidatesLeft(left: left, sitesMin: sitesMin)) }
        let unreachable = arcs.indices.filter { arcs[$0].isEmpty && demand[$0] > 0 }
        if !unreachable.isEmpty { reasons.append(.unreachable(municipalities: unreachable, maxTravelMinutes: maxTravelMinutes)) }
        let onlyClosed = arcs.indices.filter { m in
            !arcs[m].isEmpty && demand[m] > 0 && arcs[m].allSatisfy { closed.contains($0.candidate) }
        }
        if !onlyClosed.isEmpty { reasons.append(.reachableOnlyClosed(municipalities: onlyClosed, maxTravelMinutes: maxTravelMinutes)) }
        let fewest = max(sitesMin, mustOpen.count)
        if Double(fewest) * minVolume > totalDemand + 1e-9 {
            reasons.append(.minimumVolumesAboveDemand(sites: fewest, minVolume: minVolume, demand: totalDemand))
        }
        let open = candidates.indices.filter { !closed.contains($0) }
        let largest = open.map { capacity[$0] }.sorted(by: >).prefix(sitesMax).reduce(0, +)
        if largest < totalDemand - 1e-9 {
            reasons.append(.capacityBelowDemand(sites: min(sitesMax, open.count), capacity: largest, demand: totalDemand,
                                                mustCloseExcluded: !closed.isEmpty))
        }
        if let bad = mustOpen.first(where: { capacity[$0] < minVolume }) {
            reasons.append(.mustOpenCapacityBelowMinimumVolume(hospital: candidates[bad], capacity: capacity[bad], minVolume: minVolume))
        } else if let bad = candidates.indices.first(where: { capacity[$0] < minVolume }) {
            reasons.append(.capacityBelowMinimumVolume(hospital: candidates[bad], capacity: capacity[bad], minVolume: minVolume))
        }
        if reasons.isEmpty { reasons.append(.combined(minVolume: minVolume, sitesMin: sitesMin, sitesMax: sitesMax)) }
        return reasons
    }
}
