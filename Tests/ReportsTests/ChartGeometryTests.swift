@testable import Reports
import TestSupport
import Testing

/// Every chart kind: the polyline spans its x axis and stays inside the plot, the x axis sits on
/// the lowest tick, and no two labels overlap or leave the chart (widths estimated from font size).
@Suite("Chart geometry")
struct ChartGeometryTests {
    /// A sweep over factors 0.8…1.2 with seven regions, one of them negative throughout.
    static let sweepSeries: [SVGChart.Series] = (0..<7).map { k in
        SVGChart.Series.styled(k, name: ["Dalarna", "Gävleborg", "Örebro län", "Sörmland", "Uppsala", "Värmland", "Västmanland"][k],
                               points: [0.8, 0.9, 1, 1.1, 1.2].map { f in (f, Double(k - 3) * 9.5 + f * Double(k) * 2) })
    }

    func geometry(_ svg: String) throws -> SVGChartGeometry {
        let charts = SVGChartGeometry.parse(svg)
        try #require(charts.count == 1, "the chart does not parse as one SVG")
        return charts[0]
    }

    func expectLabelsApart(_ g: SVGChartGeometry, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(g.overlappingLabels.isEmpty, "overlapping labels: \(g.overlappingLabels.map { "\($0.0) × \($0.1)" })", sourceLocation: sourceLocation)
        #expect(g.clippedLabels.isEmpty, "labels outside the chart: \(g.clippedLabels)", sourceLocation: sourceLocation)
    }

    @Test("lines span the plot's width and stay inside it", arguments: [360.0, 600, 900])
    func linesSpanTheirAxis(width: Double) throws {
        let svg = SVGChart.lines(title: "Nettoavräkning", series: Self.sweepSeries, xLabel: "prisfaktor", yLabel: "miljoner kronor",
                                 xTicks: [0.8, 0.9, 1, 1.1, 1.2], xTickLabel: { SVGChart.number($0, decimals: 1) }, width: width, height: 380)
        let g = try geometry(svg)
        let plot = try #require(g.plot)
        #expect(g.polylines.count == 7)
        for line in g.polylines {
            let xs = line.map(\.0), ys = line.map(\.1)
            #expect(abs(xs.min()! - plot.x) < 0.01 && abs(xs.max()! - (plot.x + plot.width)) < 0.01, "line spans \(xs.min()!)…\(xs.max()!) of \(plot)")
            #expect(ys.allSatisfy { $0 >= plot.y - 0.01 && $0 <= plot.y + plot.height + 0.01 }, "line leaves the plot: \(ys)")
        }
        // The x axis is the plot's bottom edge and the lowest tick's line.
        let axis = try #require(g.xAxisY)
        #expect(abs(axis - (plot.y + plot.height)) < 0.01)
        #expect(abs((g.gridY.max() ?? -1) - axis) < 0.01, "lowest tick at \(g.gridY.max() ?? -1), axis at \(axis)")
        expectLabelsApart(g)
    }

    @Test func linesOfOnePointOrFlatValuesStayInside() throws {
        let svg = SVGChart.lines(title: "t", series: [SVGChart.Series(name: "a", color: "#000000", points: [(1, 5), (2, 5)])],
                                 xLabel: "x", yLabel: "y", xTicks: [1, 2], xTickLabel: { String(Int($0)) }, includeZero: false)
        let g = try geometry(svg)
        let plot = try #require(g.plot)
        for (x, y) in g.polylines[0] {
            #expect(x >= plot.x - 0.01 && x <= plot.x + plot.width + 0.01 && y >= plot.y - 0.01 && y <= plot.y + plot.height + 0.01)
        }
    }

    @Test func manyWeekTicksAreThinnedNotOverlapped() throws {
        let points = (1...52).map { (Double($0), Double($0 * $0)) }
        let svg = SVGChart.lines(title: "t", series: [SVGChart.Series(name: "plan", color: "#0072B2", points: points)], xLabel: "vecka",
                                 yLabel: "väntande", xTicks: points.map(\.0), xTickLabel: { "vecka \(Int($0))" })
        expectLabelsApart(try geometry(svg))
    }

    /// The summer report's settlement: Dalarna's long positive label and large negatives.
    static let settlement: [(label: String, value: Double)] = [
        ("Dalarna", 28_345_461), ("Gävleborg", -17_137_966), ("Örebro län", 5_152_659), ("Sörmland", -11_494_084),
        ("Uppsala", -1_641_517), ("Värmland", 994_792), ("Västmanland", -4_219_345),
    ]

    @Test func barLabelsNeitherCollideNorClip() throws {
        let g = try geometry(SVGChart.bars(title: "Nettoavräkning per region", Self.settlement))
        expectLabelsApart(g)
        // Every value is written in full.
        for item in Self.settlement {
            #expect(g.texts.contains { $0.text == SVGChart.number(item.value) + "\u{00A0}SEK" }, "\(item.label)")
        }
        let plot = try #require(g.plot)
        #expect(abs((g.xAxisY ?? -1) - (plot.y + plot.height)) < 0.01)
    }

    @Test func groupedBarLabelsNeitherCollideNorClip() throws {
        let g = try geometry(SVGChart.groupedBars(title: "A och B", labels: Self.settlement.map(\.label),
                                                  series: [("A: Sommar 2024 – hela regionen", Self.settlement.map(\.value)),
                                                           ("B: Prislista 2025", Self.settlement.map { -$0.value * 1.3 })]))
        expectLabelsApart(g)
    }

    @Test func stackedBarLabelsNeitherCollideNorClip() throws {
        let labels = ["1. Falu + Karlstad + Västerås", "2. optimal", "38. idag", "92. universitetssjukhusen"]
        let g = try geometry(SVGChart.stackedBars(title: "Kostnad per förslag", labels: labels, parts: ["fasta", "vård", "resor", "straff"],
                                                  values: labels.indices.map { [1e8, 1.2e8 + Double($0) * 1e7, 7e7, $0 == 3 ? 4.9e8 : 0] }))
        expectLabelsApart(g)
    }

    @Test func heatMapLegendAndLabelsFit() throws {
        let rows = ["Akademiska sjukhuset", "Universitetssjukhuset Örebro", "Torsby"]
        let columns = (25...34).map { "v\($0)" }
        let values: [[Double?]] = rows.indices.map { r in columns.indices.map { c in c == 3 && r == 1 ? nil : 0.5 + Double(r + c) * 0.07 } }
        let marked = values.map { $0.map { ($0 ?? 0) > 1 } }
        let g = try geometry(SVGChart.heatMap(title: "Beläggning", rows: rows, columns: columns, values: values, marked: marked,
                                              scaleMax: 1.2, legend: "belagda av bemannade vårdplatser",
                                              markLegend: "överbeläggning i någon specialitet: se tabellen under kartan", cellWidth: 34))
        expectLabelsApart(g)
        // A heat map of two weeks still has room for its legend.
        let narrow = try geometry(SVGChart.heatMap(title: "t", rows: ["A"], columns: ["v1", "v2"], values: [[0.5, 1.1]], marked: [[false, true]],
                                                   scaleMax: 1.2, legend: "belagda av bemannade vårdplatser", markLegend: "överbeläggning"))
        expectLabelsApart(narrow)
    }

    @Test func matrixLabelsFit() throws {
        let names = ["Dalarna", "Gävleborg", "Örebro län", "Sörmland", "Uppsala", "Värmland", "Västmanland"]
        let values = names.indices.map { r in names.indices.map { c in r == c ? 123_456.0 : Double(r * 10 + c) } }
        expectLabelsApart(try geometry(SVGChart.matrix(title: "t", rows: names, columns: names, values: values, rowAxis: "hemregion",
                                                       columnAxis: "producerande region")))
        let pairs = names.map { "\($0) → Västmanland" }
        expectLabelsApart(try geometry(SVGChart.matrix(title: "t", rows: pairs, columns: (25...34).map { "v\($0)" },
                                                       values: pairs.map { _ in (25...34).map { Double($0 * 37) } }, rowAxis: "flöde", columnAxis: "vecka")))
    }

    @Test func ticksCoverTheDataFromARoundValue() {
        for (low, high) in [(0.0, 28_345_461.0), (-35_046_066, 30_195_887), (252_571, 252_913), (-0.3, 0.2), (5, 5)] {
            let t = SVGChart.ticks(low, high, count: 5)
            #expect(t.first! <= low && t.last! >= high, "\(t) for \(low)…\(high)")
            #expect(t.count >= 2 && t.count <= 12, "\(t)")
        }
    }
}

@Suite("Colours")
struct PaletteTests {
    @Test("every line and bar colour has contrast ≥ 3:1 on white", arguments: Palette.categories + [Palette.positive, Palette.negative, Palette.neutral])
    func contrastOnWhite(colour: String) {
        #expect(Palette.contrast(colour, "#FFFFFF") >= 3, "\(colour): \(Palette.contrast(colour, "#FFFFFF"))")
    }

    @Test func contrastMatchesWCAGReferenceValues() {
        #expect(abs(Palette.contrast("#000000", "#FFFFFF") - 21) < 1e-9)
        #expect(abs(Palette.contrast("#767676", "#FFFFFF") - 4.54) < 0.01)
        #expect(Palette.contrast("#F0E442", "#FFFFFF") < 3)  // Okabe–Ito yellow: what Örebro län's line used to be
    }

    @Test func seriesDifferInShapeAndDashNotOnlyColour() {
        let styles = (0..<8).map { SVGChart.Series.styled($0, name: "", points: []) }
        #expect(Set(styles.map(\.color)).count == 8)
        #expect(Set(styles.map { "\($0.dash ?? "solid")|\($0.marker)" }).count == 8, "dash and marker pairs repeat within 8")
    }

    @Test func cellTextReadsOnEveryHeatMapColour() {
        for k in 0...20 {
            let fill = Palette.sequential(Double(k) / 20)
            #expect(Palette.contrast(Palette.text(on: fill), fill) >= 4.5, "\(fill)")
        }
    }
}
