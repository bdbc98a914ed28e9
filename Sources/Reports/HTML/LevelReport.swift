import Foundation
import LevelStructuring
import PlanningData
import Scenario

/// report.html of a level-structuring result folder.
public enum LevelReport {
    static let n = SVGChart.number

    public static func render(_ run: LevelStructuringRun) -> String {
        let p = run.problem, d = p.data, s = p.prepared.scenario
        var page = HTMLPage(title: s.name, subtitle: "Nivåstrukturering: \(d.specialties[p.prepared.specialty].name), \(s.procedure.careType.swedishName) · "
            + "\(n(p.totalDemand, 0)) fall per år från \(d.municipalities.count) kommuner · \(p.candidates.count) kandidater · minsta volym \(n(p.minVolume, 0))")
        var summary = ""
        if let o = run.optimal {
            if let open = o.open, let row = run.rows.first(where: { $0.name == "optimal" }) {
                summary = "<p>Optimum (\(o.status.rawValue)): <strong>\(HTMLPage.escape(open.map { d.hospitals[p.candidates[$0]].name }.joined(separator: ", ")))</strong>, \(n(row.totalCost, 0)) kr per år.</p>\n"
            } else {
                summary = "<p>Optimum: \(o.status.rawValue). \(HTMLPage.escape(o.explanation ?? ""))</p>\n"
            }
        } else {
            summary = "<p>Optimum: ej beräknat (optimize: false).</p>\n"
        }
        summary += "<p>\(run.rows.count) förslag rangordnade efter kostnad plus straffkostnader.</p>\n"
        page.section("Sammanfattning", summary)
        if let best = run.rows.first {
            page.section("Karta: \(best.name)",
                         note: "Kommunerna (cirklar, storlek efter efterfrågan) med linjer till sjukhuset som tar deras fall. Fyllda kvadrater är öppna enheter, ringar övriga kandidater"
                            + (p.maxTravelMinutes.map { "; streckade cirklar visar \(n($0, 0)) minuters restid." } ?? "."),
                         map(run, best))
            page.section("Volym per enhet: \(best.name)", note: "Fall per år vid varje öppen enhet mot minsta volym (streckad linje).", volumes(run, best))
        }
        let top = Array(run.rows.prefix(15))
        page.section("Rangordning av förslagen", note: "De \(top.count) billigaste förslagen; kostnaden delad i fasta kostnader, vårdkostnad, restid och straff för obetjänade fall eller för låg volym.",
                     SVGChart.stackedBars(title: "Kostnad per förslag, \(s.name)", labels: top.map(\.name),
                                          parts: ["fasta", "vård", "resor", "straff"],
                                          values: top.map { [$0.fixedCost, $0.caseCost, $0.travelCost, $0.penalty] })
                        + HTMLPage.table(["förslag", "enheter", "total kr", "medelrestid", "längsta restid", "inom 60 min", "inom 90 min", "skillnad mot optimum", "genomförbart"],
                                         top.map { r in [r.name, String(r.open.count), n(r.totalCost, 0), r.meanTravelMinutes.map { n($0, 1) + " min" } ?? "–",
                                                         r.maxTravelMinutes.map { n($0, 0) + " min" } ?? "–", n(r.shareWithin60 * 100, 0) + " %",
                                                         n(r.shareWithin90 * 100, 0) + " %", r.gapVsOptimal.map { n($0 * 100, 1) + " %" } ?? "–",
                                                         r.feasible ? "ja" : "nej"] },
                                         numeric: [1, 2, 3, 4, 5, 6, 7]))
        return page.rendered()
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
        var out = SVGChart.open(width, height, title: "Karta över \(best.name): kommuner, öppna enheter och vart fallen går")
        out += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#fbfbf8\"/>"
        let open = Set(best.open)
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
                out += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"5\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"1.5\"><title>\(SVGChart.e(hospital.name)): kandidat</title></circle>"
            }
        }
        return out + "</svg>\n"
    }

    static func volumes(_ run: LevelStructuringRun, _ best: ProposalResult) -> String {
        let p = run.problem, d = p.data
        let items = best.open.enumerated().map { (k, c) in (label: d.hospitals[p.candidates[c]].name, value: best.volumes[k]) }
        let width = 760.0, left = 220.0, right = 80.0, row = 26.0, top = 10.0, bottom = 30.0
        let height = top + bottom + row * Double(items.count)
        let high = max(items.map(\.value).max() ?? 1, p.minVolume) * 1.1
        let f = SVGChart.f
        func x(_ v: Double) -> Double { left + v / max(high, 1e-9) * (width - left - right) }
        var out = SVGChart.open(width, height, title: "Volym per öppen enhet mot minsta volym, \(best.name)")
        for (k, item) in items.enumerated() {
            let y = top + Double(k) * row
            let meets = item.value >= p.minVolume - 1e-6
            out += SVGChart.text(left - 8, y + 17, item.label, anchor: "end")
            out += "<rect x=\"\(f(left))\" y=\"\(f(y + 4))\" width=\"\(f(max(0.5, x(item.value) - left)))\" height=\"\(f(row - 8))\" fill=\"\(meets ? Palette.positive : Palette.negative)\"><title>\(SVGChart.e(item.label)): \(n(item.value, 0)) fall per år</title></rect>"
            out += SVGChart.text(x(item.value) + 4, y + 17, n(item.value, 0) + (meets ? "" : " (under minsta volym)"), size: 10)
        }
        if p.minVolume > 0 {
            out += "<line x1=\"\(f(x(p.minVolume)))\" y1=\"\(f(top))\" x2=\"\(f(x(p.minVolume)))\" y2=\"\(f(height - bottom))\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>"
            out += SVGChart.text(x(p.minVolume), height - bottom + 16, "minsta volym \(n(p.minVolume, 0))", size: 10, anchor: "middle")
        }
        return out + "</svg>\n"
    }
}
