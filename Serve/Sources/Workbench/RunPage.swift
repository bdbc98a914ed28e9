import Foundation
import Reports

/// The page of one run: where it stands (live while it is queued or running), who ran what and
/// when, and once finished its report, its files and the workbook of all its tables.
enum RunPage {
    struct Content {
        let record: RunRecord
        /// Where it stands in the queue, while queued or running.
        let standing: RunEvent?
        /// The files of the result folder, when finished.
        let files: [RunFiles.Entry]
        /// Whether the scenario file still has the SHA-256 recorded at the run (nil: not known).
        let scenarioUnchanged: Bool?
    }

    static func render(_ content: Content) -> String {
        let r = content.record, id = r.id ?? 0
        let live = r.status == .queued || r.status == .running
        var body = statusBlock(content, id: id)
        if live {
            body += "<div class=\"actions\"><form method=\"post\" action=\"/korningar/\(id)/avbryt\">"
                + "<button class=\"danger\">Avbryt körningen</button></form></div>\n"
        }
        if r.status == .finished { body += resultBlock(content, id: id) }
        body += "<h2>Vem, vad, när</h2>\n" + details(content)
        if !live {
            body += "<div class=\"actions\"><form method=\"post\" action=\"/historik/\(id)/ta-bort\">"
                + "<button class=\"secondary\">Ta bort ur historiken</button></form></div>\n"
        }
        // Without JavaScript the page reloads itself while the run is under way.
        let head = live ? "<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>\n<script src=\"/static/korning.js\" defer></script>\n" : ""
        return HTML.page(title: "Körning \(id): \(r.scenarioName)", body: body, head: head)
    }

    static func statusBlock(_ content: Content, id: Int64) -> String {
        let r = content.record
        var text = r.status.swedish.prefix(1).uppercased() + r.status.swedish.dropFirst()
        var fraction: Double?
        switch content.standing {
        case let .queued(position)?: text = "I kön, plats \(position)"
        case let .progress(progress)?: text = progress.message; fraction = progress.fraction
        case .started?: text = "Körs"
        default: break
        }
        guard r.status == .queued || r.status == .running else {
            var out = "<p class=\"status status-\(r.status.rawValue)\">\(HTML.escape(text))</p>\n"
            let style = r.status == .failed ? "error" : "muted"
            if let message = r.message { out += "<p class=\"\(style)\">\(HTML.escape(message))</p>\n" }
            return out
        }
        let bar = fraction.map { "<progress id=\"live-bar\" max=\"1\" value=\"\($0)\"></progress>" } ?? "<progress id=\"live-bar\" max=\"1\"></progress>"
        return "<div id=\"live\" data-events=\"/korningar/\(id)/handelser\" aria-live=\"polite\">"
            + "<p class=\"status\" id=\"live-text\">\(HTML.escape(text))</p>\(bar)"
            + "<p class=\"muted\">Sidan uppdateras av sig själv när körningen är klar.</p></div>\n"
    }

    static func resultBlock(_ content: Content, id: Int64) -> String {
        let r = content.record
        var out = ""
        if let value = r.keyFigure {
            out += "<p>\(HTML.escape(r.keyFigureLabel ?? "Nyckeltal")): <span class=\"key\">"
                + "\(r.kind == "compare" && value > 0 ? "+" : "")\(NumberFormatting.swedish(value, groupSeparator: "\u{00A0}"))\u{00A0}kr</span></p>\n"
        }
        let hasReport = content.files.contains { $0.path == "report.html" }
        out += "<div class=\"actions\">"
        if hasReport { out += "<a class=\"button\" id=\"rapport\" href=\"/korningar/\(id)/filer/report.html\">Öppna rapporten</a>" }
        out += "<a class=\"button\" id=\"xlsx\" href=\"/korningar/\(id)/tabeller.xlsx\">Hämta alla tabeller (Excel)</a>"
        if r.kind == "summer" {
            out += "<a class=\"button secondary\" id=\"jamfor\" href=\"/jamfor?b=korning:\(id)\">Jämför med en annan körning</a>"
            out += "<a class=\"button secondary\" href=\"/svep?fran=\(HTML.escape(Pages.queryValue(r.scenario)))\">Prissvep</a>"
        }
        out += "</div>\n"
        if hasReport {
            out += "<iframe class=\"report\" title=\"Rapporten\" src=\"/korningar/\(id)/filer/report.html\"></iframe>\n"
        }
        out += "<h2>Filer</h2>\n"
        let rows = content.files.map { f -> [String] in
            ["<a href=\"/korningar/\(id)/filer/\(HTML.escape(HTML.pathURL(f.path)))\">\(HTML.escape(f.path))</a>",
             HTML.escape(FileDescriptions.text(f.path)), HTML.escape(sizeText(f.bytes))]
        }
        return out + HTML.table(["Fil", "Innehåll", "Storlek"], rows, numeric: [2])
    }

    static func details(_ content: Content) -> String {
        let r = content.record
        var rows: [(String, String)] = [
            ("Scenario", Pages.scenarioLink(r.scenario, r.scenario)),
            ("Slag", HTML.escape(Pages.kindName(r.kind))),
            ("Vem", HTML.escape(r.requestedBy)),
            ("Köad", HTML.escape(Pages.date(r.queuedAt))),
            ("Startad", HTML.escape(Pages.date(r.startedAt))),
            ("Klar", HTML.escape(Pages.date(r.finishedAt))),
        ]
        if let start = r.startedAt, let end = r.finishedAt {
            rows.append(("Tid", HTML.escape(NumberFormatting.swedish(end.timeIntervalSince(start), decimals: 1) + " s")))
        }
        var files = "<code>\(HTML.escape(r.scenarioSHA256))</code>"
        if content.scenarioUnchanged == false { files += " <span class=\"error\">filen har ändrats sedan körningen</span>" }
        rows.append(("Scenariofilerna (SHA-256)", files))
        rows.append(("All indata (SHA-256)", r.dataSHA256.map { "<code>\(HTML.escape($0))</code>" } ?? "–"))
        rows.append(("Samplans version", HTML.escape(r.samplanVersion)))
        return "<dl>\n" + rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    /// 1 234 byte, 12,3 kB, 4,5 MB.
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte" }
        if bytes < 1_000_000 { return NumberFormatting.swedish(Double(bytes) / 1000, decimals: 1) + " kB" }
        return NumberFormatting.swedish(Double(bytes) / 1_000_000, decimals: 1) + " MB"
    }
}

/// What each result file holds, in Swedish, for the list of files.
enum FileDescriptions {
    static let known: [String: String] = [
        "summary.json": "sammanfattning", "run.json": "körningens uppgifter (lösare, tider, version)",
        "report.html": "rapporten", "tabeller.xlsx": "alla tabeller i en Excel-arbetsbok",
        "flows.csv": "patientflöden", "waiting.csv": "väntelistor", "occupancy.csv": "beläggning",
        "settlement.csv": "avräkning", "theatre.csv": "operation", "acute_transfers.csv": "akuta flyttar",
        "regions.csv": "regionernas räkenskap", "proposals.csv": "förslag", "sites.csv": "enheter",
        "comparison.json": "jämförelsen", "settlement_diff.csv": "avräkning B − A", "flows_diff.csv": "flöden B − A",
        "sweep.csv": "prissvepet", "draws.csv": "dragningar",
    ]

    static func text(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let base = known[name] ?? ""
        return path.hasPrefix("status_quo/") && !base.isEmpty ? "nuläget: " + base : base
    }
}
