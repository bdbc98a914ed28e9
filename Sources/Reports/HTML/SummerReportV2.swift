import PlanningData
import SummerPlan

/// The version 2 sections of a summer report.html: waiting over the guarantee, the per-region
/// account and acute transfers (docs/SPEC.md §3, §7 v2); and the pieces the summary uses: the six cost
/// parts and the beds worth most.
enum SummerReportV2 {
    static let n = SVGChart.number

    /// Adds the v2 sections to `page`.
    static func add(_ run: SummerRun, to page: inout HTMLPage) {
        guard run.plan.costs != nil else { return }
        page.section("Väntande över vårdgarantin per region",
                     note: run.inputs.data.backlogHasWeeksWaited ? "Antal som väntat garantitiden eller längre: vid start, i slutet av planen och av nuläget."
                         : "Antal som väntat garantitiden eller längre. Väntelistan saknar weeks_waited, så siffrorna är en nedre gräns.",
                     guarantee(run))
        page.section("Regionernas räkenskap", note: "Varje regions del av målfunktionen i planen och i nuläget; vinst = nuläge − plan. Väntan, vårdgaranti, samverkan och resor hör till hemregionen; överbeläggning och överflyttning hör till sjukhusets region.",
                     accounts(run))
        page.section("Akuta överflyttningar", note: "Vårdplatsveckor akut vård som flyttas från sjukhus med akut belastning över målbeläggningen, summerat över veckorna.",
                     transfers(run))
    }

    static func kr(_ v: Double?) -> String { v.map { n($0, 0) + " kr" } ?? "–" }

    static func parts(_ run: SummerRun) -> String {
        let p = run.plan.costs, q = run.statusQuo?.costs
        let rows: [(String, Double?, Double?)] = [
            ("samverkan", p?.cooperation, q?.cooperation), ("resor", p?.travel, q?.travel), ("väntan", p?.waiting, q?.waiting),
            ("vårdgaranti", p?.guarantee, q?.guarantee), ("överbeläggning", p?.overload, q?.overload),
            ("akuta överflyttningar", p?.acuteTransfer, q?.acuteTransfer), ("totalt", p?.total, q?.total),
        ]
        return HTMLPage.table(["kostnad", "plan", "nuläge"], rows.map { [$0.0, kr($0.1), kr($0.2)] }, numeric: [1, 2])
    }

    static func guarantee(_ run: SummerRun) -> String {
        let d = run.inputs.data, plan = run.plan, sq = run.statusQuo?.costs != nil ? run.statusQuo : nil
        var rows = d.regions.indices.map { r in
            [d.regions[r].name, n(plan.startOverGuaranteeByRegion[r], 0), n(plan.finalOverGuaranteeByRegion[r], 0),
             sq.map { n($0.finalOverGuaranteeByRegion[r], 0) } ?? "–"]
        }
        rows.append(["totalt", n(plan.startOverGuaranteeByRegion.reduce(0, +), 0), n(plan.finalWaitingOverGuarantee, 0),
                     sq.map { n($0.finalWaitingOverGuarantee, 0) } ?? "–"])
        return HTMLPage.table(["region", "vid start", "planen", "nuläget"], rows, numeric: [1, 2, 3])
    }

    static func accounts(_ run: SummerRun) -> String {
        let d = run.inputs.data
        let rows = run.regionAccounts.map { a in
            [d.regions[a.region].name, kr(a.cost), kr(a.costStatusQuo), kr(a.gain), kr(a.net), a.finalWaiting.map { n($0, 0) } ?? "–"]
        }
        return HTMLPage.table(["region", "kostnad", "nuläge", "vinst", "nettoavräkning", "väntande vid slut"], rows, numeric: [1, 2, 3, 4, 5])
    }

    static func transfers(_ run: SummerRun) -> String {
        let d = run.inputs.data
        var totals: [[Int]: Double] = [:]
        for t in run.plan.transfers { totals[[t.from, t.to, t.specialty], default: 0] += t.bedWeeks }
        guard !totals.isEmpty else { return "<p>Inga akuta överflyttningar.</p>\n" }
        let rows = totals.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key)) }.prefix(20).map { key, value in
            [d.hospitals[key[0]].name, d.hospitals[key[1]].name, d.specialties[key[2]].name, n(value, 1)]
        }
        return "<p>Totalt \(n(run.plan.acuteTransferBedWeeks, 1)) vårdplatsveckor flyttas; \(n(run.plan.overloadBedWeeks, 1)) stannar som överbeläggning.</p>\n"
            + HTMLPage.table(["från", "till", "specialitet", "vårdplatsveckor"], Array(rows), numeric: [3])
    }

    /// Wards whose extra staffed bed saves most over the horizon for planned care, and apart from
    /// them the wards with acute overload no transfer relieves (every extra bed there saves the
    /// same θ × overload penalty, so a ranking by value would be a page of equal values).
    static func bedsWorthMost(_ run: SummerRun) -> String {
        let d = run.inputs.data, s = run.inputs.settings
        let planned = run.plan.wardsWorthMost(d, acute: false, limit: 15), acute = run.plan.wardsWorthMost(d, acute: true, limit: 10)
        guard !planned.isEmpty || !acute.isEmpty else { return "<p>Ingen vårdplats är värd något extra: ingen platsbegränsning binder.</p>\n" }
        var out = planned.isEmpty ? "<p>Ingen extra vårdplats skulle ge plats åt mer planerad vård.</p>\n"
            : HTMLPage.table(["sjukhus", "specialitet", "kronor över perioden", "veckor", "mest värd vecka", "kronor den veckan"],
                             planned.map { [d.hospitals[$0.hospital].name, d.specialties[$0.specialty].name, n($0.totalSEK, 0),
                                            String($0.weeksBinding), "v\($0.peakWeek)", n($0.peakSEK, 0)] }, numeric: [2, 3, 4, 5])
        if !acute.isEmpty {
            out += "<p>Akut överbeläggning som ingen överflyttning avhjälper: en extra vårdplats där sparar upp till \(kr(s.targetOccupancy * s.overloadPenaltySEKPerBedWeek)) i veckan.</p>\n"
                + HTMLPage.table(["sjukhus", "specialitet", "överbeläggning (vårdplatsveckor)", "veckor", "kronor över perioden"],
                                 acute.map { [d.hospitals[$0.hospital].name, d.specialties[$0.specialty].name, n($0.overloadBedWeeks, 1),
                                              String($0.weeksBinding), n($0.totalSEK, 0)] }, numeric: [2, 3, 4])
        }
        return out
    }
}
