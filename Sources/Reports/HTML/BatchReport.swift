/// report.html of a batch folder: one row per scenario with its status, objective or best
/// proposal, MIP gap, and a link to the scenario's own report.
public enum BatchReport {
    /// One scenario of a batch, as the overview shows it.
    public struct Row: Sendable {
        public var file: String
        public var name: String
        /// `summer`, `level_structuring`, or empty when the file could not be read.
        public var kind: String
        public var status: String
        public var objective: Double?
        /// The first-ranked proposal in words (level structuring).
        public var bestProposal: String?
        /// The optimum's open sites in words (level structuring).
        public var openSites: String?
        public var gap: Double?
        /// Not shown: the page must be the same for `batch` and for `merge` of its parts.
        public var seconds: Double?
        public var error: String
        /// The scenario's report relative to the batch folder, or nil when none was written.
        public var report: String?

        public init(file: String, name: String, kind: String, status: String, objective: Double? = nil, bestProposal: String? = nil,
                    openSites: String? = nil, gap: Double? = nil, seconds: Double? = nil, error: String = "", report: String? = nil) {
            self.file = file; self.name = name; self.kind = kind; self.status = status; self.objective = objective
            self.bestProposal = bestProposal; self.openSites = openSites; self.gap = gap; self.seconds = seconds
            self.error = error; self.report = report
        }
    }

    public static func render(_ rows: [Row], title: String = "Körning av många scenarier") -> String {
        let n = SVGChart.number
        let failed = rows.filter { $0.status == "error" }.count
        var page = HTMLPage(title: title, subtitle: "\(rows.count) scenarier · \(failed) misslyckades")
        page.settings([("scenarier", String(rows.count)), ("sommarplaner", String(rows.filter { $0.kind == "summer" }.count)),
                       ("nivåstruktureringar", String(rows.filter { $0.kind == "level_structuring" }.count)), ("fel", String(failed))])
        let kind = ["summer": "sommarplan", "level_structuring": "nivåstrukturering"]
        // A table, not a chart: its reading aid goes in the note, not under "Så läser du diagrammet".
        page.section("Scenarier", note: "En rad per scenariofil i sorteringsordning; samma tal som batch.csv. Klicka på ett scenarios namn för dess egen rapport. Målfunktion är planens kostnad (sommar) eller optimums kostnad per år (nivåstrukturering); gap är MIP-lösarens återstående relativa gap.",
                     HTMLPage.table(["scenario", "fil", "slag", "status", "målfunktion kr", "bästa förslag", "öppna enheter (optimum)", "gap", "anmärkning"],
                                    rows.map { r in
                                        [r.name.isEmpty ? r.file : r.name, r.file.split(separator: "/").last.map(String.init) ?? r.file, kind[r.kind] ?? r.kind, SwedishNames.status(id: r.status),
                                         r.objective.map { n($0, 0) } ?? "–", r.bestProposal ?? "–", r.openSites ?? "–",
                                         r.gap.map { NumberFormatting.percent($0, decimals: 2) } ?? "–", r.error]
                                    }, numeric: [4, 7], links: (0, rows.map(\.report))))
        return page.rendered()
    }
}
