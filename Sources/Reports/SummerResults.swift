import Foundation
import LinearProgramming
import PlanningData
import SummerPlan

/// The files of a summer result folder (docs/SPEC.md §7) and the JSON printed by `run --json`.
public enum SummerResults {
    /// Every file but `run.json`: byte-identical for identical inputs.
    public static func files(_ run: SummerRun, format: CSVFormat) -> [(name: String, contents: String)] {
        let d = run.inputs.data
        var files = [
            ("summary.json", summary(run).rendered()),
            ("flows.csv", format.render(flows(run.plan, d, format))),
            ("waiting.csv", format.render(waiting(run.plan, d, format))),
            ("occupancy.csv", format.render(occupancy(run.plan, d, format))),
            ("theatre.csv", format.render(theatre(run.plan, d, format))),
            ("settlement.csv", format.render(settlement(run.plan, d, format))),
            ("acute_transfers.csv", format.render(acuteTransfers(run.plan, d, format))),
            ("regions.csv", format.render(regions(run, format))),
        ]
        // The status quo's own files, so that the gain can be inspected (docs/SPEC.md §7 v2).
        if let sq = run.statusQuo {
            files += [
                ("status_quo/flows.csv", format.render(flows(sq, d, format))),
                ("status_quo/waiting.csv", format.render(waiting(sq, d, format))),
                ("status_quo/occupancy.csv", format.render(occupancy(sq, d, format))),
                ("status_quo/settlement.csv", format.render(settlement(sq, d, format))),
                ("status_quo/acute_transfers.csv", format.render(acuteTransfers(sq, d, format))),
            ]
        }
        return files
    }

    // MARK: summary.json

    static func outcomeFields(_ o: SummerOutcome) -> [(String, JSONValue)] {
        [
            ("status", .string(o.status.rawValue)),
            ("objective_sek", .number(o.objective)),
            ("costs", o.costs.map { c in
                .object([("cooperation_sek", .number(c.cooperation)), ("travel_sek", .number(c.travel)),
                         ("waiting_sek", .number(c.waiting)), ("guarantee_sek", .number(c.guarantee)),
                         ("overload_sek", .number(c.overload)), ("acute_transfer_sek", .number(c.acuteTransfer))])
            } ?? .null),
            ("cases_treated", .number(o.casesTreated)),
            ("cases_out_of_region", .number(o.casesOutOfRegion)),
            ("final_waiting", .number(o.finalWaiting)),
            ("final_waiting_over_guarantee", .number(o.finalWaitingOverGuarantee)),
            ("overload_bed_weeks", .number(o.overloadBedWeeks)),
            ("acute_transfer_bed_weeks", .number(o.acuteTransferBedWeeks)),
        ]
    }

    public static func summary(_ run: SummerRun) -> JSONValue {
        var fields: [(String, JSONValue)] = [("scenario", .string(run.inputs.name)), ("kind", .string("summer"))]
        fields += outcomeFields(run.plan)
        fields.append(("status_quo", run.statusQuo.map { .object(outcomeFields($0)) } ?? .null))
        fields.append(("gain_vs_status_quo_sek", .number(run.gainVsStatusQuo)))
        fields.append(("model", modelFields(run.compiled)))
        fields.append(("inputs_sha256", .string(run.inputs.inputsSHA256)))
        return .object(fields)
    }

    public static func modelFields(_ compiled: CompiledModel) -> JSONValue {
        .object([("rows", .int(compiled.rowCount)), ("columns", .int(compiled.columnCount)),
                 ("nonzeros", .int(compiled.nonzeroCount)), ("integer_columns", .int(compiled.integerColumnCount))])
    }

    // MARK: CSVs (rows sorted by their key columns: ids alphabetically, weeks numerically)

    public static func flows(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["origin_region", "hospital", "specialty", "care_type", "week", "cases"])
        let rows = o.flows.map { (key: [d.regions[$0.region].id, d.hospitals[$0.hospital].id, d.specialties[$0.specialty].id, $0.careType.rawValue], week: $0.week, cases: $0.cases) }
            .filter { f.number($0.cases) != "0" }
            .sorted { ($0.key.lexicographicallyPrecedes($1.key)) || ($0.key == $1.key && $0.week < $1.week) }
        for row in rows { doc.append(row.key + [String(row.week), f.number(row.cases)]) }
        return doc
    }

    public static func waiting(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["region", "specialty", "care_type", "week", "waiting", "over_guarantee"])
        let rows = o.waiting.map { (key: [d.regions[$0.key.region].id, d.specialties[$0.key.specialty].id, $0.key.careType.rawValue], week: $0.week, value: $0.waiting, over: $0.overGuarantee) }
            .filter { f.number($0.value) != "0" }
            .sorted { ($0.key.lexicographicallyPrecedes($1.key)) || ($0.key == $1.key && $0.week < $1.week) }
        for row in rows { doc.append(row.key + [String(row.week), f.number(row.value), f.number(row.over)]) }
        return doc
    }

    public static func occupancy(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["hospital", "specialty", "week", "staffed_beds", "acute_beds", "elective_beds", "occupancy",
                                       "overload_beds", "bed_value_sek", "acute_transferred_out", "acute_transferred_in"])
        let rows = o.occupancy.sorted {
            let a = [d.hospitals[$0.hospital].id, d.specialties[$0.specialty].id], b = [d.hospitals[$1.hospital].id, d.specialties[$1.specialty].id]
            return a.lexicographicallyPrecedes(b) || (a == b && $0.week < $1.week)
        }
        for r in rows {
            doc.append([d.hospitals[r.hospital].id, d.specialties[r.specialty].id, String(r.week), f.number(r.staffedBeds),
                        f.number(r.acuteBeds), f.number(r.electiveBeds), f.number(r.occupancy), f.number(r.overloadBeds),
                        f.number(r.bedValue), f.number(r.acuteTransferredOut), f.number(r.acuteTransferredIn)])
        }
        return doc
    }

    /// acute_transfers.csv: from_hospital, to_hospital, specialty, week, bed_weeks (zero rows left out).
    public static func acuteTransfers(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["from_hospital", "to_hospital", "specialty", "week", "bed_weeks"])
        let rows = o.transfers.map { (key: [d.hospitals[$0.from].id, d.hospitals[$0.to].id, d.specialties[$0.specialty].id], week: $0.week, value: $0.bedWeeks) }
            .filter { f.number($0.value) != "0" }
            .sorted { ($0.key.lexicographicallyPrecedes($1.key)) || ($0.key == $1.key && $0.week < $1.week) }
        for row in rows { doc.append(row.key + [String(row.week), f.number(row.value)]) }
        return doc
    }

    /// regions.csv: the per-region account (docs/SPEC.md §3.4, §7 v2), every region; status-quo columns
    /// empty unless both the plan and the status quo are optimal.
    public static func regions(_ run: SummerRun, _ f: CSVFormat) -> CSVDocument {
        let d = run.inputs.data
        var doc = CSVDocument(header: ["region", "cost_sek", "cost_status_quo_sek", "gain_sek", "final_waiting", "final_waiting_status_quo",
                                       "over_guarantee", "over_guarantee_status_quo", "net_sek", "net_status_quo_sek"])
        for a in run.regionAccounts.sorted(by: { d.regions[$0.region].id < d.regions[$1.region].id }) {
            doc.append([d.regions[a.region].id, f.number(a.cost), f.number(a.costStatusQuo), f.number(a.gain), f.number(a.finalWaiting),
                        f.number(a.finalWaitingStatusQuo), f.number(a.overGuarantee), f.number(a.overGuaranteeStatusQuo),
                        f.number(a.net), f.number(a.netStatusQuo)])
        }
        return doc
    }

    public static func theatre(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["hospital", "specialty", "week", "or_hours", "used_or_hours", "or_hour_value_sek"])
        let rows = o.theatre.sorted {
            let a = [d.hospitals[$0.hospital].id, d.specialties[$0.specialty].id], b = [d.hospitals[$1.hospital].id, d.specialties[$1.specialty].id]
            return a.lexicographicallyPrecedes(b) || (a == b && $0.week < $1.week)
        }
        for r in rows {
            doc.append([d.hospitals[r.hospital].id, d.specialties[r.specialty].id, String(r.week), f.number(r.hours),
                        f.number(r.usedHours), f.number(r.hourValue)])
        }
        return doc
    }

    public static func settlement(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["region", "sold_sek", "bought_sek", "net_sek"])
        for r in o.settlement.sorted(by: { d.regions[$0.region].id < d.regions[$1.region].id }) {
            doc.append([d.regions[r.region].id, f.number(r.sold), f.number(r.bought), f.number(r.net)])
        }
        return doc
    }
}

/// `run.json`: what produced a result and how long each phase took; the only file with a date.
public enum RunInfo {
    public static func json(solverName: String, solverVersion: String, samplanVersion: String, iterations: [(String, Int)],
                            seconds: [(String, Double)], notes: [String], maxBoundViolation: Double?) -> JSONValue {
        let formatter = ISO8601DateFormatter()
        return .object([
            ("samplan_version", .string(samplanVersion)),
            ("solver", .object([("name", .string(solverName)), ("version", .string(solverVersion))])),
            ("iterations", .object(iterations.map { ($0.0, .int($0.1)) })),
            ("seconds", .object(seconds.map { ($0.0, .number($0.1)) })),
            ("max_bound_violation", .number(maxBoundViolation)),
            ("notes", .array(notes.map { .string($0) })),
            ("date", .string(formatter.string(from: Date()))),
        ])
    }
}
