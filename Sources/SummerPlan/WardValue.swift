import PlanningData

/// What one more staffed bed is worth at a ward over the horizon: the sum of its weekly bed
/// values in the weeks of one kind (acute excess or not), with the week it is worth most.
public struct WardValue: Sendable {
    public let hospital: Int, specialty: Int
    /// Σ_w bed_value_sek(h, s, w) over the weeks counted.
    public let totalSEK: Double
    /// Weeks in which an extra bed is worth anything (above half an öre).
    public let weeksBinding: Int
    public let peakWeek: Int
    public let peakSEK: Double
    /// Acute bed-weeks above the target that stay as overload, over the weeks counted.
    public let overloadBedWeeks: Double
}

extension SummerOutcome {
    /// The `limit` wards whose extra bed saves most over the horizon, largest first (ties by
    /// hospital and specialty id), counting only weeks whose acute load is above the target
    /// (`acute: true`: an extra bed saves overload or a transfer) or only the others (an extra
    /// bed makes room for planned care or inbound transfers). Keeping the two apart keeps the
    /// planned-care ranking from drowning in wards that all save θ × the overload penalty. The
    /// acute list keeps only wards with at least 0,05 bed-weeks of overload over the horizon.
    public func wardsWorthMost(_ data: DataSet, acute: Bool, limit: Int) -> [WardValue] {
        var byWard: [[Int]: [OccupancyResult]] = [:]
        for row in occupancy where (row.bedValue ?? 0) > 0.005 && (row.overloadBeds + row.acuteTransferredOut > 0) == acute {
            byWard[[row.hospital, row.specialty], default: []].append(row)
        }
        let values = byWard.map { key, rows -> WardValue in
            let peak = rows.max { ($0.bedValue!, -$0.week) < ($1.bedValue!, -$1.week) }!
            return WardValue(hospital: key[0], specialty: key[1], totalSEK: rows.reduce(0) { $0 + $1.bedValue! }, weeksBinding: rows.count,
                             peakWeek: peak.week, peakSEK: peak.bedValue!, overloadBedWeeks: rows.reduce(0) { $0 + $1.overloadBeds })
        }
        // A ward whose acute excess went out by transfer, with less than 0,05 bed-weeks left as
        // overload, is not "overload no transfer relieves" (it would print as 0,0).
        return Array(values.filter { !acute || $0.overloadBedWeeks >= 0.05 }.sorted {
            (acute ? $0.overloadBedWeeks : $0.totalSEK, $0.totalSEK, data.hospitals[$1.hospital].id, data.specialties[$1.specialty].id)
                > (acute ? $1.overloadBedWeeks : $1.totalSEK, $1.totalSEK, data.hospitals[$0.hospital].id, data.specialties[$0.specialty].id)
        }.prefix(limit))
    }
}
