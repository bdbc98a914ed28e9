import PlanningData
import Scenario
import SummerPlan

/// report.html of a summer result folder.
public enum SummerReport {
    static let n = SVGChart.number

    public static func render(_ run: SummerRun) -> String {
        let s = run.prepared.scenario, d = run.prepared.data, plan = run.plan
        var page = HTMLPage(title: s.name, subtitle: "Sommarplan för samverkan, vecka \(s.weeks.lowerBound)–\(s.weeks.upperBound) · "
            + "rutter: \(s.routes.rawValue) · perspektiv: \(s.perspective == .region ? "hemregionens" : "hela sjukvårdsregionens") · status: \(plan.status.rawValue)")
        page.section("Kostnader: plan och nuläge", note: "Målfunktionens fyra delar i kronor. Nuläget är samma scenario med enbart dagens remissvägar.",
                     costs(run))
        guard plan.costs != nil else { return page.rendered() }
        page.section("Väntelistor per region vecka för vecka",
                     note: "Antal väntande i slutet av varje vecka: planen (heldragen), nuläget (streckad) och väntelistan vid start (prickad).",
                     waitingCharts(run))
        page.section("Beläggning per sjukhus och vecka",
                     note: "Belagda vårdplatser (akuta och planerade) delat med bemannade vårdplatser. Röd ram och ! markerar överbeläggning. Klicka på en specialitet för dess karta.",
                     occupancy(run))
        page.section("Patienter från hemregion till producerande region",
                     note: "Behandlade fall under perioden, alla specialiteter. Diagonalen är regionens egen vård; resten är samverkan.",
                     flowMatrix(run))
        let settlement = plan.settlement.map { (label: d.regions[$0.region].name, value: $0.net) }
        page.section("Nettoavräkning per region", note: "Sålt minus köpt enligt prislistan, i kronor: positivt för en region som säljer vård till andra.",
                     SVGChart.bars(title: "Nettoavräkning per region, \(s.name)", settlement))
        page.section("Vårdplatserna som är värda mest", note: "Hur mycket målfunktionen minskar med en bemannad vårdplats till den veckan (skuggpris).",
                     bedValues(run))
        SummerReportV2.add(run, to: &page)
        return page.rendered()
    }

    static func costs(_ run: SummerRun) -> String {
        let plan = run.plan.costs, sq = run.statusQuo?.costs
        let label = ["samverkan", "resor", "väntan", "överbeläggning", "totalt"]
        func parts(_ c: SummerCosts?) -> [Double?] { [c?.cooperation, c?.travel, c?.waiting, c?.overload, c?.total] }
        let a = parts(plan), b = parts(sq)
        var rows: [[String]] = []
        for k in label.indices {
            rows.append([label[k], a[k].map { n($0, 0) + " kr" } ?? "–", b[k].map { n($0, 0) + " kr" } ?? "–"])
        }
        var out = HTMLPage.table(["kostnad", "plan", "nuläge"], rows, numeric: [1, 2])
        if let gain = run.gainVsStatusQuo {
            out += "<p>Vinst mot nuläget: <strong>\(n(gain, 0)) kr</strong>. Behandlade fall: \(n(run.plan.casesTreated, 0)), varav \(n(run.plan.casesOutOfRegion, 0)) utanför hemregionen.</p>\n"
        }
        return out
    }

    /// Σ waiting per region and week, with the backlog as the week before the horizon.
    static func waitingByRegion(_ outcome: SummerOutcome, _ weeks: ClosedRange<Int>, regions: Int) -> [[(Double, Double)]] {
        var sums = [[Double]](repeating: [Double](repeating: 0, count: weeks.count), count: regions)
        for w in outcome.waiting { sums[w.key.region][w.week - weeks.lowerBound] += w.waiting }
        return (0..<regions).map { r in
            [(Double(weeks.lowerBound - 1), outcome.startWaitingByRegion[r])] + weeks.map { (Double($0), sums[r][$0 - weeks.lowerBound]) }
        }
    }

    static func waitingCharts(_ run: SummerRun) -> String {
        let s = run.prepared.scenario, d = run.prepared.data
        let plan = waitingByRegion(run.plan, s.weeks, regions: d.regions.count)
        let sq = run.statusQuo.flatMap { $0.costs == nil ? nil : waitingByRegion($0, s.weeks, regions: d.regions.count) }
        let ticks = stride(from: s.weeks.lowerBound - 1, through: s.weeks.upperBound, by: max(1, s.weeks.count / 5)).map(Double.init)
        var out = "<div class=\"grid\">\n"
        for r in d.regions.indices {
            var series: [(name: String, color: String, dashed: Bool, points: [(Double, Double)])] = [("plan", Palette.categories[0], false, plan[r])]
            if let sq { series.append(("nuläge", Palette.categories[1], true, sq[r])) }
            let start = run.plan.startWaitingByRegion[r]
            series.append(("start", Palette.neutral, true, [(Double(s.weeks.lowerBound - 1), start), (Double(s.weeks.upperBound), start)]))
            out += "<div><h3>\(HTMLPage.escape(d.regions[r].name))</h3>"
            out += SVGChart.lines(title: "Väntande i \(d.regions[r].name), vecka för vecka", series: series, xLabel: "vecka", yLabel: "väntande",
                                  xTicks: ticks, xTickLabel: { String(Int($0)) })
            out += "</div>\n"
        }
        return out + "</div>\n"
    }

    static func occupancy(_ run: SummerRun) -> String {
        let s = run.prepared.scenario, d = run.prepared.data
        let weeks = Array(s.weeks)
        let rows = run.plan.occupancy
        func map(_ filter: (OccupancyResult) -> Bool, title: String) -> String {
            let hospitals = Array(Set(rows.filter(filter).map(\.hospital))).sorted { d.hospitals[$0].name < d.hospitals[$1].name }
            guard !hospitals.isEmpty else { return "" }
            var values = [[Double?]](repeating: [Double?](repeating: nil, count: weeks.count), count: hospitals.count)
            var marked = [[Bool]](repeating: [Bool](repeating: false, count: weeks.count), count: hospitals.count)
            var staffed = values.map { $0.map { _ in 0.0 } }, occupied = staffed, over = staffed
            let index = Dictionary(uniqueKeysWithValues: hospitals.enumerated().map { ($1, $0) })
            for r in rows where filter(r) {
                guard let i = index[r.hospital] else { continue }
                let w = r.week - s.weeks.lowerBound
                staffed[i][w] += r.staffedBeds
                occupied[i][w] += r.acuteBeds + r.electiveBeds
                over[i][w] += r.overloadBeds
            }
            for i in hospitals.indices {
                for w in weeks.indices {
                    if staffed[i][w] > 0 { values[i][w] = occupied[i][w] / staffed[i][w] }
                    marked[i][w] = over[i][w] > 1e-6
                }
            }
            return SVGChart.heatMap(title: title, rows: hospitals.map { d.hospitals[$0].name }, columns: weeks.map { "v\($0)" },
                                    values: values, marked: marked, scaleMax: 1.2, legend: "belagda av bemannade vårdplatser")
        }
        var out = map({ _ in true }, title: "Beläggning per sjukhus och vecka, alla specialiteter")
        for sp in d.specialties.indices.sorted(by: { d.specialties[$0].name < d.specialties[$1].name }) {
            let chart = map({ $0.specialty == sp }, title: "Beläggning per sjukhus och vecka, \(d.specialties[sp].name)")
            if !chart.isEmpty { out += HTMLPage.details(d.specialties[sp].name, chart) }
        }
        return out
    }

    static func flowMatrix(_ run: SummerRun) -> String {
        let d = run.prepared.data
        let order = d.regions.indices.sorted { d.regions[$0].name < d.regions[$1].name }
        var values = [[Double]](repeating: [Double](repeating: 0, count: d.regions.count), count: d.regions.count)
        for f in run.plan.flows { values[f.region][d.hospitals[f.hospital].region] += f.cases }
        let names = order.map { d.regions[$0].name }
        return SVGChart.matrix(title: "Behandlade fall från hemregion (rad) till producerande region (kolumn)", rows: names, columns: names,
                               values: order.map { r in order.map { values[r][$0] } }, rowAxis: "hemregion", columnAxis: "producerande region")
    }

    static func bedValues(_ run: SummerRun) -> String {
        let d = run.prepared.data
        let top = run.plan.bedsWorthMost(d, limit: 15)
        guard !top.isEmpty else { return "<p>Ingen vårdplats är värd något extra: ingen platsbegränsning binder.</p>\n" }
        return HTMLPage.table(["sjukhus", "specialitet", "vecka", "vårdplatser", "beläggning", "kronor per extra vårdplats"],
                              top.map { [d.hospitals[$0.hospital].name, d.specialties[$0.specialty].name, String($0.week), n($0.staffedBeds, 0),
                                         $0.occupancy.map { n($0 * 100, 0) + " %" } ?? "–", n($0.bedValue!, 0)] },
                              numeric: [2, 3, 4, 5])
    }
}
