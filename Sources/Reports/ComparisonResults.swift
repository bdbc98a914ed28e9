import PlanningData
import SummerPlan

/// The files of `samplan compare` (docs/SPEC.md §7): comparison.json, settlement_diff.csv, flows_diff.csv.
public enum ComparisonResults {
    public static func files(_ c: SummerComparison, format: CSVFormat) -> [(name: String, contents: String)] {
        [
            ("comparison.json", json(c).rendered()),
            ("settlement_diff.csv", format.render(settlementDiff(c, format))),
            ("flows_diff.csv", format.render(flowsDiff(c, format))),
        ]
    }

    static func difference(_ a: Double?, _ b: Double?) -> JSONValue {
        guard let a, let b else { return .null }
        return .number(b - a)
    }

    public static func json(_ c: SummerComparison) -> JSONValue {
        let a = c.a.plan, b = c.b.plan, d = c.a.inputs.data
        var costs: [(String, JSONValue)] = []
        for (key, pa, pb) in [("cooperation_sek", a.costs?.cooperation, b.costs?.cooperation), ("travel_sek", a.costs?.travel, b.costs?.travel),
                              ("waiting_sek", a.costs?.waiting, b.costs?.waiting), ("guarantee_sek", a.costs?.guarantee, b.costs?.guarantee),
                              ("overload_sek", a.costs?.overload, b.costs?.overload), ("acute_transfer_sek", a.costs?.acuteTransfer, b.costs?.acuteTransfer)] {
            costs.append((key, difference(pa, pb)))
        }
        let bothSolved = a.costs != nil && b.costs != nil
        let settlement: [(String, JSONValue)] = zip(a.settlement, b.settlement).map { sa, sb in
            (d.regions[sa.region].id, bothSolved ? .number(sb.net - sa.net) : .null)
        }.sorted { $0.0 < $1.0 }
        let waiting: [(String, JSONValue)] = d.regions.indices.map { r in
            (d.regions[r].id, bothSolved ? .number(b.finalWaitingByRegion[r] - a.finalWaitingByRegion[r]) : .null)
        }.sorted { $0.0 < $1.0 }
        return .object([
            ("a", SummerResults.summary(c.a)),
            ("b", SummerResults.summary(c.b)),
            ("differences", .object([
                ("objective_sek", difference(a.objective, b.objective)),
                ("costs", .object(costs)),
                ("cases_treated", bothSolved ? .number(b.casesTreated - a.casesTreated) : .null),
                ("cases_out_of_region", bothSolved ? .number(b.casesOutOfRegion - a.casesOutOfRegion) : .null),
                ("final_waiting", bothSolved ? .number(b.finalWaiting - a.finalWaiting) : .null),
                ("overload_bed_weeks", bothSolved ? .number(b.overloadBedWeeks - a.overloadBedWeeks) : .null),
                ("net_settlement_sek", .object(settlement)),
                ("final_waiting_by_region", .object(waiting)),
            ])),
            ("b_warm_started_from_a", .bool(c.warmStarted)),
        ])
    }

    public static func settlementDiff(_ c: SummerComparison, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["region", "net_a_sek", "net_b_sek", "delta_sek"])
        let d = c.a.inputs.data
        for (sa, sb) in zip(c.a.plan.settlement, c.b.plan.settlement).sorted(by: { d.regions[$0.0.region].id < d.regions[$1.0.region].id }) {
            doc.append([d.regions[sa.region].id, f.number(sa.net), f.number(sb.net), f.number(sb.net - sa.net)])
        }
        return doc
    }

    public static func flowsDiff(_ c: SummerComparison, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["origin_region", "producing_region", "specialty", "cases_a", "cases_b", "delta"])
        for row in c.flowChanges where f.number(row.a) != "0" || f.number(row.b) != "0" {
            doc.append([row.origin, row.producer, row.specialty, f.number(row.a), f.number(row.b), f.number(row.b - row.a)])
        }
        return doc
    }

    /// What changes, at a glance.
    public static func terminal(_ c: SummerComparison, resultFolder: String?) -> String {
        let a = c.a.plan, b = c.b.plan, d = c.a.inputs.data
        let sek = { (v: Double?) in v.map { NumberFormatting.swedish($0) } ?? "–" }
        let signed = { (v: Double) in (v > 0.5 ? "+" : "") + NumberFormatting.swedish(v) }
        var out = "A  \(c.a.inputs.name)  (\(a.status.rawValue))\nB  \(c.b.inputs.name)  (\(b.status.rawValue))\n\n"
        var parts = TextTable([("SEK", .left), ("A", .right), ("B", .right), ("B − A", .right)])
        for (label, pa, pb) in [("cooperation", a.costs?.cooperation, b.costs?.cooperation), ("travel", a.costs?.travel, b.costs?.travel),
                                ("waiting", a.costs?.waiting, b.costs?.waiting), ("guarantee", a.costs?.guarantee, b.costs?.guarantee),
                                ("overload", a.costs?.overload, b.costs?.overload), ("acute transfers", a.costs?.acuteTransfer, b.costs?.acuteTransfer),
                                ("objective", a.objective, b.objective)] {
            parts.append([label, sek(pa), sek(pb), pa != nil && pb != nil ? signed(pb! - pa!) : "–"])
        }
        out += parts.rendered(indent: 2)
        guard a.costs != nil, b.costs != nil else { return out }
        out += "\nNet settlement by region (sold − bought, SEK)\n"
        var settlement = TextTable([("region", .left), ("A", .right), ("B", .right), ("B − A", .right)])
        for (sa, sb) in zip(a.settlement, b.settlement) {
            settlement.append([d.regions[sa.region].name, sek(sa.net), sek(sb.net), signed(sb.net - sa.net)])
        }
        out += settlement.rendered(indent: 2)
        out += "\nOut-of-region cases by producing region and specialty (largest changes)\n"
        let changes = c.largestFlowChanges(limit: 12)
        if changes.isEmpty {
            out += "  no change\n"
        } else {
            var flows = TextTable([("from", .left), ("to", .left), ("specialty", .left), ("A", .right), ("B", .right), ("B − A", .right)])
            let name = { (id: String) in d.regions[d.regionIndex[id]!].name }
            for row in changes {
                flows.append([name(row.origin), name(row.producer), d.specialties[d.specialtyIndex[row.specialty]!].name,
                              NumberFormatting.swedish(row.a, decimals: 1), NumberFormatting.swedish(row.b, decimals: 1),
                              (row.b > row.a ? "+" : "") + NumberFormatting.swedish(row.b - row.a, decimals: 1)])
            }
            out += flows.rendered(indent: 2)
        }
        out += transferChanges(c)
        out += "\nWaiting list at the end of week \(c.a.inputs.settings.weeks.upperBound)\n"
        var waiting = TextTable([("region", .left), ("A", .right), ("B", .right), ("B − A", .right)])
        for r in d.regions.indices {
            let wa = a.finalWaitingByRegion[r], wb = b.finalWaitingByRegion[r]
            waiting.append([d.regions[r].name, NumberFormatting.swedish(wa), NumberFormatting.swedish(wb), (wb - wa >= 0.5 ? "+" : "") + NumberFormatting.swedish(wb - wa)])
        }
        out += waiting.rendered(indent: 2)
        out += c.warmStarted
            ? "\nB was warm-started from A's optimal basis: \(b.result.iterations) simplex iterations (A: \(a.result.iterations)).\n"
            : "\nB was solved from scratch (its model differs from A's in structure).\n"
        if let resultFolder { out += "Results: \(resultFolder)\n" }
        return out
    }

    /// Acute transfers (v2), bed-weeks summed over the weeks: the twelve (from, to, specialty)
    /// where A and B differ most (by at least 0.05).
    static func transferChanges(_ c: SummerComparison) -> String {
        let a = c.a.plan, b = c.b.plan, d = c.a.inputs.data
        var transfers: [[Int]: (Double, Double)] = [:]
        for t in a.transfers { transfers[[t.from, t.to, t.specialty], default: (0, 0)].0 += t.bedWeeks }
        for t in b.transfers { transfers[[t.from, t.to, t.specialty], default: (0, 0)].1 += t.bedWeeks }
        let changed = transfers.filter { abs($0.value.1 - $0.value.0) >= 0.05 }
            .sorted { abs($0.value.1 - $0.value.0) > abs($1.value.1 - $1.value.0) || (abs($0.value.1 - $0.value.0) == abs($1.value.1 - $1.value.0) && $0.key.lexicographicallyPrecedes($1.key)) }
            .prefix(12)
        var out = "\nAcute transfers, bed-weeks (largest changes)\n"
        if changed.isEmpty {
            out += "  no change\n"
        } else {
            var table = TextTable([("from", .left), ("to", .left), ("specialty", .left), ("A", .right), ("B", .right), ("B − A", .right)])
            for (key, value) in changed {
                table.append([d.hospitals[key[0]].name, d.hospitals[key[1]].name, d.specialties[key[2]].name,
                              NumberFormatting.swedish(value.0, decimals: 1), NumberFormatting.swedish(value.1, decimals: 1),
                              (value.1 > value.0 ? "+" : "") + NumberFormatting.swedish(value.1 - value.0, decimals: 1)])
            }
            out += table.rendered(indent: 2)
        }
        return out
    }
}
