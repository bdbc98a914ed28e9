import Foundation
import PlanningData
import Reports
import Scenario

/// The pages' HTML. Each function takes what the page shows and returns the whole page.
enum Pages {
    static func date(_ date: Date?) -> String {
        guard let date else { return "–" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "sv_SE")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func kindName(_ kind: String) -> String {
        switch kind {
        case "summer": return "sommarplan"
        case "level_structuring": return "nivåstrukturering"
        case "compare": return "jämförelse"
        case "sweep": return "prissvep"
        default: return kind
        }
    }

    static func scenarioLink(_ path: String, _ text: String) -> String {
        "<a href=\"/scenarier/\(HTML.escape(HTML.pathURL(path)))\">\(HTML.escape(text))</a>"
    }

    static func keyFigure(_ run: RunRecord?) -> String {
        guard let run, let value = run.keyFigure else { return "–" }
        return "\(HTML.escape(run.keyFigureLabel ?? "")) \(NumberFormatting.swedish(value, groupSeparator: "\u{00A0}")) kr"
    }

    /// One row of the list: the file, and what reading it gave.
    struct ListEntry {
        let path: String
        let document: Result<ScenarioDocument, ScenarioError>
        let dataFolder: String?
        let lastRun: RunRecord?
    }

    static func list(_ entries: [ListEntry], workspace: String) -> String {
        var rows: [[String]] = []
        for e in entries {
            switch e.document {
            case let .success(d):
                rows.append([scenarioLink(e.path, d.name), "<code>\(HTML.escape(e.path))</code>", HTML.escape(kindName(d.kind)),
                             HTML.escape(e.dataFolder ?? "–"),
                             e.lastRun.map { HTML.escape(date($0.finishedAt)) } ?? "<span class=\"muted\">aldrig körd</span>",
                             keyFigure(e.lastRun)])
            case let .failure(error):
                rows.append([scenarioLink(e.path, e.path), "<code>\(HTML.escape(e.path))</code>", "<span class=\"error\">ogiltig</span>",
                             HTML.escape(error.issues.first?.message ?? ""), "–", "–"])
            }
        }
        var body = "<p class=\"muted\">Arbetsyta: <code>\(HTML.escape(workspace))</code> · \(entries.count) scenariofiler</p>\n"
        body += entries.isEmpty ? "<p>Arbetsytan har inga scenariofiler (<code>*.yaml</code>).</p>\n"
            : HTML.table(["Scenario", "Fil", "Slag", "Data", "Senaste körning", "Nyckeltal"], rows, numeric: [5])
        return HTML.page(title: "Scenarier", body: body)
    }

    static func scenario(path: String, document: Result<ScenarioDocument, ScenarioError>, settings: [(String, String)],
                         chain: [String], text: String, runs: [RunRecord], notice: String?) -> String {
        var body = notice.map { "<p class=\"notice\">\(HTML.escape($0))</p>\n" } ?? ""
        body += "<p class=\"muted\">Fil: <code>\(HTML.escape(path))</code></p>\n"
        switch document {
        case .success:
            body += "<h2>Inställningar</h2>\n<dl>\n"
            for (what, value) in settings { body += "<dt>\(HTML.escape(what))</dt><dd>\(HTML.escape(value))</dd>\n" }
            body += "</dl>\n"
            if chain.count > 1 {
                body += "<p>Bygger på: " + chain.dropLast().map { "<code>\(HTML.escape($0))</code>" }.joined(separator: " → ") + "</p>\n"
            }
            body += actions(path: path, summer: (try? document.get())?.kind == "summer")
        case let .failure(error):
            body += "<h2>Filen går inte att använda</h2>\n<ul>\n"
            for issue in error.issues {
                let place = issue.location.map { "rad \($0.line), kolumn \($0.column): " } ?? ""
                body += "<li class=\"error\">\(HTML.escape(place + (issue.keyPath.isEmpty ? "" : issue.keyPath + ": ") + issue.message))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>Körningar</h2>\n" + (runs.isEmpty ? "<p class=\"muted\">Inga körningar än.</p>\n" : runTable(runs))
        body += "<h2>Filens text</h2>\n<pre>\(HTML.escape(text))</pre>\n"
        let title = (try? document.get().name) ?? path
        return HTML.page(title: title, body: body)
    }

    /// Run it, make a variant, sweep a price (summer only).
    static func actions(path: String, summer: Bool) -> String {
        var out = "<div class=\"actions\"><form method=\"post\" action=\"/korningar\">"
            + "<input type=\"hidden\" name=\"scenario\" value=\"\(HTML.escape(path))\"><button id=\"kor\">Kör scenariot</button></form>"
            + "<a class=\"button secondary\" id=\"ny-variant\" href=\"/variant?fran=\(HTML.escape(queryValue(path)))\">Ny variant</a>"
        if summer { out += "<a class=\"button secondary\" href=\"/svep?fran=\(HTML.escape(queryValue(path)))\">Prissvep</a>" }
        return out + "</div>\n"
    }

    static func runTable(_ runs: [RunRecord]) -> String {
        let rows = runs.map { r -> [String] in
            ["<a href=\"/korningar/\(r.id ?? 0)\">\(r.id ?? 0)</a>", "<a href=\"/korningar/\(r.id ?? 0)\">\(HTML.escape(r.scenarioName))</a>", HTML.escape(kindName(r.kind)), HTML.escape(r.status.swedish),
             keyFigure(r), "<span class=\"nowrap\">\(HTML.escape(date(r.queuedAt)))</span>", "<span class=\"nowrap\">\(HTML.escape(date(r.finishedAt)))</span>", HTML.escape(r.requestedBy),
             "<code title=\"scenariofilerna\">\(HTML.escape(String(r.scenarioSHA256.prefix(12))))</code>"
                + (r.dataSHA256.map { " <code title=\"all indata\">\(HTML.escape(String($0.prefix(12))))</code>" } ?? ""),
             HTML.escape(r.samplanVersion),
             r.status == .queued || r.status == .running
                ? "<form method=\"post\" action=\"/korningar/\(r.id ?? 0)/avbryt\"><button class=\"danger\">Avbryt</button></form>"
                : "<form method=\"post\" action=\"/historik/\(r.id ?? 0)/ta-bort\"><button class=\"secondary\">Ta bort</button></form>"]
        }
        return HTML.table(["#", "Scenario", "Slag", "Status", "Nyckeltal", "Köad", "Klar", "Vem", "Indata (SHA-256)", "Version", ""],
                          rows, numeric: [0, 4])
    }

    static func history(_ runs: [RunRecord]) -> String {
        let body = "<p class=\"muted\">Varje körning med vem, vad och när: scenariofilernas och indatas SHA-256 och Samplans version. "
            + "Körningar sparas tills de tas bort.</p>\n"
            + (runs.isEmpty ? "<p>Inga körningar än.</p>\n" : runTable(runs))
        return HTML.page(title: "Historik", body: body)
    }

    static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? text
    }
}

extension CharacterSet {
    /// Unreserved characters and `/`: what a query value may hold unencoded.
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~/")
        return set
    }()
}
