import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

/// Checks shared by every report.html.
enum ReportCheck {
    /// Whether the text parses as XML (XHTML with inline SVG).
    static func isWellFormed(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }

    /// Any reference to something outside the page: URLs other than the two XML namespaces,
    /// scripts, external images, style sheets or fonts.
    static func externalReferences(_ text: String) -> [String] {
        var stripped = text
        for namespace in ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"] {
            stripped = stripped.replacingOccurrences(of: namespace, with: "")
        }
        return ["http:", "https:", "<script", "src=", "<link", "@import", "url(", "href=\"/", "href=\"http"].filter { stripped.contains($0) }
    }

    /// A number as the report writes it: Swedish groups with no-break spaces, a Unicode minus.
    static func swedish(_ value: Double) -> String {
        let negative = value < -0.5
        var digits = String(Int(abs(value).rounded()))
        var groups: [String] = []
        while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
        groups.insert(digits, at: 0)
        return (negative ? "−" : "") + groups.joined(separator: "\u{00A0}")
    }

    static func svgCount(_ text: String) -> Int { text.components(separatedBy: "<svg ").count - 1 }

    /// Renders a report with headless Chromium when it is installed; returns the PNG's size, or nil without a browser.
    static func render(_ report: URL, to png: URL) throws -> Int? {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1800",
                             "--screenshot=\(png.path)", report.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        return size
    }
}

@Suite("report.html for every kind of result", .serialized)
struct ReportTests {
    static let small = "Tests/Fixtures/scenarios/summer-small.yaml"

    func check(_ report: URL, sections: [String], minimumCharts: Int) throws -> String {
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(ReportCheck.isWellFormed(text), "\(report.path) is not well-formed XML")
        #expect(ReportCheck.externalReferences(text).isEmpty, "\(ReportCheck.externalReferences(text))")
        #expect(ReportCheck.svgCount(text) >= minimumCharts)
        for section in sections { #expect(text.contains(section), "missing \(section)") }
        let png = report.deletingLastPathComponent().appendingPathComponent("render.png")
        if let size = try ReportCheck.render(report, to: png) { #expect(size > 10_000, "Chromium rendered \(size) bytes") }
        try? FileManager.default.removeItem(at: png)
        return text
    }

    @Test func summerReport() throws {
        let out = temporaryPath("report-summer")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(["run", Self.small, "--out", out.path]).status == 0)
        let text = try check(out.appendingPathComponent("report.html"),
                             sections: ["Väntelistor per region vecka för vecka", "Beläggning per sjukhus och vecka",
                                        "Patienter från hemregion till producerande region", "Nettoavräkning per region",
                                        "Vårdplatserna som är värda mest", "<details>", "vårdplatser"],
                             minimumCharts: 10)
        #expect(text.contains("Sommar 2024 – tre veckor"))
        // The settlement chart carries the numbers of settlement.csv.
        for row in try ResultCSV(out.appendingPathComponent("settlement.csv")).rows {
            #expect(text.contains(ReportCheck.swedish(Double(row["net_sek"]!)!) + "\u{00A0}SEK"), "net of \(row["region"]!)")
        }
        // And the objective of summary.json.
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        #expect(text.contains(ReportCheck.swedish(summary["objective_sek"] as! Double) + " kr"))
    }

    @Test func levelStructuringReport() throws {
        let out = temporaryPath("report-level")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(["run", "Scenarios/nivastrukturering/tavi.yaml", "--out", out.path]).status == 0)
        let text = try check(out.appendingPathComponent("report.html"),
                             sections: ["Karta:", "Volym per enhet:", "Rangordning av förslagen", "minsta volym", "streckade cirklar"],
                             minimumCharts: 3)
        let best = try #require(try ResultCSV(out.appendingPathComponent("proposals.csv")).rows.first)
        #expect(text.contains(ReportCheck.swedish(Double(best["total_cost_sek"]!)!)))
        // The heading names the first-ranked proposal's hospitals (or the proposal's own name).
        let hospitals = try ResultCSV(URL(fileURLWithPath: "Scenarios/data/mellansverige-2024/hospitals.csv", relativeTo: Fixtures.packageRoot)).rows
        let names = best["proposal"]!.split(separator: "+").map { id in hospitals.first { $0["hospital"] == String(id) }?["name"] ?? String(id) }
        #expect(text.contains("Karta: \(names.joined(separator: " + "))"))
        // Every municipality is on the map.
        #expect(text.components(separatedBy: "fall per år</title></circle>").count - 1 + text.components(separatedBy: "delvis obetjänad</title></circle>").count - 1 == 80)
    }

    @Test func compareAndSweepReports() throws {
        let compare = temporaryPath("report-compare"), sweep = temporaryPath("report-sweep")
        defer { try? FileManager.default.removeItem(at: compare); try? FileManager.default.removeItem(at: sweep) }
        #expect(try Samplan.run(["compare", Self.small, "Tests/Fixtures/scenarios/pricelist-2025-small.yaml", "--out", compare.path]).status == 0)
        let text = try check(compare.appendingPathComponent("report.html"),
                             sections: ["Nettoavräkning per region, A och B", "Kostnader", "Väntelista vid periodens slut"], minimumCharts: 1)
        for row in try ResultCSV(compare.appendingPathComponent("settlement_diff.csv")).rows {
            #expect(text.contains(ReportCheck.swedish(Double(row["net_b_sek"]!)!)), "B's net of \(row["region"]!)")
        }
        #expect(try Samplan.run(["sweep", Self.small, "--price", "ortopedi/day_surgery", "--factors", "0.9,1,1.1", "--out", sweep.path]).status == 0)
        _ = try check(sweep.appendingPathComponent("report.html"),
                      sections: ["Nettoavräkning per region mot prisfaktorn", "Resultat per faktor"], minimumCharts: 2)
    }

    @Test func reportsAreByteIdenticalBetweenRuns() throws {
        let a = temporaryPath("report-a"), b = temporaryPath("report-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        for out in [a, b] { #expect(try Samplan.run(["run", "Scenarios/nivastrukturering/pci.yaml", "--out", out.path]).status == 0) }
        #expect(try Data(contentsOf: a.appendingPathComponent("report.html")) == Data(contentsOf: b.appendingPathComponent("report.html")))
    }
}
