import PlanningData
import SummerPlan

/// `samplan sweep`'s sweep.csv (docs/SPEC.md §7) and terminal table.
public enum SweepResults {
    public static func csv(_ points: [SweepPoint], data: DataSet, format f: CSVFormat) -> CSVDocument {
        let regions = data.regions.indices.sorted { data.regions[$0].id < data.regions[$1].id }
        var doc = CSVDocument(header: ["factor", "status", "objective_sek", "cases_out_of_region", "final_waiting"]
                              + regions.map { "net_" + data.regions[$0].id })
        for p in points {
            let o = p.outcome, solved = o.costs != nil
            let nets = regions.map { r in solved ? f.number(o.settlement[r].net) : "" }
            doc.append([f.number(p.factor), o.status.rawValue, f.number(o.objective), solved ? f.number(o.casesOutOfRegion) : "",
                        solved ? f.number(o.finalWaiting) : ""] + nets)
        }
        return doc
    }

    /// Two tables of at most about 110 characters: the outcome per factor, then the net settlement
    /// per region in million SEK (regions in the order of the reports).
    public static func terminal(_ points: [SweepPoint], scenario: String, price: PriceSelector, data: DataSet, resultFolder: String?) -> String {
        let priceName = SwedishNames.price(specialty: price.specialty, careType: price.careType, level: price.level, data)
        var out = "\(scenario)\nprice of \(priceName) (\(price.text)) scaled by each factor\n\n"
        let regions = SwedishNames.regionOrder(data)
        var table = TextTable([("factor", .right), ("status", .left), ("objective SEK", .right), ("out of region", .right),
                               ("final waiting", .right), ("start", .left), ("iterations", .right)])
        for p in points {
            let o = p.outcome, solved = o.costs != nil
            table.append([NumberFormatting.csv(p.factor).replacingDot, o.status.rawValue,
                          o.objective.map { NumberFormatting.swedish($0) } ?? "–",
                          solved ? NumberFormatting.swedish(o.casesOutOfRegion) : "–", solved ? NumberFormatting.swedish(o.finalWaiting) : "–",
                          p.warmStarted ? "warm" : "cold", String(o.result.iterations)])
        }
        out += table.rendered(indent: 2)
        out += "\nNet settlement by region (sold − bought, million SEK)\n"
        var nets = TextTable([("factor", .right)] + regions.map { (data.regions[$0].name, .right) })
        for p in points {
            let solved = p.outcome.costs != nil
            nets.append([NumberFormatting.csv(p.factor).replacingDot]
                        + regions.map { solved ? NumberFormatting.swedish(p.outcome.settlement[$0].net / 1e6, decimals: 1) : "–" })
        }
        out += nets.rendered(indent: 2)
        if let resultFolder { out += "\nResults: \(resultFolder)\n" }
        return out
    }
}

private extension String {
    var replacingDot: String { String(map { $0 == "." ? "," : $0 }) }
}
