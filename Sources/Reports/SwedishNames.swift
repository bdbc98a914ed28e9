import LinearProgramming
import PlanningData

/// The names a Swedish reader sees in place of ids and English enum words, in one place for the
/// reports, the terminal and the `--excel` CSVs.
public enum SwedishNames {
    /// Regions in the order of every report and CSV: by id, as regions.csv lists them.
    public static func regionOrder(_ d: DataSet) -> [Int] {
        d.regions.indices.sorted { d.regions[$0].id < d.regions[$1].id }
    }

    /// A solver status in words.
    public static func status(_ s: ReportedStatus) -> String {
        switch s {
        case .optimal: return "optimal"
        case .feasible: return "tillåten, ej bevisat optimal"
        case .timeLimit: return "tidsgränsen nådd utan lösning"
        case .infeasible: return "ogenomförbar"
        case .unbounded: return "obegränsad"
        case .error: return "fel"
        case .notSolved: return "ej beräknad"
        }
    }

    /// A status id of a result file (`optimal`, `time_limit`, …) in words; unknown ones unchanged.
    public static func status(id: String) -> String {
        ReportedStatus(rawValue: id).map(status) ?? (id == "error" ? "fel" : id)
    }

    public static func level(_ l: HospitalLevel) -> String {
        switch l {
        case .university: return "universitetssjukhus"
        case .county: return "länssjukhus"
        case .district: return "länsdelssjukhus"
        }
    }

    public static func routes(_ r: RoutePolicy) -> String {
        switch r {
        case .all: return "alla sjukhus inom restidsgränsen"
        case .statusQuo: return "dagens remissvägar"
        case .ownRegion: return "ingen samverkan"
        }
    }

    public static func perspective(_ p: Perspective) -> String {
        p == .region ? "hemregionens kostnad" : "hela sjukvårdsregionens kostnad"
    }

    public static func yesNo(_ b: Bool) -> String { b ? "ja" : "nej" }

    /// A site list such as `falun+karlstad+vasteras` as hospital names joined by " + "; parts that
    /// are not hospital ids (a named proposal) are kept as they are.
    public static func sites(_ text: String, _ d: DataSet) -> String {
        guard text.contains("+") || d.hospitalIndex[text] != nil else { return text }
        return text.split(separator: "+").map { id in d.hospitalIndex[String(id)].map { d.hospitals[$0].name } ?? String(id) }
            .joined(separator: " + ")
    }

    /// A hospital's short name for narrow places (terminal tables, chart labels): the town where
    /// the name holds one ("Centralsjukhuset Karlstad" → "Karlstad", "Falu lasarett" → "Falu"),
    /// else the name.
    public static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return name }
        let generic: Set<String> = ["sjukhus", "sjukhuset", "lasarett", "lasarettet", "länssjukhus", "centralsjukhuset", "universitetssjukhuset"]
        if generic.contains(words.last!.lowercased()) { return words.dropLast().joined(separator: " ") }
        return words.last!
    }

    /// `sites(_:_:)` with short hospital names: "Falu + Karlstad + Västerås".
    public static func shortSites(_ text: String, _ d: DataSet) -> String {
        guard text.contains("+") || d.hospitalIndex[text] != nil else { return text }
        return text.split(separator: "+").map { id in d.hospitalIndex[String(id)].map { shortName(d.hospitals[$0].name) } ?? String(id) }
            .joined(separator: " + ")
    }

    /// `shortSites` with names from an id → name table (the batch overview reads only hospitals.csv).
    public static func shortSites(_ text: String, names: [String: String]) -> String {
        guard text.contains("+") || names[text] != nil else { return text }
        return text.split(separator: "+").map { id in names[String(id)].map(shortName) ?? String(id) }.joined(separator: " + ")
    }

    /// A price selector's text (`ortopedi/day_surgery[/county]`) in words: "Ortopedi, dagkirurgi".
    /// A nil care type is the acute bed-day price (v2).
    public static func price(specialty: Int, careType: CareType?, level: HospitalLevel?, _ d: DataSet) -> String {
        "\(d.specialties[specialty].name), \(careType?.swedishName ?? "akut vårddygn")" + (level.map { ", \(self.level($0))" } ?? "")
    }
}
