import PlanningData

/// The terminal view of a data summary.
public enum DataSummaryView {
    public static func render(_ s: DataSummary) -> String {
        let sw = NumberFormatting.swedish
        var out = "Data set \(s.name)\n\n"
        let levels = s.hospitalsByLevel.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "  \(s.regions.count) regions, \(s.regions.reduce(0) { $0 + $1.municipalities }) municipalities, "
        out += "\(s.regions.reduce(0) { $0 + $1.hospitals }) hospitals (\(levels)), \(s.specialties) specialties\n"
        out += "  \(s.caseMixRows) case-mix rows, \(s.capacityPairs) hospital specialties with capacity, \(s.priceRows) priced (specialty, care type)\n"
        if let dates = s.occupancyDates {
            out += "  occupancy: \(sw(Double(s.occupancyRows), 0, " ")) daily rows, \(dates.first) to \(dates.last)\n"
        } else {
            out += "  occupancy: no rows\n"
        }
        if let weeks = s.demandWeeks { out += "  demand: weeks \(weeks.lowerBound)–\(weeks.upperBound)\n" }
        out += "  referrals: \(sw(s.referralCases, 0, " ")) cases a year to hospitals outside the home region\n\n"

        var table = TextTable([
            ("region", .left), ("population", .right), ("munic.", .right), ("hosp.", .right),
            ("beds w\(s.normalWeek)", .right), ("beds w\(s.summerWeeks.lowerBound)–\(s.summerWeeks.upperBound)", .right),
            ("closed", .right), ("occupancy w\(s.normalWeek)", .right), ("demand/year", .right), ("waiting", .right),
        ])
        for r in s.regions {
            table.append([
                r.name, sw(r.population, 0, " "), String(r.municipalities), String(r.hospitals), sw(r.beds, 0, " "),
                sw(r.summerBeds, 0, " "), r.beds > 0 ? NumberFormatting.percent(1 - r.summerBeds / r.beds, decimals: 0) : "–",
                r.occupancy.map { NumberFormatting.percent($0) } ?? "–", sw(r.demandPerYear, 0, " "), sw(r.backlog, 0, " "),
            ])
        }
        let totalDemand = s.regions.reduce(0) { $0 + $1.demandPerYear }, totalBacklog = s.regions.reduce(0) { $0 + $1.backlog }
        table.append([
            "Total", sw(s.totalPopulation, 0, " "), String(s.regions.reduce(0) { $0 + $1.municipalities }),
            String(s.regions.reduce(0) { $0 + $1.hospitals }), sw(s.totalBeds, 0, " "), sw(s.totalSummerBeds, 0, " "),
            s.totalBeds > 0 ? NumberFormatting.percent(1 - s.totalSummerBeds / s.totalBeds, decimals: 0) : "–", "",
            sw(totalDemand, 0, " "), sw(totalBacklog, 0, " "),
        ])
        out += table.rendered(indent: 2)
        return out
    }
}
