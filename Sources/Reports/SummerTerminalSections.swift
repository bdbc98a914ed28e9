import PlanningData
import SummerPlan

/// The version 2 parts of the terminal summary of a summer run: waiting over the guarantee,
/// the per-region account, acute transfers and the wards whose beds are worth most.
enum SummerTerminalSections {
    static func cases(_ value: Double) -> String { NumberFormatting.swedish(value, decimals: value.magnitude < 100 ? 1 : 0) }
    /// Whole patients: one format down a column (31 beside 1 318, not 31,0).
    static func patients(_ value: Double) -> String { NumberFormatting.swedish(value, decimals: 0) }
    static func sek(_ value: Double?) -> String { value.map { NumberFormatting.swedish($0) } ?? "–" }

    /// Waiting over the guarantee per region: at the start, at the end of the plan and of the status quo.
    static func guarantee(_ run: SummerRun) -> String {
        let s = run.inputs.settings, d = run.inputs.data, plan = run.plan
        let sq = run.statusQuo?.costs != nil ? run.statusQuo : nil
        var out = "Waiting over the guarantee (\(s.guaranteeWeeks) weeks or more) by region\n"
        if !d.backlogHasWeeksWaited { out = "Waiting over the guarantee (\(s.guaranteeWeeks) weeks or more; a lower bound: the backlog has no weeks_waited)\n" }
        var table = TextTable([("region", .left), ("start", .right), ("plan end", .right)] + (sq != nil ? [("status quo end", .right)] : []))
        for r in d.regions.indices {
            table.append([d.regions[r].name, patients(plan.startOverGuaranteeByRegion[r]), patients(plan.finalOverGuaranteeByRegion[r])]
                         + (sq.map { [patients($0.finalOverGuaranteeByRegion[r])] } ?? []))
        }
        table.append(["total", patients(plan.startOverGuaranteeByRegion.reduce(0, +)), patients(plan.finalWaitingOverGuarantee)]
                     + (sq.map { [patients($0.finalWaitingOverGuarantee)] } ?? []))
        return out + table.rendered(indent: 2) + "\n"
    }

    /// The per-region account (docs/SPEC.md §3.4): each region's part of the objective, its gain over
    /// the status quo, its settlement and its final waiting list.
    static func accounts(_ run: SummerRun) -> String {
        let d = run.inputs.data
        let withStatusQuo = run.gainVsStatusQuo != nil
        var out = "Per-region account (SEK; the region's part of the objective\(withStatusQuo ? ", gain = status quo − plan" : ""))\n"
        var table = TextTable([("region", .left), ("cost", .right)] + (withStatusQuo ? [("status quo", .right), ("gain", .right)] : [])
                              + [("net settlement", .right), ("final waiting", .right)])
        for a in run.regionAccounts {
            table.append([d.regions[a.region].name, sek(a.cost)] + (withStatusQuo ? [sek(a.costStatusQuo), sek(a.gain)] : [])
                         + [sek(a.net), a.finalWaiting.map(cases) ?? "–"])
        }
        return out + table.rendered(indent: 2) + "\n"
    }

    /// Acute load moved to other hospitals, largest first, summed over the weeks.
    static func transfers(_ run: SummerRun) -> String {
        let d = run.inputs.data, plan = run.plan
        guard run.inputs.settings.acuteTransfers else { return "Acute transfers are off: acute load above the target stays as overload.\n\n" }
        var totals: [[Int]: Double] = [:]
        for t in plan.transfers { totals[[t.from, t.to, t.specialty], default: 0] += t.bedWeeks }
        guard !totals.isEmpty else { return "No acute transfers: no ward's acute load above the target can go to free beds nearby.\n\n" }
        let top = totals.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key)) }.prefix(10)
        var out = "Acute transfers (bed-weeks over the weeks; \(cases(plan.acuteTransferBedWeeks)) in all, \(cases(plan.overloadBedWeeks)) bed-weeks stay as overload)\n"
        var table = TextTable([("from", .left), ("to", .left), ("specialty", .left), ("bed-weeks", .right)])
        for (key, value) in top { table.append([d.hospitals[key[0]].name, d.hospitals[key[1]].name, d.specialties[key[2]].name, cases(value)]) }
        return out + table.rendered(indent: 2) + "\n"
    }

    /// Wards whose extra staffed bed saves most: for planned care (ranked by SEK over the
    /// horizon), and apart from them the wards with acute overload no transfer relieves (ranked
    /// by overload), where every extra bed saves θ × the overload penalty a week.
    static func bedsWorthMost(_ run: SummerRun) -> String {
        let d = run.inputs.data, s = run.inputs.settings
        let planned = run.plan.wardsWorthMost(d, acute: false, limit: 10), acute = run.plan.wardsWorthMost(d, acute: true, limit: 5)
        guard !planned.isEmpty || !acute.isEmpty else { return "No bed is worth anything extra: no bed row binds.\n" }
        var out = ""
        if planned.isEmpty {
            out += "No extra bed would let more planned care be treated.\n"
        } else {
            out += "Beds worth most for planned care (SEK saved by one more staffed bed in every week it binds)\n"
            var table = TextTable([("hospital", .left), ("specialty", .left), ("SEK", .right), ("weeks", .right), ("peak week", .right), ("peak SEK", .right)])
            for w in planned {
                table.append([d.hospitals[w.hospital].name, d.specialties[w.specialty].name, NumberFormatting.swedish(w.totalSEK),
                              String(w.weeksBinding), String(w.peakWeek), NumberFormatting.swedish(w.peakSEK)])
            }
            out += table.rendered(indent: 2)
        }
        if !acute.isEmpty {
            let perBed = s.targetOccupancy * s.overloadPenaltySEKPerBedWeek
            out += "\nAcute overload no transfer relieves (an extra bed there saves up to \(NumberFormatting.swedish(perBed)) SEK a week)\n"
            var table = TextTable([("hospital", .left), ("specialty", .left), ("overload bed-weeks", .right), ("weeks", .right), ("SEK", .right)])
            for w in acute {
                table.append([d.hospitals[w.hospital].name, d.specialties[w.specialty].name, cases(w.overloadBedWeeks), String(w.weeksBinding),
                              NumberFormatting.swedish(w.totalSEK)])
            }
            out += table.rendered(indent: 2)
        }
        return out
    }
}
