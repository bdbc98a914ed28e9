import PlanningData
import SummerPlan

/// report.html of `compare` and of `sweep` result folders.
public enum PriceReports {
    static let n = SVGChart.number

    public static func comparison(_ c: SummerComparison) -> String {
        let a = c.a.plan, b = c.b.plan, d = c.a.inputs.data
        var page = HTMLPage(title: "Jämförelse: \(c.b.inputs.name)",
                            subtitle: "A: \(c.a.inputs.name) (\(SwedishNames.status(a.status))) · B: \(c.b.inputs.name) (\(SwedishNames.status(b.status)))")
        page.settings([("A", c.a.inputs.name), ("B", c.b.inputs.name),
                       ("prislista A", c.a.inputs.priceList ?? "datamängdens"),
                       ("prislista B", c.b.inputs.priceList ?? "datamängdens"),
                       ("veckor", "\(c.a.inputs.settings.weeks.lowerBound)–\(c.a.inputs.settings.weeks.upperBound)"),
                       ("B startad från A:s lösning", SwedishNames.yesNo(c.warmStarted))])
        // All six parts (docs/SPEC.md §3.3), so that the total is the sum of the rows above it.
        let label = ["samverkan", "resor", "väntan", "vårdgaranti", "överbeläggning", "akuta överflyttningar", "totalt"]
        func parts(_ x: SummerCosts?) -> [Double?] { [x?.cooperation, x?.travel, x?.waiting, x?.guarantee, x?.overload, x?.acuteTransfer, x?.total] }
        let pa = parts(a.costs), pb = parts(b.costs)
        page.section("Kostnader", note: "Målfunktionens delar i kronor för A och B och skillnaden B − A.",
                     howToRead: "Ett minus i kolumnen B − A betyder att B kostar mindre i den delen; plus att B kostar mer.",
                     HTMLPage.table(["kostnad", "A", "B", "B − A"], label.indices.map { k in
                         [label[k], pa[k].map { n($0, 0) } ?? "–", pb[k].map { n($0, 0) } ?? "–",
                          pa[k] != nil && pb[k] != nil ? SVGChart.signed(pb[k]! - pa[k]!) : "–"]
                     }, numeric: [1, 2, 3]))
        guard a.costs != nil, b.costs != nil else { return page.rendered() }
        let order = SwedishNames.regionOrder(d)
        page.section("Nettoavräkning per region, A och B", note: "Sålt minus köpt enligt respektive prislista, i kronor.",
                     howToRead: "Varje region har två staplar: A överst, B under. Åt höger säljer regionen mer vård än den köper. Tabellen ger skillnaden B − A.",
                     SVGChart.groupedBars(title: "Nettoavräkning per region: A och B", labels: order.map { d.regions[$0].name },
                                          series: [("A: " + c.a.inputs.name, order.map { a.settlement[$0].net }),
                                                   ("B: " + c.b.inputs.name, order.map { b.settlement[$0].net })])
                        + HTMLPage.table(["region", "A", "B", "B − A"], order.map {
                            [d.regions[$0].name, n(a.settlement[$0].net, 0), n(b.settlement[$0].net, 0), SVGChart.signed(b.settlement[$0].net - a.settlement[$0].net)]
                        }, numeric: [1, 2, 3]))
        let changes = c.largestFlowChanges(limit: 20)
        let name = { (id: String) in d.regions[d.regionIndex[id]!].name }
        page.section("Fall utanför hemregionen: största förändringarna", note: "Behandlade fall under perioden per hemregion, producerande region och specialitet.",
                     howToRead: "Minus betyder att färre patienter skickas den vägen med B:s prislista.",
                     changes.isEmpty ? "<p>Ingen förändring.</p>\n" : HTMLPage.table(["från", "till", "specialitet", "A", "B", "B − A"], changes.map {
                         [name($0.origin), name($0.producer), d.specialties[d.specialtyIndex[$0.specialty]!].name, n($0.a, 1), n($0.b, 1), SVGChart.signed($0.b - $0.a, decimals: 1)]
                     }, numeric: [3, 4, 5]))
        page.section("Väntelista vid periodens slut", howToRead: "Antal väntande efter sista veckan; plus i B − A betyder längre kö med B.", HTMLPage.table(["region", "A", "B", "B − A"], order.map {
            [d.regions[$0].name, n(a.finalWaitingByRegion[$0], 0), n(b.finalWaitingByRegion[$0], 0), SVGChart.signed(b.finalWaitingByRegion[$0] - a.finalWaitingByRegion[$0])]
        }, numeric: [1, 2, 3]))
        return page.rendered()
    }

    public static func sweep(_ points: [SweepPoint], inputs: SummerInputs, price: PriceSelector) -> String {
        let d = inputs.data
        let priceName = SwedishNames.price(specialty: price.specialty, careType: price.careType, level: price.level, d)
        var page = HTMLPage(title: "Priskänslighet: \(priceName)", subtitle: "\(inputs.name) · priset multiplicerat med varje faktor")
        page.settings([("pris", priceName), ("faktorer", points.map { factorLabel($0.factor) }.joined(separator: "; ")),
                       ("veckor", "\(inputs.settings.weeks.lowerBound)–\(inputs.settings.weeks.upperBound)"),
                       ("rutter", SwedishNames.routes(inputs.settings.routes)), ("perspektiv", SwedishNames.perspective(inputs.settings.perspective))])
        let solved = points.filter { $0.outcome.costs != nil }.sorted { $0.factor < $1.factor }
        let order = SwedishNames.regionOrder(d)
        if !solved.isEmpty {
            let series = order.enumerated().map { k, r in
                SVGChart.Series.styled(k, name: d.regions[r].name, points: solved.map { ($0.factor, $0.outcome.settlement[r].net / 1e6) })
            }
            page.section("Nettoavräkning per region mot prisfaktorn", note: "Sålt minus köpt, miljoner kronor, för varje faktor.",
                         howToRead: "Faktorn 1 är prislistan som den är. En linje som stiger åt höger hör till en region som tjänar på ett högre pris; varje region har egen färg, linjetyp och markör.",
                         SVGChart.lines(title: "Nettoavräkning per region mot prisfaktorn för \(priceName)", series: series, xLabel: "prisfaktor",
                                        yLabel: "miljoner kronor", xTicks: solved.map(\.factor), xTickLabel: factorLabel, width: 900, height: 380))
            page.section("Fall utanför hemregionen mot prisfaktorn",
                         howToRead: "Hur många fall som behandlas utanför hemregionen vid varje faktor; en stigande linje betyder att ett högre pris ger mer samverkan.",
                         SVGChart.lines(title: "Fall utanför hemregionen mot prisfaktorn för \(priceName)",
                                        series: [SVGChart.Series(name: "fall utanför hemregionen", color: Palette.categories[0], marker: .circle,
                                                                 points: solved.map { ($0.factor, $0.outcome.casesOutOfRegion) })],
                                        xLabel: "prisfaktor", yLabel: "fall", xTicks: solved.map(\.factor), xTickLabel: factorLabel, width: 900, height: 260,
                                        includeZero: false))
        }
        // Two tables, as on the terminal: one row of seven regions' nets in kronor beside the
        // outcome ran off a 1280-pixel page.
        page.section("Resultat per faktor", HTMLPage.table(["faktor", "status", "målfunktion kr", "fall utanför hemregionen", "väntande vid slutet"],
                                                           points.map { p in
            [factorLabel(p.factor), SwedishNames.status(p.outcome.status), p.outcome.objective.map { n($0, 0) } ?? "–",
             p.outcome.costs == nil ? "–" : n(p.outcome.casesOutOfRegion, 0), p.outcome.costs == nil ? "–" : n(p.outcome.finalWaiting, 0)]
        }, numeric: [2, 3, 4]))
        page.section("Nettoavräkning per faktor", note: "Sålt minus köpt per region, miljoner kronor.",
                     HTMLPage.table(["faktor"] + order.map { d.regions[$0].name }, points.map { p in
            [factorLabel(p.factor)] + order.map { p.outcome.costs == nil ? "–" : SVGChart.signed(p.outcome.settlement[$0].net / 1e6, decimals: 1) }
        }, numeric: Set(1...order.count)))
        return page.rendered()
    }

    static func factorLabel(_ v: Double) -> String { n(v, 2).replacingTrailingZeros }
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
