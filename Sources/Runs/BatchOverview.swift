import Foundation
import PlanningData
import Reports

/// The batch folder's report.html, built from batch.csv's rows and the scenarios' summary.json
/// only (no data set), so that `batch` and `merge` of its parts write the same page byte for byte.
enum BatchOverview {
    /// - Parameters:
    ///   - folders: per row, the result folder's name in the batch folder (the link) and where it
    ///     is now (to read its summary.json).
    static func render(header: [String], rows: [[String]], folders: [(link: String, path: String)]) -> String {
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        let report = zip(rows, folders).map { row, folder -> BatchReport.Row in
            func field(_ name: String) -> String { column[name].map { row[$0] } ?? "" }
            func number(_ name: String) -> Double? { Double(field(name).replacingOccurrences(of: ",", with: ".")) }
            let summaryPath = UserPath.join(folder.path, "summary.json")
            let summary = (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath)))) as? [String: Any]
            func sites(_ names: Any?) -> String? {
                (names as? [String]).map { $0.map(SwedishNames.shortName).joined(separator: " + ") }
            }
            // A named proposal keeps its name; an enumerated one is its sites.
            var best = summary?["best_proposal"] as? String
            if let b = best, b.contains("+") || b == "optimal" { best = sites(summary?["best_proposal_site_names"]) ?? b }
            let hasReport = FileManager.default.fileExists(atPath: UserPath.join(folder.path, "report.html"))
            return BatchReport.Row(file: field("file"), name: field("name"), kind: field("kind"), status: field("status"),
                                   objective: number("objective_sek"), bestProposal: best,
                                   openSites: sites((summary?["optimal"] as? [String: Any])?["open_site_names"]) ?? (field("open_sites").isEmpty ? nil : field("open_sites")),
                                   gap: number("gap"), seconds: nil, error: remark(status: field("status"), error: field("error"), hasReport: hasReport),
                                   report: hasReport ? folder.link + "/report.html" : nil)
        }
        return BatchReport.render(report)
    }

    /// The page's remark column. batch.csv's `error` is English (as the terminal); an infeasible
    /// scenario's reasons are in Swedish words in its own report, so the Swedish page points there.
    static func remark(status: String, error: String, hasReport: Bool) -> String {
        guard status == "infeasible", !error.isEmpty, hasReport else { return error }
        return "Ingen tillåten lösning – skälen står i scenariots rapport."
    }
}
