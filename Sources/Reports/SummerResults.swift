import Foundation
import LinearProgramming
import PlanningData
import Scenario
import SummerPlan

/// The files of a summer result folder (SPEC §7) and the JSON printed by `run --json`.
public enum SummerResults {
    /// Every file but `run.json`: byte-identical for identical inputs.
    public static func files(_ run: SummerRun, format: CSVFormat) -> [(name: String, contents: String)] {
        [
            ("summary.json", summary(run).rendered()),
            ("flows.csv", format.render(flows(run.plan, run.prepared.data, format))),
            ("waiting.csv", format.render(waiting(run.plan, run.prepared.data, format))),
            ("occupancy.csv", format.render(occupancy(run.plan, run.prepared.data, format))),
            ("theatre.csv", format.render(theatre(run.plan, run.prepared.data, format))),
            ("settlement.csv", format.render(settlement(run.plan, run.prepared.data, format))),
        ]
    }

    // MARK: summary.json

    static func outcomeFields(_ o: SummerOutcome) -> [(String, JSONValue)] {
        [
            ("status", .string(o.status.rawValue)),
            ("objective_sek", .number(o.objective)),
            ("costs", o.costs.map { c in
                .object([("cooperation_sek", .number(c.cooperation)), ("travel_sek", .number(c.travel)),
                         ("waiting_sek", .number(c.waiting)), ("overload_sek", .number(c.overload))])
            } ?? .null),
            ("cases_treated", .number(o.casesTreated)),
            ("cases_out_of_region", .number(o.casesOutOfRegion)),
            ("final_waiting", .number(o.finalWaiting)),
            ("overload_bed_weeks", .number(o.overloadBedWeeks)),
        ]
    }

    public static func summary(_ run: SummerRun) -> JSONValue {
        var fields: [(String, JSONValue)] = [("scenario", .string(run.prepared.scenario.name)), ("kind", .string("summer"))]
        fields += outcomeFields(run.plan)
        fields.append(("status_quo", run.statusQuo.map { .object(outcomeFields($0)) } ?? .null))
        fields.append(("gain_vs_status_quo_sek", .number(run.gainVsStatusQuo)))
        fields.append(("model", modelFields(run.compiled)))
        fields.append(("inputs_sha256", .string(run.prepared.inputsSHA256)))
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
        var doc = CSVDocument(header: ["region", "specialty", "care_type", "week", "waiting"])
        let rows = o.waiting.map { (key: [d.regions[$0.key.region].id, d.specialties[$0.key.specialty].id, $0.key.careType.rawValue], week: $0.week, value: $0.waiting) }
            .filter { f.number($0.value) != "0" }
            .sorted { ($0.key.lexicographicallyPrecedes($1.key)) || ($0.key == $1.key && $0.week < $1.week) }
        for row in rows { doc.append(row.key + [String(row.week), f.number(row.value)]) }
        return doc
    }

    public static func occupancy(_ o: SummerOutcome, _ d: DataSet, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["hospital", "specialty", "week", "staffed_beds", "acute_beds", "elective_beds", "occupancy",
                                       "overload_beds", "bed_value_sek"])
        let rows = o.occupancy.sorted {
            let a = [d.hospitals[$0.hospital].id, d.specialties[$0.specialty].id], b = [d.hospitals[$1.hospital].id, d.specialties[$1.specialty].id]
            return a.lexicographicallyPrecedes(b) || (a == b && $0.week < $1.week)
        }
        for r in rows {
            doc.append([d.hospitals[r.hospital].id, d.specialties[r.specialty].id, String(r.week), f.number(r.staffedBeds),
                        f.number(r.acuteBeds), f.number(r.electiveBeds), f.number(r.occupancy), f.number(r.overloadBeds),
                        f.number(r.bedValue)])
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
