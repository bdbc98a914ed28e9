import PlanningData
import Scenario
import SummerPlan

/// report.html of `compare` and of `sweep` result folders.
public enum PriceReports {
    static let n = SVGChart.number

    public static func comparison(_ c: SummerComparison) -> String {
        let a = c.a.plan, b = c.b.plan, d = c.a.prepared.data
        var page = HTMLPage(title: "Jämförelse: \(c.b.prepared.scenario.name)",
                            subtitle: "A: \(c.a.prepared.scenario.name) · B: \(c.b.prepared.scenario.name)")
        let label = ["samverkan", "resor", "väntan", "överbeläggning", "totalt"]
        func parts(_ x: SummerCosts?) -> [Double?] { [x?.cooperation, x?.travel, x?.waiting, x?.overload, x?.total] }
        let pa = parts(a.costs), pb = parts(b.costs)
        page.section("Kostnader", note: "Målfunktionens delar i kronor för A och B och skillnaden B − A.",
                     HTMLPage.table(["kostnad", "A", "B", "B − A"], label.indices.map { k in
                         [label[k], pa[k].map { n($0, 0) } ?? "–", pb[k].map { n($0, 0) } ?? "–",
                          pa[k] != nil && pb[k] != nil ? n(pb[k]! - pa[k]!, 0) : "–"]
                     }, numeric: [1, 2, 3]))
        guard a.costs != nil, b.costs != nil else { return page.rendered() }
        let order = d.regions.indices.sorted { d.regions[$0].name < d.regions[$1].name }
        page.section("Nettoavräkning per region, A och B", note: "Sålt minus köpt enligt respektive prislista, i kronor.",
                     SVGChart.groupedBars(title: "Nettoavräkning per region: A och B", labels: order.map { d.regions[$0].name },
                                          series: [("A: " + c.a.prepared.scenario.name, order.map { a.settlement[$0].net }),
                                                   ("B: " + c.b.prepared.scenario.name, order.map { b.settlement[$0].net })]))
        let changes = c.largestFlowChanges(limit: 20)
        let name = { (id: String) in d.regions[d.regionIndex[id]!].name }
        page.section("Fall utanför hemregionen: största förändringarna", note: "Behandlade fall under perioden per hemregion, producerande region och specialitet.",
                     changes.isEmpty ? "<p>Ingen förändring.</p>\n" : HTMLPage.table(["från", "till", "specialitet", "A", "B", "B − A"], changes.map {
                         [name($0.origin), name($0.producer), d.specialties[d.specialtyIndex[$0.specialty]!].name, n($0.a, 1), n($0.b, 1), n($0.b - $0.a, 1)]
                     }, numeric: [3, 4, 5]))
        page.section("Väntelista vid periodens slut", HTMLPage.table(["region", "A", "B", "B − A"], order.map {
            [d.regions[$0].name, n(a.finalWaitingByRegion[$0], 0), n(b.finalWaitingByRegion[$0], 0), n(b.finalWaitingByRegion[$0] - a.finalWaitingByRegion[$0], 0)]
        }, numeric: [1, 2, 3]))
        return page.rendered()
    }

    public static func sweep(_ points: [SweepPoint], prepared: PreparedSummer, price: String) -> String {
        let d = prepared.data
        var page = HTMLPage(title: "Priskänslighet: \(price)", subtitle: "\(prepared.scenario.name) · priset multiplicerat med varje faktor")
        let solved = points.filter { $0.outcome.costs != nil }.sorted { $0.factor < $1.factor }
        let order = d.regions.indices.sorted { d.regions[$0].name < d.regions[$1].name }
        let factorLabel = { (v: Double) in n(v, 2).replacingTrailingZeros }
        if !solved.isEmpty {
            let series = order.enumerated().map { (k, r) in
                (name: d.regions[r].name, color: Palette.categories[k % Palette.categories.count], dashed: k >= Palette.categories.count,
                 points: solved.map { ($0.factor, $0.outcome.settlement[r].net / 1e6) })
            }
            page.section("Nettoavräkning per region mot prisfaktorn", note: "Sålt minus köpt, miljoner kronor, för varje faktor.",
                         SVGChart.lines(title: "Nettoavräkning per region mot prisfaktorn för \(price)", series: series, xLabel: "prisfaktor",
                                        yLabel: "miljoner kronor", xTicks: solved.map(\.factor), xTickLabel: factorLabel, width: 900, height: 380, yDecimals: 1))
            page.section("Fall utanför hemregionen mot prisfaktorn",
                         SVGChart.lines(title: "Fall utanför hemregionen mot prisfaktorn för \(price)",
                                        series: [("fall utanför hemregionen", Palette.categories[0], false, solved.map { ($0.factor, $0.outcome.casesOutOfRegion) })],
                                        xLabel: "prisfaktor", yLabel: "fall", xTicks: solved.map(\.factor), xTickLabel: factorLabel, width: 600, height: 240))
        }
        page.section("Resultat per faktor", HTMLPage.table(["faktor", "status", "målfunktion kr", "fall utanför hemregionen", "väntande vid slutet"] + order.map { "netto " + d.regions[$0].name },
                                                           points.map { p in
            [factorLabel(p.factor), p.outcome.status.rawValue, p.outcome.objective.map { n($0, 0) } ?? "–",
             p.outcome.costs == nil ? "–" : n(p.outcome.casesOutOfRegion, 0), p.outcome.costs == nil ? "–" : n(p.outcome.finalWaiting, 0)]
                + order.map { p.outcome.costs == nil ? "–" : n(p.outcome.settlement[$0].net, 0) }
        }, numeric: Set(2..<(5 + order.count))))
        return page.rendered()
    }
}

private extension String {
    /// "1,10" → "1,1", "1,00" → "1".
    var replacingTrailingZeros: String {
        guard contains(",") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(",") { s.removeLast() }
        return s
    }
}
