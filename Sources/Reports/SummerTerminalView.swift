import PlanningData
import SummerPlan

/// The summary a planner reads at a glance after `samplan run` of a summer scenario.
public enum SummerTerminalView {
    static func sek(_ value: Double?) -> String { value.map { NumberFormatting.swedish($0) + " SEK" } ?? "–" }
    static func cases(_ value: Double) -> String { NumberFormatting.swedish(value, decimals: value.magnitude < 100 ? 1 : 0) }

    /// The whole summary: settings, status and costs, then (with a solution) the waiting lists,
    /// the guarantee, the regions' accounts, transfers, cooperation flows, theatre and beds.
    public static func render(_ run: SummerRun, resultFolder: String?) -> String {
        var out = overview(run)
        guard run.plan.costs != nil else { return out + (resultFolder.map { "\nResults: \($0)\n" } ?? "") }
        out += waitingByRegion(run)
        out += SummerTerminalSections.guarantee(run) + SummerTerminalSections.accounts(run) + SummerTerminalSections.transfers(run)
        out += cooperationFlows(run) + theatre(run)
        out += SummerTerminalSections.bedsWorthMost(run)
        if let resultFolder { out += "\nResults: \(resultFolder)\n" }
        return out
    }

    /// Name, settings, status, the objective's parts against the status quo, the gain; with a
    /// solution also the cases treated and the overload.
    static func overview(_ run: SummerRun) -> String {
        let s = run.inputs.settings, plan = run.plan
        var out = "\(run.inputs.name)\n"
        out += "summer plan, weeks \(s.weeks.lowerBound)–\(s.weeks.upperBound), routes \(s.routes.rawValue), perspective \(s.perspective.rawValue)\n"
        out += "(sommarplan: \(SwedishNames.routes(s.routes)), \(SwedishNames.perspective(s.perspective)))\n\n"
        out += "Status      \(plan.status.rawValue)\n"
        out += "Objective   \(sek(plan.objective))\n"
        if let c = plan.costs {
            var parts = TextTable([("", .left), ("plan", .right)] + (run.statusQuo?.costs != nil ? [("status quo", .right)] : []))
            let sq = run.statusQuo?.costs
            for (label, value, other) in [("cooperation", c.cooperation, sq?.cooperation), ("travel", c.travel, sq?.travel),
                                          ("waiting", c.waiting, sq?.waiting), ("guarantee", c.guarantee, sq?.guarantee),
                                          ("overload", c.overload, sq?.overload), ("acute transfers", c.acuteTransfer, sq?.acuteTransfer),
                                          ("total", c.total, sq?.total)] {
                parts.append([label, sek(value)] + (sq != nil ? [sek(other)] : []))
            }
            out += parts.rendered(indent: 2)
        }
        if let gain = run.gainVsStatusQuo {
            out += "Gain over the status quo: \(sek(gain))\n"
        } else if let sq = run.statusQuo {
            out += "Status quo: \(sq.status.rawValue)\n"
        }
        guard plan.costs != nil else { return out }
        out += "Cases treated \(cases(plan.casesTreated)), of which \(cases(plan.casesOutOfRegion)) outside the home region; "
        out += "overload \(cases(plan.overloadBedWeeks)) bed-weeks, acute transfers \(cases(plan.acuteTransferBedWeeks)) bed-weeks\n\n"
        return out
    }

    /// Each region's waiting list at the start and the end (and the status quo's end).
    static func waitingByRegion(_ run: SummerRun) -> String {
        let s = run.inputs.settings, d = run.inputs.data, plan = run.plan
        let sq = run.statusQuo?.costs != nil ? run.statusQuo : nil
        var out = "Waiting list by region (start → end of week \(s.weeks.upperBound))\n"
        var waiting = TextTable([("region", .left), ("start", .right), ("end", .right), ("change", .right)]
                                + (sq != nil ? [("status quo end", .right)] : []))
        for r in d.regions.indices {
            let start = plan.startWaitingByRegion[r], end = plan.finalWaitingByRegion[r]
            let change = start > 0 ? NumberFormatting.percent(end / start - 1, decimals: 0) : "–"
            waiting.append([d.regions[r].name, cases(start), cases(end), change] + (sq.map { [cases($0.finalWaitingByRegion[r])] } ?? []))
        }
        out += waiting.rendered(indent: 2) + "\n"
        return out
    }

    /// The ten largest cooperation flows, summed over the weeks.
    static func cooperationFlows(_ run: SummerRun) -> String {
        let d = run.inputs.data
        var totals: [[Int]: Double] = [:]
        for f in run.plan.flows where f.outOfRegion { totals[[f.region, f.hospital, f.specialty, f.careType.order], default: 0] += f.cases }
        let top = totals.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key)) }.prefix(10)
        if top.isEmpty { return "No cooperation: every region treats its own patients.\n\n" }
        var out = "Largest cooperation flows (cases over the weeks)\n"
        var table = TextTable([("from", .left), ("treated at", .left), ("specialty", .left), ("care type", .left), ("cases", .right)])
        for (key, value) in top {
            table.append([d.regions[key[0]].name, d.hospitals[key[1]].name, d.specialties[key[2]].name,
                          CareType.allCases[key[3]].swedishName, cases(value)])
        }
        out += table.rendered(indent: 2) + "\n"
        return out
    }

    /// Theatre hours used, and the five theatre rows whose extra hour saves most.
    static func theatre(_ run: SummerRun) -> String {
        let d = run.inputs.data
        let theatre = TheatreSummary(run.plan)
        guard !theatre.rows.isEmpty else { return "" }
        let share = theatre.totalHours > 0 ? NumberFormatting.percent(theatre.totalUsedHours / theatre.totalHours, decimals: 0) : "–"
        var out = "Operating theatre: \(NumberFormatting.swedish(theatre.totalUsedHours)) of \(NumberFormatting.swedish(theatre.totalHours)) hours used (\(share))\n"
        let valued = theatre.worthMost(limit: 5)
        if !valued.isEmpty {
            var table = TextTable([("hospital", .left), ("specialty", .left), ("hours", .right), ("used", .right), ("SEK per extra hour", .right), ("week", .right)])
            for r in valued {
                table.append([d.hospitals[r.hospital].name, d.specialties[r.specialty].name, NumberFormatting.swedish(r.hours),
                              NumberFormatting.swedish(r.usedHours), NumberFormatting.swedish(r.bestHourValue!), String(r.bestWeek!)])
            }
            out += table.rendered(indent: 2)
        }
        out += "\n"
        return out
    }
}
