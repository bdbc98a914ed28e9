import Foundation
@testable import Reports
import TestSupport
import Testing

/// The uncertainty section of report.html (docs/SPEC.md §10): present once after the costs, its table's
/// figures those of uncertainty.csv, its interval bars inside their axes, and spliced so that a
/// report re-rendered from the same draws is the same text.
@Suite("Uncertainty section of report.html")
struct UncertaintyReportTests {
    /// Two regions; draw 3 infeasible (empty numbers), draw 4 without a gain, draw 5 worse than
    /// the status quo (negative gain).
    static let header = UncertaintyResults.header(regions: ["b_region", "a_region"])
    static let rows: [[String]] = [
        ["1", "optimal", "1000", "200", "50", "5", "1", "2", "1500000", "-1500000", "20", "30"],
        ["2", "optimal", "1100", "150.5", "55", "6", "1.5", "2", "2500000", "-2500000", "22", "33"],
        ["3", "infeasible", "", "", "", "", "", "", "", "", "", ""],
        ["4", "optimal", "1200", "", "60", "7", "2", "3", "-500000", "500000", "25", "35"],
        ["5", "optimal", "1300", "-10", "65", "8", "2.5", "3", "4000000", "-4000000", "27", "38"],
    ]

    static func baseReport() -> String {
        var page = HTMLPage(title: "Osäker", subtitle: "test")
        page.section("Kostnader: plan och nuläge", note: "n", "<p>kostnader</p>\n")
        page.section("Väntelistor", "<p>köer</p>\n")
        return page.rendered()
    }

    static func report() -> String {
        UncertaintyReport.adding(to: baseReport(), header: header, rows: rows, regionNames: ["Region A", "Region B"])
    }

    func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func theSectionFollowsTheCostsOnceAndIsLinked() throws {
        let text = Self.report()
        #expect(occurrences("<section id=\"osakerhet\">", in: text) == 1)
        #expect(occurrences("href=\"#osakerhet\"", in: text) == 1)
        let costs = try #require(text.range(of: "id=\"kostnader-plan-och-nulage\""))
        let section = try #require(text.range(of: "<section id=\"osakerhet\">"))
        let queues = try #require(text.range(of: "id=\"vantelistor\""))
        #expect(costs.upperBound < section.lowerBound && section.upperBound < queues.lowerBound)
        #expect(occurrences("Så läser du diagrammet:", in: text) == 4, "a how-to line per chart")
        // Re-rendering a report that has the section (what merge does with part 1's) replaces it.
        let again = UncertaintyReport.adding(to: text, header: Self.header, rows: Self.rows, regionNames: ["Region A", "Region B"])
        #expect(again == text)
        let other = UncertaintyReport.adding(to: text, header: Self.header, rows: Array(Self.rows.prefix(2)), regionNames: ["Region A", "Region B"])
        #expect(occurrences("<section id=\"osakerhet\">", in: other) == 1)
        #expect(other.contains("2 dragningar, varav 2 lösta till optimum."))
        #expect(SVGChartGeometry.parse(text).count == 4, "the page stays well-formed XML with four charts")
    }

    @Test func theShareOfDrawsBeatingTheStatusQuoCountsOnlyDrawsWithAGain() {
        // Gains: 200, 150.5, −10 (draw 3 has no plan, draw 4 no status quo): 2 of 3.
        #expect(Self.report().contains("5 dragningar, varav 4 lösta till optimum. Planen slår nuläget (vinst över noll) i 2 av 3 dragningar (67 %)."))
    }

    /// The table's figures read back (Swedish format) against uncertainty.csv's, to the decimals shown.
    @Test func theTableHasTheFiguresOfUncertaintyCSV() throws {
        let csv = UncertaintyResults.uncertainty(UncertaintyResults.spreads(header: Self.header, rows: Self.rows), CSVFormat(excel: false))
        let text = Self.report()
        let start = try #require(text.range(of: "<section id=\"osakerhet\">"))
        let section = String(text[start.lowerBound...])
        let tableRows = section.components(separatedBy: "<tr>").dropFirst(2).map { row in
            row.components(separatedBy: "</td>").dropLast().map { cell in String(cell[cell.range(of: ">", options: .backwards)!.upperBound...]) }
        }
        #expect(tableRows.count == csv.rows.count)
        let labels = ["målfunktion, kr", "vinst mot nuläget, kr", "väntande vid slut", "väntande över vårdgarantin vid slut",
                      "överbeläggning, vårdplatsveckor", "akuta överflyttningar, vårdplatsveckor", "nettoavräkning Region A, kr",
                      "nettoavräkning Region B, kr", "väntande vid slut, Region A", "väntande vid slut, Region B"]
        #expect(tableRows.map { $0[0] } == labels)
        for (shown, expected) in zip(tableRows, csv.rows) {
            #expect(shown[1] == expected[1], "n of \(expected[0])")
            let tolerance = expected[0].hasSuffix("bed_weeks") ? 0.05 : 0.5
            for k in 2..<8 {
                let value = try #require(Double(shown[k].replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "−", with: "-")
                    .replacingOccurrences(of: ",", with: ".")), "\(shown[k])")
                #expect(abs(value - Double(expected[k])!) <= tolerance + 1e-9, "\(expected[0]) column \(k): \(shown[k]) against \(expected[k])")
            }
        }
    }

    /// Every band lies inside the plot, every median inside its band, every min–max line inside
    /// the plot, and no label overlaps another or leaves the chart.
    @Test(arguments: [360.0, 760])
    func intervalBarsStayInsideTheirAxes(width: Double) throws {
        let items = [SVGChart.Interval(label: "Gävleborg", p10: -2_500_000, p50: -1_000_000, p90: 1_500_000, min: -4_000_000, max: 2_000_000),
                     SVGChart.Interval(label: "Västmanland", p10: 3_000_000, p50: 3_100_000, p90: 3_200_000, min: 3_000_000, max: 3_200_000)]
        let svg = SVGChart.intervals(title: "Nettoavräkning", items, axisLabel: "miljoner kronor", scale: 1e6, decimals: 1, includeZero: true, width: width)
        let g = try #require(SVGChartGeometry.parse(svg).first)
        let plot = try #require(g.plot)
        let bands = Self.elements("rect", "band", in: svg), medians = Self.elements("line", "median", in: svg), ranges = Self.elements("line", "range", in: svg)
        try #require(bands.count == 2 && medians.count == 2 && ranges.count == 2)
        for k in 0..<2 {
            let (x, w) = (bands[k]["x"]!, bands[k]["width"]!)
            #expect(x >= plot.x - 0.01 && x + w <= plot.x + plot.width + 0.01, "band \(k) leaves the plot")
            #expect(medians[k]["x1"]! >= x - 0.01 && medians[k]["x1"]! <= x + w + 0.01, "median \(k) outside its band")
            #expect(ranges[k]["x1"]! >= plot.x - 0.01 && ranges[k]["x2"]! <= plot.x + plot.width + 0.01 && ranges[k]["x1"]! <= x + 0.01)
        }
        // The zero line lies between the first band's ends (it crosses zero).
        let zero = try #require(g.yAxisX)
        #expect(zero > bands[0]["x"]! && zero < bands[0]["x"]! + bands[0]["width"]!)
        #expect(abs(try #require(g.xAxisY) - (plot.y + plot.height)) < 0.01)
        #expect(g.overlappingLabels.isEmpty, "\(g.overlappingLabels.map { "\($0.0) × \($0.1)" })")
        #expect(g.clippedLabels.isEmpty, "\(g.clippedLabels)")
    }

    /// The base plan is marked in every chart when its row is given, and the axis reaches it even
    /// when it lies outside every draw (the base plan is often the optimistic edge).
    @Test func theBasePlanIsMarkedInsideTheAxes() throws {
        let base = ["0", "optimal", "900", "400", "40", "4", "0.5", "1", "6000000", "-6000000", "15", "25"]
        let text = UncertaintyReport.adding(to: Self.baseReport(), header: Self.header, rows: Self.rows, regionNames: ["Region A", "Region B"],
                                            baseRow: base)
        // Gain, two regions' waiting, over the guarantee, two regions' nets.
        #expect(occurrences("<path class=\"base\"", in: text) == 6)
        #expect(occurrences("Den orangeröda romben är grundplanen", in: text) == 4)
        #expect(occurrences("<path class=\"base\"", in: Self.report()) == 0)
        #expect(text.contains("vinst: grundplanen 0,0"), "the gain's tooltip in million SEK")
        let item = SVGChart.Interval(label: "vinst", p10: 150, p50: 160, p90: 170, min: 140, max: 180, base: 400)
        let svg = SVGChart.intervals(title: "Vinst", [item], axisLabel: "kronor")
        let geometry = try #require(SVGChartGeometry.parse(svg).first)
        let plot = try #require(geometry.plot)
        let path = try #require(svg.components(separatedBy: "<path class=\"base\" d=\"M").dropFirst().first)
        let centre = try #require(Double(path.prefix { $0 != " " }))
        let range = try #require(Self.elements("line", "range", in: svg).first)
        #expect(centre > range["x2"]! && centre <= plot.x + plot.width + 0.01, "the diamond right of every draw, inside the plot")
    }

    /// The numeric attributes of every `<name class="cssClass" …>` in `svg`, in order.
    static func elements(_ name: String, _ cssClass: String, in svg: String) -> [[String: Double]] {
        svg.components(separatedBy: "<\(name) class=\"\(cssClass)\"").dropFirst().map { rest in
            let tag = rest.prefix { $0 != ">" }
            var out: [String: Double] = [:]
            for pair in tag.split(separator: " ") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2, let v = Double(kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"/"))) { out[String(kv[0])] = v }
            }
            return out
        }
    }
}
