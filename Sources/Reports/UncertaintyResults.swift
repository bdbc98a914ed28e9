import Foundation
import PlanningData
import SummerPlan
import Uncertainty

/// The files of the Monte Carlo draws of an uncertainty run (docs/SPEC.md §10): `draws.csv`,
/// `uncertainty.csv` and the `uncertainty` object of `summary.json`.
///
/// The spread is computed from the numbers as `draws.csv` writes them (six decimals), so that
/// `samplan merge`, which reads the parts' `draws.csv`, gives the bytes a single run gives.
public enum UncertaintyResults {
    /// The quantities of `draws.csv` before the per-region columns.
    public static let quantities = ["objective_sek", "gain_vs_status_quo_sek", "final_waiting", "final_waiting_over_guarantee",
                                    "overload_bed_weeks", "acute_transfer_bed_weeks"]
    /// The quantities summary.json gives percentiles of.
    public static let summaryQuantities = ["objective_sek", "gain_vs_status_quo_sek", "final_waiting", "final_waiting_over_guarantee"]

    /// The header of `draws.csv`: draw, status, the quantities, then `net_<region>` and
    /// `waiting_<region>` per region id in ascending order.
    public static func header(regions: [String]) -> [String] {
        let ids = regions.sorted()
        return ["draw", "status"] + quantities + ids.map { "net_" + $0 } + ids.map { "waiting_" + $0 }
    }

    /// `draws.csv` as rows of fields (before quoting), sorted by draw.
    public static func draws(_ rows: [DrawResult], _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        let order = d.regions.indices.sorted { d.regions[$0].id < d.regions[$1].id }
        var doc = CSVDocument(header: header(regions: d.regions.map(\.id)))
        for row in rows.sorted(by: { $0.draw < $1.draw }) {
            var fields = [String(row.draw), row.status]
            fields += [row.objective, row.gainVsStatusQuo, row.finalWaiting, row.finalWaitingOverGuarantee,
                       row.overloadBedWeeks, row.acuteTransferBedWeeks].map(f.number)
            fields += order.map { f.number(row.netByRegion?[$0]) }
            fields += order.map { f.number(row.waitingByRegion?[$0]) }
            doc.append(fields)
        }
        return doc
    }

    /// A draws.csv field read back as a number (decimal comma accepted); nil when empty.
    public static func parse(_ field: String) -> Double? {
        field.isEmpty ? nil : Double(field.replacingOccurrences(of: ",", with: "."))
    }

    /// The spread of every numeric column of a draws table (header and rows as `draws(_:_:_:)`
    /// writes them): one entry per column but draw and status, in column order, nil where no draw
    /// has a value.
    public static func spreads(header: [String], rows: [[String]]) -> [(quantity: String, spread: Spread?)] {
        header.indices.dropFirst(2).map { c in (header[c], Spread(rows.map { parse($0[c]) })) }
    }

    /// `uncertainty.csv`: quantity, n, mean, p10, p50, p90, min, max; a quantity no draw has a
    /// value of has no row.
    public static func uncertainty(_ spreads: [(quantity: String, spread: Spread?)], _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["quantity", "n", "mean", "p10", "p50", "p90", "min", "max"])
        for (quantity, spread) in spreads {
            guard let s = spread else { continue }
            doc.append([quantity, String(s.n)] + [s.mean, s.p10, s.p50, s.p90, s.min, s.max].map(f.number))
        }
        return doc
    }

    /// summary.json's `uncertainty` {draws, solved, and {p10, p50, p90} or null per summary quantity}.
    public static func summary(draws: Int, solved: Int, _ spreads: [(quantity: String, spread: Spread?)]) -> JSONValue {
        var fields: [(String, JSONValue)] = [("draws", .int(draws)), ("solved", .int(solved))]
        for quantity in summaryQuantities {
            let spread = spreads.first { $0.quantity == quantity }?.spread
            fields.append((quantity, spread.map { .object([("p10", .number($0.p10)), ("p50", .number($0.p50)), ("p90", .number($0.p90))]) } ?? .null))
        }
        return .object(fields)
    }

    /// summary.json's text with `uncertainty` appended as its last field: `base` is a rendered
    /// summer summary (an object, ending in `}` and a newline). Text in, text out, so that
    /// `samplan merge` gives the bytes of a single run from a part's base summary.
    public static func summaryText(base: String, uncertainty: JSONValue, key: String = "uncertainty") -> String {
        guard base.hasSuffix("\n}\n") else { return base }
        let value = String(uncertainty.rendered().dropLast()).replacingOccurrences(of: "\n", with: "\n  ")
        return String(base.dropLast(3)) + ",\n  \"\(key)\": " + value + "\n}\n"
    }

    /// run.json's text with `draws` appended as its last field: how the draws' models were started
    /// (`reused`, `warm`, `cold`; `centre`: how many models of the draws' centre were solved
    /// first to start from, see `SummerDraws`), the wall seconds of the draws (`total`, and the
    /// `centre`, `build` and `solve` phases), the CPU-seconds inside GLPK summed over threads (`glpk_summed`), and
    /// `glpk_share` = glpk_summed ÷ (total × jobs): the share of the draws' core time spent in GLPK.
    public static func runInfo(_ base: String, _ starts: SummerDraws.Starts, draws: Int, seconds: Double, jobs: Int) -> String {
        let info = JSONValue.object([
            ("count", .int(draws)), ("jobs", .int(jobs)),
            ("models", .object([("reused", .int(starts.reused)), ("warm", .int(starts.warm)), ("cold", .int(starts.cold)),
                                ("centre", .int(starts.centreModels))])),
            ("seconds", .object([("total", .number(seconds)), ("centre", .number(starts.centreSeconds)),
                                 ("build", .number(starts.buildSeconds)), ("solve", .number(starts.solveSeconds)),
                                 ("glpk_summed", .number(starts.glpkSeconds))])),
            ("glpk_share", .number(seconds > 0 ? starts.glpkSeconds / (seconds * Double(max(1, jobs))) : 0)),
        ])
        return summaryText(base: base, uncertainty: info, key: "draws")
    }

    /// The uncertainty files of a run's draws: draws.csv, uncertainty.csv, and the summary.json
    /// object. `solved` counts draws with status `optimal`.
    public static func files(_ rows: [DrawResult], _ d: DataSet, _ f: CSVFormat) -> (draws: CSVDocument, uncertainty: CSVDocument, summary: JSONValue) {
        let doc = draws(rows, d, f)
        let spreads = spreads(header: doc.header, rows: doc.rows)
        let solved = rows.filter { $0.status == "optimal" }.count
        return (doc, uncertainty(spreads, f), summary(draws: rows.count, solved: solved, spreads))
    }
}
