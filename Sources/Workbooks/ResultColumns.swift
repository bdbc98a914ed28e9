/// The Swedish headings and display rules of the result files' columns (docs/SPEC.md §7) and the
/// Swedish names of their sheets. A column or file not listed keeps its own name.
enum ResultColumns {
    /// What a column holds, which decides how its cells are shown.
    enum Kind {
        case region, hospital, specialty, careType
        /// `open_sites`: hospital ids joined by `+`.
        case hospitalList
        /// `true` / `false`.
        case yesNo
        /// A solve status (`optimal`, `infeasible`, …).
        case status
        /// Text kept as written (proposal names, file names, messages).
        case otherText
        /// A number, if every field of the column reads as one.
        case number
    }

    static func kind(of column: String) -> Kind {
        switch column {
        case "region", "origin_region", "producing_region": return .region
        case "hospital", "from_hospital", "to_hospital": return .hospital
        case "specialty": return .specialty
        case "care_type": return .careType
        case "open_sites": return .hospitalList
        case "feasible", "meets_min_volume": return .yesNo
        case "status": return .status
        case "proposal", "file", "name", "kind", "error", "price", "level": return .otherText
        default: return .number
        }
    }

    /// The number style of a numeric column whose values are all whole (`integral`) or not.
    static func style(of column: String, integral: Bool) -> NumberStyle {
        switch column {
        case "week": return .plain
        case "occupancy", "share_within_60", "share_within_90", "gap_vs_optimal": return .share
        case "factor": return .decimal
        default: return integral ? .integer : .decimal
        }
    }

    static let statusNames: [String: String] = [
        "optimal": "optimal", "feasible": "tillåten, ej bevisat optimal", "time_limit": "tidsgränsen nådd",
        "infeasible": "saknar lösning", "unbounded": "obegränsad", "error": "fel", "not_solved": "ej löst",
    ]

    /// The Swedish names of summary.json's `kind` values.
    static let kindNames: [String: String] = ["summer": "sommarplan", "level_structuring": "nivåstrukturering"]

    /// The heading of a column; `names` gives the region of a `net_<region>` column of sweep.csv.
    static func heading(_ column: String, names: WorkbookNames) -> String {
        if let label = headings[column] { return label }
        if column.hasPrefix("net_"), let region = names.regions[String(column.dropFirst(4))] ?? Optional(String(column.dropFirst(4))) {
            return "Netto \(region) (kr)"
        }
        return column
    }

    static let headings: [String: String] = [
        "origin_region": "Hemregion", "producing_region": "Producerande region", "region": "Region",
        "hospital": "Sjukhus", "from_hospital": "Från sjukhus", "to_hospital": "Till sjukhus",
        "specialty": "Specialitet", "care_type": "Vårdtyp", "week": "Vecka", "cases": "Fall",
        "waiting": "Väntande", "over_guarantee": "Väntande över vårdgarantin",
        "staffed_beds": "Bemannade vårdplatser", "acute_beds": "Akuta vårdplatser", "elective_beds": "Planerade vårdplatser",
        "occupancy": "Beläggning", "overload_beds": "Överbeläggning (vårdplatser)", "bed_value_sek": "Värde av en vårdplats (kr)",
        "acute_transferred_out": "Akuta flyttade ut (vårdplatsveckor)", "acute_transferred_in": "Akuta flyttade in (vårdplatsveckor)",
        "sold_sek": "Sålt (kr)", "bought_sek": "Köpt (kr)", "net_sek": "Netto (kr)",
        "or_hours": "Operationstimmar", "used_or_hours": "Använda operationstimmar", "or_hour_value_sek": "Värde av en operationstimme (kr)",
        "bed_weeks": "Vårdplatsveckor", "cost_sek": "Kostnad (kr)", "cost_status_quo_sek": "Kostnad i nuläget (kr)",
        "gain_sek": "Vinst mot nuläget (kr)", "final_waiting": "Väntande vid periodens slut",
        "final_waiting_status_quo": "Väntande vid periodens slut, nuläget", "over_guarantee_status_quo": "Över vårdgarantin, nuläget",
        "net_status_quo_sek": "Netto i nuläget (kr)",
        "proposal": "Förslag", "open_sites": "Öppna enheter", "feasible": "Genomförbart", "total_cost_sek": "Total kostnad (kr)",
        "fixed_cost_sek": "Fasta kostnader (kr)", "case_cost_sek": "Styckkostnader (kr)", "travel_cost_sek": "Resekostnader (kr)",
        "penalty_sek": "Straffkostnader (kr)", "mean_travel_minutes": "Medelrestid (min)", "max_travel_minutes": "Längsta restid (min)",
        "share_within_60": "Andel inom 60 min", "share_within_90": "Andel inom 90 min", "unserved_cases": "Obetjänade fall",
        "volume_shortfall_cases": "Volymunderskott (fall)", "gap_vs_optimal": "Över optimum", "volume": "Volym (fall)",
        "min_volume": "Minsta volym (fall)", "meets_min_volume": "Når minsta volym", "cases_produced": "Producerade fall",
        "net_a_sek": "Netto A (kr)", "net_b_sek": "Netto B (kr)", "delta_sek": "Skillnad B − A (kr)",
        "cases_a": "Fall A", "cases_b": "Fall B", "delta": "Skillnad B − A",
        "factor": "Faktor", "status": "Status", "objective_sek": "Målfunktion (kr)", "cases_out_of_region": "Fall utanför hemregionen",
        "file": "Fil", "name": "Namn", "kind": "Slag", "seconds": "Sekunder", "error": "Fel",
    ]

    /// Sheet names by result file (without `.csv`), in the order the sheets come after the summary.
    static let sheets: [(file: String, sheet: String)] = [
        ("flows", "Flöden"), ("waiting", "Väntelistor"), ("occupancy", "Beläggning"), ("theatre", "Operation"),
        ("settlement", "Avräkning"), ("acute_transfers", "Akuta flyttar"), ("regions", "Regioner"),
        ("proposals", "Förslag"), ("sites", "Enheter"),
        ("settlement_diff", "Avräkning B − A"), ("flows_diff", "Flöden B − A"),
        ("sweep", "Prissvep"), ("batch", "Körningar"), ("draws", "Dragningar"),
    ]

    /// The labels of summary.json's and comparison.json's fields; nested keys get their
    /// parent's label in front ("Nuläget: målfunktion (kr)").
    static let fields: [String: String] = [
        "scenario": "Scenario", "kind": "Slag", "status": "Status", "objective_sek": "Målfunktion (kr)", "costs": "Kostnader",
        "cooperation_sek": "samverkan (kr)", "travel_sek": "resor (kr)", "waiting_sek": "väntan (kr)", "guarantee_sek": "vårdgarantin (kr)",
        "overload_sek": "överbeläggning (kr)", "acute_transfer_sek": "akuta flyttar (kr)",
        "cases_treated": "Behandlade fall", "cases_out_of_region": "Fall utanför hemregionen", "final_waiting": "Väntande vid periodens slut",
        "final_waiting_over_guarantee": "Väntande över vårdgarantin vid periodens slut", "overload_bed_weeks": "Överbeläggning (vårdplatsveckor)",
        "acute_transfer_bed_weeks": "Akuta flyttar (vårdplatsveckor)", "status_quo": "Nuläget",
        "gain_vs_status_quo_sek": "Vinst mot nuläget (kr)", "model": "Modell", "rows": "rader", "columns": "kolumner",
        "nonzeros": "nollskilda koefficienter", "integer_columns": "heltalskolumner", "inputs_sha256": "Indata (SHA-256)",
        "optimal": "Optimum", "open_sites": "öppna enheter", "total_cost_sek": "total kostnad (kr)", "proposals": "Utvärderade förslag",
        "best_proposal": "Bästa förslag", "infeasibility": "Varför ingen lösning",
        "a": "A", "b": "B", "differences": "Skillnad B − A", "net_settlement_sek": "nettoavräkning (kr)",
        "final_waiting_by_region": "väntande vid periodens slut", "b_warm_started_from_a": "B varmstartad från A",
    ]
}
