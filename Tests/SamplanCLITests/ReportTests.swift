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

    /// The headless browser, or nil where none is installed.
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Renders a report with headless Chromium; returns the PNG's size in bytes.
    static func render(_ report: URL, to png: URL, chromium: String) throws -> Int {
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

    func check(_ report: URL, sections: [String], minimumCharts: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(ReportCheck.isWellFormed(text), "\(report.path) is not well-formed XML", sourceLocation: sourceLocation)
        #expect(ReportCheck.externalReferences(text).isEmpty, "\(ReportCheck.externalReferences(text))", sourceLocation: sourceLocation)
        #expect(ReportCheck.svgCount(text) >= minimumCharts, sourceLocation: sourceLocation)
        for section in sections { #expect(text.contains(section), "missing \(section)", sourceLocation: sourceLocation) }
        return text
    }

    /// Where Chromium is missing this test shows as skipped (not passed): the trait says why.
    @Test(.enabled(if: ReportCheck.chromium != nil, "needs headless Chromium (/usr/bin/chromium) to render the report"),
          arguments: [["run", "Tests/Fixtures/scenarios/summer-small.yaml"], ["run", "Scenarios/nivastrukturering/pci.yaml"]])
    func reportRendersInChromium(_ command: [String]) throws {
        let chromium = try #require(ReportCheck.chromium)
        let out = temporaryPath("report-render")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(command + ["--out", out.path]).status == 0)
        let size = try ReportCheck.render(out.appendingPathComponent("report.html"), to: out.appendingPathComponent("render.png"), chromium: chromium)
        #expect(size > 10_000, "Chromium rendered \(size) bytes")
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
            let net = try #require(row["net_sek"].flatMap(Double.init))
            #expect(text.contains(ReportCheck.swedish(net) + "\u{00A0}SEK"), "net of \(row["region"] ?? "?")")
        }
        // And the objective of summary.json.
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        #expect(text.contains(ReportCheck.swedish(try #require(summary["objective_sek"] as? Double)) + " kr"))
    }

    @Test func levelStructuringReport() throws {
        let out = temporaryPath("report-level")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(["run", "Scenarios/nivastrukturering/tavi.yaml", "--out", out.path]).status == 0)
        let text = try check(out.appendingPathComponent("report.html"),
                             sections: ["Karta:", "Volym per enhet:", "Rangordning av förslagen", "minsta volym", "streckade cirklar"],
                             minimumCharts: 3)
        let best = try #require(try ResultCSV(out.appendingPathComponent("proposals.csv")).rows.first)
        #expect(text.contains(ReportCheck.swedish(try #require(best["total_cost_sek"].flatMap(Double.init)))))
        // The heading names the first-ranked proposal's hospitals (or the proposal's own name).
        let hospitals = try ResultCSV(URL(fileURLWithPath: "Scenarios/data/mellansverige-2024/hospitals.csv", relativeTo: Fixtures.packageRoot)).rows
        let names = try #require(best["proposal"]).split(separator: "+").map { id in hospitals.first { $0["hospital"] == String(id) }?["name"] ?? String(id) }
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
            #expect(text.contains(ReportCheck.swedish(try #require(row["net_b_sek"].flatMap(Double.init)))), "B's net of \(row["region"] ?? "?")")
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
