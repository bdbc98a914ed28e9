import PlanningData
import SummerPlan

/// Operating-theatre hours of a plan, summed over the weeks per hospital and specialty: what
/// theatre.csv holds, in the size a reader takes in (shared by the terminal and the report).
public struct TheatreSummary: Sendable {
    public struct Row: Sendable {
        public let hospital: Int, specialty: Int
        /// Hours available and used over the weeks.
        public let hours: Double, usedHours: Double
        /// The largest weekly value of one more theatre hour, SEK (nil when no row binds).
        public let bestHourValue: Double?
        public let bestWeek: Int?
        public var utilisation: Double? { hours > 0 ? usedHours / hours : nil }
    }

    public let rows: [Row]
    public let totalHours: Double, totalUsedHours: Double

    public init(_ outcome: SummerOutcome) {
        var sums: [[Int]: (Double, Double, Double?, Int?)] = [:]
        for t in outcome.theatre {
            var v = sums[[t.hospital, t.specialty]] ?? (0, 0, nil, nil)
            v.0 += t.hours; v.1 += t.usedHours
            if let value = t.hourValue, value > 1e-6, value > (v.2 ?? 0) { v.2 = value; v.3 = t.week }
            sums[[t.hospital, t.specialty]] = v
        }
        rows = sums.map { Row(hospital: $0.key[0], specialty: $0.key[1], hours: $0.value.0, usedHours: $0.value.1,
                              bestHourValue: $0.value.2, bestWeek: $0.value.3) }
            .sorted { $0.usedHours > $1.usedHours || ($0.usedHours == $1.usedHours && [$0.hospital, $0.specialty].lexicographicallyPrecedes([$1.hospital, $1.specialty])) }
        totalHours = rows.reduce(0) { $0 + $1.hours }
        totalUsedHours = rows.reduce(0) { $0 + $1.usedHours }
    }

    /// The rows where one more theatre hour is worth most, largest first.
    public func worthMost(limit: Int) -> [Row] {
        Array(rows.filter { $0.bestHourValue != nil }.sorted { $0.bestHourValue! > $1.bestHourValue! || ($0.bestHourValue! == $1.bestHourValue! && $0.hospital < $1.hospital) }.prefix(limit))
    }
}
