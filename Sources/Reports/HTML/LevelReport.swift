import Foundation
import LevelStructuring
import PlanningData

/// report.html of a level-structuring result folder.
public enum LevelReport {
    static let n = SVGChart.number

    public static func render(_ run: LevelStructuringRun) -> String {
        let p = run.problem, d = p.data, s = p.inputs
        let status = run.optimal.map { $0.status } ?? .notSolved
        var page = HTMLPage(title: s.name, subtitle: "Nivåstrukturering: \(d.specialties[p.inputs.specialty].name), \(s.settings.careType.swedishName) · "
            + "\(n(p.totalDemand, 0)) fall per år från \(d.municipalities.count) kommuner · \(p.candidates.count) kandidater · status: \(SwedishNames.status(status))")
        page.settings([("fall per 100 000 invånare", n(s.settings.casesPer100k, 1)), ("minsta volym", n(p.minVolume, 0) + " fall per enhet"),
                       ("antal enheter", "\(p.sitesMin)–\(p.sitesMax)"), ("längsta restid", p.maxTravelMinutes.map { n($0, 0) + " min" } ?? "ingen gräns"),
                       ("restidskostnad", n(s.settings.travelCostSEKPerMinute, 0) + " kr per minut"), ("straff obetjänat fall", n(s.settings.unservedPenaltySEK, 0) + " kr"),
                       ("straff för låg volym", n(s.settings.shortfallPenaltySEK, 0) + " kr per fall"), ("optimum beräknas", SwedishNames.yesNo(s.settings.optimize)),
                       ("prislista", s.priceList ?? "datamängdens"), ("data", s.dataFolder)])
        var summary = ""
        if let o = run.optimal {
            if let open = o.open, let row = run.rows.first(where: { $0.name == "optimal" }) {
                summary = "<p>Optimum (\(SwedishNames.status(o.status))): <strong>\(HTMLPage.escape(open.map { d.hospitals[p.candidates[$0]].name }.joined(separator: ", ")))</strong>, \(n(row.totalCost, 0)) kr per år.</p>\n"
            } else if let reason = run.infeasibilityInSwedish {
                summary = "<p>Optimum: \(SwedishNames.status(o.status)). Orsak: \(HTMLPage.escape(reason)).</p>\n"
            } else {
                summary = "<p>Optimum: \(SwedishNames.status(o.status)).</p>\n"
            }
        } else {
            summary = "<p>Optimum: ej beräknat (optimize: false).</p>\n"
        }
        summary += "<p>\(run.rows.count) förslag rangordnade efter kostnad plus straffkostnader. Se \(HTMLPage.link("#rangordning", "rangordningen")) och \(HTMLPage.link("#avrakning", "avräkningen per region")).</p>\n"
        page.section("Sammanfattning", summary)
        if let best = run.rows.first {
            let bestName = SwedishNames.sites(best.name, d)
            page.section("Karta: \(bestName)",
                         note: "Kommunerna (cirklar, storlek efter efterfrågan) med linjer till sjukhuset som tar deras fall. Fyllda kvadrater är öppna enheter, ringar med grått namn övriga kandidater. Tunna grå linjer är ungefärliga regiongränser: det konvexa höljet kring varje regions kommuner och sjukhus, inte de verkliga länsgränserna"
                            + (p.maxTravelMinutes.map { "; streckade cirklar visar \(n($0, 0)) minuters restid." } ?? "."),
                         howToRead: "Långa linjer betyder lång restid; orange kommuner har fall som ingen öppen enhet tar.",
                         map(run, best))
            page.section("Volym per enhet: \(bestName)", note: "Fall per år vid varje öppen enhet mot minsta volym (streckad linje).",
                         howToRead: "En stapel som slutar före den streckade linjen är en enhet under minsta volym.", volumes(run, best))
            page.section("Avräkning per region: \(bestName)", id: "avrakning",
                         note: "Producerade fall, sålt och köpt enligt prislistan, och netto per region för det förstarankade förslaget (regions.csv).",
                         howToRead: "Blå stapel: regionen säljer mer vård än den köper; orange: den köper mer.",
                         SVGChart.bars(title: "Nettoavräkning per region, \(bestName)", SwedishNames.regionOrder(d).map { (d.regions[$0].name, best.sold[$0] - best.bought[$0]) })
                            + HTMLPage.table(["region", "producerade fall", "sålt", "köpt", "netto"], SwedishNames.regionOrder(d).map { r in
                                [d.regions[r].name, n(best.casesProduced[r], 0), n(best.sold[r], 0) + " kr", n(best.bought[r], 0) + " kr",
                                 SVGChart.signed(best.sold[r] - best.bought[r]) + " kr"]
                            }, numeric: [1, 2, 3, 4]))
        }
        let shown = shownRows(run)
        let top = shown.map { run.rows[$0] }
        let named = Set(s.proposals.map(\.name) + ["optimal"])
        page.section("Rangordning av förslagen", id: "rangordning",
                     note: "De \(min(15, run.rows.count)) billigaste förslagen av \(run.rows.count)\(shown.count > min(15, run.rows.count) ? " och scenariots namngivna förslag (fetstil) var de än hamnar" : ""); kostnaden delad i fasta kostnader, vårdkostnad, restid och straff för obetjänade fall eller för låg volym.",
                     howToRead: "Kortare stapel är billigare. Straff (fjärde färgen) betyder att förslaget lämnar fall obetjänade eller en enhet under minsta volym.",
                     SVGChart.stackedBars(title: "Kostnad per förslag, \(s.name)", labels: zip(shown, top).map { "\($0 + 1). \(SwedishNames.shortSites($1.name, d))" },
                                          parts: ["fasta", "vård", "resor", "straff"],
                                          values: top.map { [$0.fixedCost, $0.caseCost, $0.travelCost, $0.penalty] },
                                          width: 1000, highlighted: Set(top.indices.filter { named.contains(top[$0].name) }))
                        + HTMLPage.table(["rang", "förslag", "enheter", "total kr", "medelrestid", "längsta restid", "inom 60 min", "inom 90 min", "skillnad mot optimum", "genomförbart"],
                                         zip(shown, top).map { k, r in [String(k + 1), SwedishNames.sites(r.name, d), String(r.open.count), n(r.totalCost, 0), r.meanTravelMinutes.map { n($0, 1) + " min" } ?? "–",
                                                         r.maxTravelMinutes.map { n($0, 0) + " min" } ?? "–", n(r.shareWithin60 * 100, 0) + " %",
                                                         n(r.shareWithin90 * 100, 0) + " %", r.gapVsOptimal.map { n($0 * 100, 1) + " %" } ?? "–",
                                                         SwedishNames.yesNo(r.feasible)] },
                                         numeric: [0, 2, 3, 4, 5, 6, 7, 8]))
        return page.rendered()
    }

    /// Indices into `run.rows` of the ranking shown: the 15 cheapest, then every proposal the
    /// scenario names and the optimum, wherever they rank.
    static func shownRows(_ run: LevelStructuringRun) -> [Int] {
        let named = Set(run.problem.inputs.proposals.map(\.name) + ["optimal"])
        return run.rows.indices.filter { $0 < 15 || named.contains(run.rows[$0].name) }
    }

    static func map(_ run: LevelStructuringRun, _ best: ProposalResult) -> String {
        let p = run.problem, d = p.data
        let lats = d.municipalities.map(\.latitude) + p.candidates.map { d.hospitals[$0].latitude }
        let lons = d.municipalities.map(\.longitude) + p.candidates.map { d.hospitals[$0].longitude }
        let lat0 = (lats.min()! + lats.max()!) / 2, k = cos(lat0 * .pi / 180)
        let width = 720.0, height = 600.0, margin = 30.0
        let spanX = (lons.max()! - lons.min()!) * k, spanY = lats.max()! - lats.min()!
        let scale = min((width - 2 * margin) / max(spanX, 1e-6), (height - 2 * margin) / max(spanY, 1e-6))
        func x(_ lon: Double) -> Double { margin + (lon - lons.min()!) * k * scale }
        func y(_ lat: Double) -> Double { height - margin - (lat - lats.min()!) * scale }
        let f = SVGChart.f
        var out = SVGChart.open(width, height, title: "Karta över \(SwedishNames.sites(best.name, d)): kommuner, öppna enheter och vart fallen går", cssClass: "map")
        out += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#fbfbf8\"/>"
        let open = Set(best.open)
        // Approximate region borders: the convex hull of each region's municipalities and hospitals.
        for (r, region) in d.regions.enumerated() {
            let points = d.municipalities.filter { $0.region == r }.map { (x($0.longitude), y($0.latitude)) }
                + d.hospitals.filter { $0.region == r }.map { (x($0.longitude), y($0.latitude)) }
            guard points.count >= 3 else { continue }
            let hull = convexHull(points)
            out += "<polygon points=\"\(hull.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1\" stroke-linejoin=\"round\"><title>\(SVGChart.e(region.name)) (ungefärlig gräns)</title></polygon>"
            let cx = points.map(\.0).reduce(0, +) / Double(points.count), cy = points.map(\.1).reduce(0, +) / Double(points.count)
            out += SVGChart.text(cx, cy, region.name.uppercased(), size: 12, anchor: "middle", fill: "#9a9a9a", weight: "bold")
        }
        if let limit = p.maxTravelMinutes {
            // minutes = km × 1.25 ÷ 75 × 60: the reach in km equals the minutes; 111.195 km a degree.
            let radius = limit * TravelTable.speedKilometresPerHour / 60 / TravelTable.detourFactor / (TravelTable.earthRadiusKilometres * .pi / 180) * scale
            for c in best.open {
                let h = d.hospitals[p.candidates[c]]
                out += "<circle cx=\"\(f(x(h.longitude)))\" cy=\"\(f(y(h.latitude)))\" r=\"\(f(radius))\" fill=\"none\" stroke=\"#0072B2\" stroke-dasharray=\"5 4\" stroke-opacity=\"0.6\"/>"
            }
        }
        for (m, list) in run.bestAssignment.enumerated() {
            let mun = d.municipalities[m]
            for a in list where a.cases > 1e-9 {
                let h = d.hospitals[p.candidates[a.candidate]]
                let share = p.demand[m] > 0 ? a.cases / p.demand[m] : 0
                out += "<line x1=\"\(f(x(mun.longitude)))\" y1=\"\(f(y(mun.latitude)))\" x2=\"\(f(x(h.longitude)))\" y2=\"\(f(y(h.latitude)))\" stroke=\"#009E73\" stroke-opacity=\"\(f(0.25 + 0.5 * share))\" stroke-width=\"1.2\"/>"
            }
        }
        let maxDemand = max(p.demand.max() ?? 1, 1e-9)
        for (m, mun) in d.municipalities.enumerated() {
            let unserved = (run.bestAssignment.indices.contains(m) ? run.bestAssignment[m].reduce(0) { $0 + $1.cases } : 0) < p.demand[m] - 1e-6
            out += "<circle cx=\"\(f(x(mun.longitude)))\" cy=\"\(f(y(mun.latitude)))\" r=\"\(f(2 + 9 * sqrt(p.demand[m] / maxDemand)))\" fill=\"\(unserved ? "#D55E00" : "#56B4E9")\" fill-opacity=\"0.7\" stroke=\"#fff\" stroke-width=\"0.5\"><title>\(SVGChart.e(mun.name)): \(n(p.demand[m], 1)) fall per år\(unserved ? ", delvis obetjänad" : "")</title></circle>"
        }
        for (c, h) in p.candidates.enumerated() {
            let hospital = d.hospitals[h], cx = x(hospital.longitude), cy = y(hospital.latitude)
            if open.contains(c) {
                out += "<rect x=\"\(f(cx - 6))\" y=\"\(f(cy - 6))\" width=\"12\" height=\"12\" fill=\"#D55E00\" stroke=\"#000\"><title>\(SVGChart.e(hospital.name)): öppen enhet</title></rect>"
                out += SVGChart.text(cx + 9, cy - 7, hospital.name, size: 11, fill: "#000", weight: "bold")
            } else {
                out += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"5\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"1.5\"><title>\(SVGChart.e(hospital.name)): kandidat, stängd i förslaget</title></circle>"
                out += SVGChart.text(cx + 8, cy + 4, hospital.name, size: 9, fill: "#555")
            }
        }
        return out + "</svg>\n"
    }

    /// The convex hull of points (Andrew's monotone chain), counter-clockwise.
    static func convexHull(_ points: [(Double, Double)]) -> [(Double, Double)] {
        let sorted = points.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        func cross(_ o: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
            (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
        }
        var lower: [(Double, Double)] = [], upper: [(Double, Double)] = []
        for p in sorted {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
            lower.append(p)
        }
        for p in sorted.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    static func volumes(_ run: LevelStructuringRun, _ best: ProposalResult) -> String {
        let p = run.problem, d = p.data
        let items = best.open.enumerated().map { (k, c) in (label: d.hospitals[p.candidates[c]].name, value: best.volumes[k]) }
        let labels = items.map { n($0.value, 0) + ($0.value >= p.minVolume - 1e-6 ? "" : " (under minsta volym)") }
        let width = 760.0, row = 26.0, top = 10.0, bottom = 30.0
        let left = (items.map { SVGChart.textWidth($0.label, size: 11) }.max() ?? 60) + 16
        let right = (labels.map { SVGChart.textWidth($0, size: 10) }.max() ?? 40) + 12
        let height = top + bottom + row * Double(items.count)
        let high = max(items.map(\.value).max() ?? 1, p.minVolume) * 1.1
        let f = SVGChart.f
        func x(_ v: Double) -> Double { left + v / max(high, 1e-9) * (width - left - right) }
        var out = SVGChart.open(width, height, title: "Volym per öppen enhet mot minsta volym, \(SwedishNames.sites(best.name, d))")
        for (k, item) in items.enumerated() {
            let y = top + Double(k) * row
            let meets = item.value >= p.minVolume - 1e-6
            out += SVGChart.text(left - 8, y + 17, item.label, anchor: "end")
            out += "<rect x=\"\(f(left))\" y=\"\(f(y + 4))\" width=\"\(f(max(0.5, x(item.value) - left)))\" height=\"\(f(row - 8))\" fill=\"\(meets ? Palette.positive : Palette.negative)\"><title>\(SVGChart.e(item.label)): \(n(item.value, 0)) fall per år</title></rect>"
            out += SVGChart.text(x(item.value) + 4, y + 17, labels[k], size: 10)
        }
        if p.minVolume > 0 {
            out += "<line x1=\"\(f(x(p.minVolume)))\" y1=\"\(f(top))\" x2=\"\(f(x(p.minVolume)))\" y2=\"\(f(height - bottom))\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>"
            out += SVGChart.text(x(p.minVolume), height - bottom + 16, "minsta volym \(n(p.minVolume, 0))", size: 10, anchor: "middle")
        }
        return out + "</svg>\n"
    }
}
