import Foundation
import TestSupport
import Testing

/// One test per fault of issue 16, against what the commands write and print.
@Suite("report faults of issue 16", .serialized)
struct ReportFaultTests {
    static let small = "Tests/Fixtures/scenarios/summer-small.yaml"

    /// Every chart but the map: labels apart and inside the chart, polylines spanning their plot.
    func expectChartsLaidOut(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let charts = SVGChartGeometry.parse(text)
        #expect(!charts.isEmpty, sourceLocation: sourceLocation)
        for chart in charts where chart.cssClass != "map" {
            #expect(chart.overlappingLabels.isEmpty, "\(chart.title): \(chart.overlappingLabels.map { "\($0.0) × \($0.1)" })", sourceLocation: sourceLocation)
            #expect(chart.clippedLabels.isEmpty, "\(chart.title): clipped \(chart.clippedLabels)", sourceLocation: sourceLocation)
            guard let plot = chart.plot else { continue }
            for line in chart.polylines where line.count > 1 {
                let xs = line.map(\.0)
                #expect(abs(xs.min()! - plot.x) < 0.01 && abs(xs.max()! - (plot.x + plot.width)) < 0.01,
                        "\(chart.title): line spans \(xs.min()!)…\(xs.max()!) of \(plot.x)…\(plot.x + plot.width)", sourceLocation: sourceLocation)
            }
            if let axis = chart.xAxisY { #expect(abs(axis - (plot.y + plot.height)) < 0.01, "\(chart.title): x axis off the plot's bottom", sourceLocation: sourceLocation) }
        }
    }

    /// Ids and English enum words a Swedish reader should not meet in a report.
    func expectNoRawWords(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in ["day_surgery", "elective_inpatient", ">akademiska<", "falun+", "time_limit", ">infeasible<", "(optimal)"] where word != "(optimal)" {
            #expect(!text.contains(word), "report shows \(word)", sourceLocation: sourceLocation)
        }
    }

    /// Every link within the page leads to an element that exists.
    func expectLinksResolve(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let hrefs = text.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        for href in Set(hrefs) { #expect(text.contains("id=\"\(href)\""), "link to #\(href) leads nowhere", sourceLocation: sourceLocation) }
    }

    /// An `--excel` file's text after its byte-order mark (which must be there).
    func excelText(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(url.lastPathComponent) lacks the byte-order mark")
        return String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test func summerReportAndTerminal() throws {
        let out = temporaryPath("faults-summer")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["run", Self.small, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        expectChartsLaidOut(text)
        expectNoRawWords(text)
        expectLinksResolve(text)
        // Key settings, a "how to read" line per chart section, links between parts.
        #expect(text.contains("class=\"settings\"") && text.contains("målbeläggning"))
        #expect(text.components(separatedBy: "Så läser du diagrammet").count - 1 >= 6)
        #expect(text.contains("href=\"#floden-dalarna\"") && text.contains("id=\"floden-dalarna\""))
        // Waiting: the difference plan − status quo is drawn.
        #expect(text.contains("Skillnad i antal väntande per region, plan minus nuläge"))
        // Heat map: a marked cell says which specialty is over, and the table lists them.
        let marked = text.components(separatedBy: ", överbeläggning").dropFirst()
        for cell in marked { #expect(cell.hasPrefix(", över: "), "a marked cell without its specialty: \(cell.prefix(60))") }
        if !marked.isEmpty { #expect(text.contains("Överbeläggning: vilken specialitet")) }
        // Theatre hours: the used hours of theatre.csv, in the report and on the terminal.
        let theatre = try ResultCSV(out.appendingPathComponent("theatre.csv")).rows
        let used = theatre.reduce(0) { $0 + Double($1["used_or_hours"]!)! }
        #expect(!theatre.isEmpty)
        #expect(text.contains("använt \(ReportCheck.swedish(used)) "), "report lacks \(used) used theatre hours")
        #expect(run.stdout.contains("Operating theatre: \(ReportCheck.swedish(used).replacingOccurrences(of: "\u{00A0}", with: " ")) of"), "\(run.stdout)")
        // Cooperation flows week by week: a column per week.
        #expect(text.contains("Samverkan vecka för vecka") && text.contains("<th class=\"num\">v28</th>"))
    }

    @Test func sweepTakesSwedishNamesAndDrawsFullWidthCharts() throws {
        let out = temporaryPath("faults-sweep")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["sweep", Self.small, "--price", "ortopedi/dagkirurgi", "--factors", "0.8,0.9,1,1.1,1.2", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(text.contains("<h1>Priskänslighet: Ortopedi, dagkirurgi</h1>"))
        #expect(!text.contains("#F0E442"), "pale yellow line")
        expectChartsLaidOut(text)
        expectNoRawWords(text)
        let widest = run.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 120, "the sweep's terminal output is \(widest) characters wide")
        // The level and Swedish level names work too; a wrong name is still refused with a hint.
        let level = try Samplan.run(["sweep", Self.small, "--price", "Ortopedi/planerad slutenvård/länssjukhus", "--factors", "1", "--out", out.path, "--force"])
        #expect(level.status == 0, "\(level.stderr)")
        let wrong = try Samplan.run(["sweep", Self.small, "--price", "ortopedi/dagkirurgin", "--factors", "1", "--out", out.path, "--force"])
        #expect(wrong.status == 64 && wrong.stderr.contains("dagkirurgi"))
    }

    @Test func compareUsesTheSummerReportsRegionOrderAndSigns() throws {
        let out = temporaryPath("faults-compare")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(["compare", Self.small, "Tests/Fixtures/scenarios/pricelist-2025-small.yaml", "--out", out.path]).status == 0)
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        expectChartsLaidOut(text)
        // Regions in the order of regions.csv (and of the summer report's settlement).
        let names = ["Dalarna", "Gävleborg", "Örebro län", "Sörmland", "Uppsala", "Värmland", "Västmanland"]
        let section = String(text[text.range(of: "Väntelista vid periodens slut")!.lowerBound...])
        let positions = names.map { section.range(of: "<td>\($0)</td>")!.lowerBound }
        #expect(positions == positions.sorted(), "regions out of order")
        // B − A keeps its sign.
        for row in try ResultCSV(out.appendingPathComponent("settlement_diff.csv")).rows {
            let delta = Double(row["delta_sek"]!)!
            if delta >= 0.5 { #expect(text.contains("+" + ReportCheck.swedish(delta)), "\(row["region"]!): +\(delta)") }
        }
    }

    @Test func levelStructuringReportExcelAndVerbose() throws {
        let out = temporaryPath("faults-level")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["run", "Scenarios/nivastrukturering/pci.yaml", "--out", out.path, "--excel", "--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("mip: optimal") && run.stderr.contains("proposals: 96 evaluated"), "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        expectChartsLaidOut(text)
        expectNoRawWords(text)
        expectLinksResolve(text)
        // The scenario's named proposals, wherever they rank.
        for name in ["idag", "idag plus Falun", "fyra centra", "universitetssjukhusen"] { #expect(text.contains("<td>\(name)</td>"), "\(name)") }
        #expect(text.contains("Avräkning per region"))
        // Region borders, and names on the closed candidates.
        #expect(text.components(separatedBy: "(ungefärlig gräns)</title></polygon>").count - 1 == 7)
        #expect(text.contains(">Akademiska sjukhuset</text>") && text.contains(">Gävle sjukhus</text>"))
        // --excel: names beside ids, ja/nej.
        let sites = try excelText(out.appendingPathComponent("sites.csv"))
        #expect(sites.hasPrefix("proposal;hospital;hospital_name;volume;min_volume;meets_min_volume"))
        #expect(!sites.contains(";true") && !sites.contains(";false") && sites.contains(";ja"))
        let proposals = try String(contentsOf: out.appendingPathComponent("proposals.csv"), encoding: .utf8)
        #expect(proposals.contains("Falu lasarett + Centralsjukhuset Karlstad + Västmanlands sjukhus Västerås"))
    }

    @Test func infeasibilityIsSwedishInTheReportAndNamesEveryMunicipality() throws {
        let out = temporaryPath("faults-infeasible")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Samplan.run(["run", "Scenarios/nivastrukturering/pci-varianter/pci-restid-90.yaml", "--out", out.path]).status == 0)
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        let english = try #require(summary["infeasibility"] as? String)
        #expect(!english.contains("more"), "\(english)")
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(text.contains("Optimum: ogenomförbar. Orsak: ") && text.contains("har ingen kandidat inom 90 minuter"))
        // Every municipality the English sentence names is in the Swedish one.
        let names = english.components(separatedBy: " have no candidate")[0].replacingOccurrences(of: " and ", with: ", ").components(separatedBy: ", ")
        #expect(names.count > 5, "\(names)")
        for name in names { #expect(text.contains(name), "\(name)") }
    }

    @Test func excelSummerCSVsCarryNamesAndDefaultOnesDoNot() throws {
        let excel = temporaryPath("faults-excel"), plain = temporaryPath("faults-plain")
        defer { try? FileManager.default.removeItem(at: excel); try? FileManager.default.removeItem(at: plain) }
        #expect(try Samplan.run(["run", Self.small, "--out", excel.path, "--excel"]).status == 0)
        #expect(try Samplan.run(["run", Self.small, "--out", plain.path]).status == 0)
        let flows = try excelText(excel.appendingPathComponent("flows.csv"))
        #expect(flows.hasPrefix("origin_region;origin_region_name;hospital;hospital_name;specialty;specialty_name;care_type;care_type_name;week;cases\n"))
        #expect(flows.contains(";dagkirurgi;") || flows.contains(";planerad slutenvård;"))
        let settlement = try String(contentsOf: excel.appendingPathComponent("settlement.csv"), encoding: .utf8)
        #expect(settlement.contains("orebro;Örebro län;"))
        let plainFlows = try String(contentsOf: plain.appendingPathComponent("flows.csv"), encoding: .utf8)
        #expect(plainFlows.hasPrefix("origin_region,hospital,specialty,care_type,week,cases\n"))
    }

    @Test func batchFolderHasAnOverviewReportAndSitesAndGap() throws {
        let out = temporaryPath("faults-batch")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["batch", Self.small, "Scenarios/nivastrukturering/pci.yaml", "--out", out.path, "--jobs", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try ResultCSV(out.appendingPathComponent("batch.csv"))
        #expect(csv.header == ["file", "name", "kind", "status", "objective_sek", "seconds", "error", "open_sites", "gap"])
        let level = try #require(csv.rows.first { $0["kind"] == "level_structuring" })
        #expect(level["open_sites"] == "falun+karlstad+vasteras" && level["gap"] == "0")
        let text = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(ReportCheck.isWellFormed(text) && ReportCheck.externalReferences(text).isEmpty)
        for folder in ["summer-small", "pci"] {
            #expect(text.contains("href=\"\(folder)/report.html\""), "no link to \(folder)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(folder)/report.html").path))
        }
        #expect(text.contains("Falu + Karlstad + Västerås"))
        // The page has no timings, so that `merge` of shards writes the same page (MergeCommandTests).
        #expect(!text.contains("sekunder"))
    }
}
