import PlanningData
import SummerPlan

/// report.html of a summer result folder.
public enum SummerReport {
    static let n = SVGChart.number

    public static func render(_ run: SummerRun) -> String {
        let s = run.inputs.settings, d = run.inputs.data, plan = run.plan
        var page = HTMLPage(title: run.inputs.name, subtitle: "Sommarplan för samverkan, vecka \(s.weeks.lowerBound)–\(s.weeks.upperBound) · "
            + "status: \(SwedishNames.status(plan.status))")
        page.settings(settings(run))
        page.section("Kostnader: plan och nuläge", note: "Målfunktionens sex delar i kronor. Vårdgarantin: kostnad för dem som väntat \(s.guaranteeWeeks) veckor eller mer; akuta överflyttningar: akut vårdbehov över målbeläggningen som flyttas till närliggande sjukhus. Nuläget är samma scenario med enbart dagens remissvägar.",
                     howToRead: "Vinsten är nulägets totala kostnad minus planens: vad samverkan sparar under perioden.",
                     costs(run))
        guard plan.costs != nil else { return page.rendered() }
        page.section("Väntelistor per region vecka för vecka",
                     note: "Antal väntande i slutet av varje vecka: planen (blå, heldragen), nuläget (orange, streckad) och väntelistan vid start (grå, prickad).",
                     howToRead: "Ligger den blå linjen under den orange kortar planen regionens kö jämfört med nuläget; det sista diagrammet visar skillnaden plan − nuläge för alla regioner, så att även små skillnader syns.",
                     waitingCharts(run))
        page.section("Beläggning per sjukhus och vecka",
                     note: "Belagda vårdplatser (akuta och planerade) delat med bemannade vårdplatser, alla specialiteter. Klicka på en specialitet för dess karta.",
                     howToRead: "Mörka rutor är låg beläggning, gula hög. Röd ram och ! betyder överbeläggning: någon specialitet har fler belagda än målbeläggningen av de bemannade vårdplatserna den veckan (\(SVGChart.number(run.inputs.settings.targetOccupancy * 100)) %); tabellen under kartan säger vilken.",
                     occupancy(run))
        page.section("Operationstid per sjukhus och specialitet",
                     note: "Operationstimmar under perioden ur theatre.csv: tillgängliga, använda och vad en timme till är värd den vecka den är värd mest.",
                     howToRead: "Hög användning (nära 100 %) och ett värde över noll betyder att operationstiden begränsar planen där.",
                     theatre(run))
        page.section("Patienter från hemregion till producerande region",
                     note: "Behandlade fall under perioden, alla specialiteter. Diagonalen är regionens egen vård; resten är samverkan.",
                     howToRead: "Läs en rad: var hemregionens patienter behandlas. Läs en kolumn: vilka regioners patienter regionen tar emot.",
                     flowMatrix(run))
        page.section("Samverkan vecka för vecka", id: "floden",
                     note: "Fall som behandlas utanför hemregionen, per hemregion och producerande region, vecka för vecka.",
                     howToRead: "Varje rad är ett flöde från en hemregion till en annan region; ljusare ruta betyder fler fall den veckan. Tabellen under ger samma tal per region.",
                     weeklyFlows(run))
        let order = SwedishNames.regionOrder(d)
        let settlement = order.map { r in (label: d.regions[r].name, value: plan.settlement[r].net) }
        page.section("Nettoavräkning per region", note: "Sålt minus köpt enligt prislistan, i kronor: positivt för en region som säljer vård till andra.",
                     howToRead: "Blå stapel åt höger: regionen säljer mer vård än den köper; orange åt vänster: den köper mer. Klicka på en region för dess flöden vecka för vecka.",
                     SVGChart.bars(title: "Nettoavräkning per region, \(run.inputs.name)", settlement, links: order.map { "#floden-\(d.regions[$0].id)" })
                        + HTMLPage.table(["region", "sålt", "köpt", "netto", "flöden"], order.map { r in
                            let row = plan.settlement[r]
                            return [d.regions[r].name, n(row.sold, 0) + " kr", n(row.bought, 0) + " kr", SVGChart.signed(row.net) + " kr", "se vecka för vecka"]
                        }, numeric: [1, 2, 3], links: (4, order.map { "#floden-\(d.regions[$0].id)" })))
        page.section("Vårdplatserna som är värda mest",
                     note: "Hur mycket målfunktionen minskar med en bemannad vårdplats till (skuggpris), summerat över de veckor platsen begränsar planen. Avdelningar med akut överbeläggning står för sig: där sparar varje extra plats lika mycket.",
                     howToRead: "Högst upp står de avdelningar där en vårdplats till under hela perioden gör mest nytta för den planerade vården.",
                     SummerReportV2.bedsWorthMost(run))
        SummerReportV2.add(run, to: &page)
        return page.rendered()
    }

    /// The scenario's key settings in words.
    static func settings(_ run: SummerRun) -> [(String, String)] {
        let s = run.inputs.settings
        return [("veckor", "\(s.weeks.lowerBound)–\(s.weeks.upperBound)"), ("rutter", SwedishNames.routes(s.routes)),
                ("perspektiv", SwedishNames.perspective(s.perspective)), ("längsta restid", n(s.maxTravelMinutes, 0) + " min"),
                ("målbeläggning", n(s.targetOccupancy * 100, 0) + " %"), ("väntekostnad", n(s.defaultWaitCost, 0) + " kr per vecka och fall"),
                ("överbeläggning", n(s.overloadPenaltySEKPerBedWeek, 0) + " kr per vårdplatsvecka"),
                ("restidskostnad", n(s.travelCostSEKPerMinute, 0) + " kr per minut"),
                ("prislista", run.inputs.priceList ?? "datamängdens"), ("data", run.inputs.dataFolder)]
    }

    static func costs(_ run: SummerRun) -> String {
        // All six parts (docs/SPEC.md §3.3), so that the total is the sum of the rows above it.
        var out = SummerReportV2.parts(run)
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
        let s = run.inputs.settings, d = run.inputs.data
        let plan = waitingByRegion(run.plan, s.weeks, regions: d.regions.count)
        let sq = run.statusQuo.flatMap { $0.costs == nil ? nil : waitingByRegion($0, s.weeks, regions: d.regions.count) }
        let ticks = Array(s.weeks.lowerBound - 1...s.weeks.upperBound).map(Double.init)
        let order = SwedishNames.regionOrder(d)
        var out = "<div class=\"grid\">\n"
        for r in order {
            var series = [SVGChart.Series(name: "plan", color: Palette.categories[0], marker: .circle, points: plan[r])]
            var caption = ""
            if let sq {
                series.append(SVGChart.Series(name: "nuläge", color: Palette.categories[1], dash: "6 3", marker: .square, points: sq[r]))
                let largest = zip(plan[r], sq[r]).map { abs($0.1 - $1.1) }.max() ?? 0
                caption = largest < 0.5 ? "Plan och nuläge ger samma kö (linjerna ligger på varandra)."
                    : "Vid periodens slut: plan \(n(plan[r].last!.1, 0)), nuläge \(n(sq[r].last!.1, 0)) (\(SVGChart.signed(plan[r].last!.1 - sq[r].last!.1)))."
            }
            let start = run.plan.startWaitingByRegion[r]
            series.append(SVGChart.Series(name: "start", color: Palette.neutral, dash: "2 3",
                                          points: [(Double(s.weeks.lowerBound - 1), start), (Double(s.weeks.upperBound), start)]))
            out += "<div><h3>\(HTMLPage.escape(d.regions[r].name))</h3>"
            out += SVGChart.lines(title: "Väntande i \(d.regions[r].name), vecka för vecka", series: series, xLabel: "vecka", yLabel: "väntande",
                                  xTicks: ticks, xTickLabel: { String(Int($0)) }, includeZero: false)
            if !caption.isEmpty { out += "<p class=\"note\">\(HTMLPage.escape(caption))</p>" }
            out += "</div>\n"
        }
        out += "</div>\n"
        if let sq {
            let series = order.enumerated().map { k, r in
                SVGChart.Series.styled(k, name: d.regions[r].name, points: zip(plan[r], sq[r]).map { ($0.0, $0.1 - $1.1) })
            }
            out += "<h3>Skillnad i väntande: plan − nuläge</h3>"
            out += SVGChart.lines(title: "Skillnad i antal väntande per region, plan minus nuläge, vecka för vecka", series: series,
                                  xLabel: "vecka", yLabel: "plan − nuläge", xTicks: ticks, xTickLabel: { String(Int($0)) },
                                  width: 760, height: 300, zeroLine: true)
        }
        return out
    }

    static func occupancy(_ run: SummerRun) -> String {
        let s = run.inputs.settings, d = run.inputs.data
        let weeks = Array(s.weeks)
        let rows = run.plan.occupancy
        var overList: [OccupancyResult] = []
        func map(_ filter: (OccupancyResult) -> Bool, title: String, listOver: Bool) -> String {
            let hospitals = Array(Set(rows.filter(filter).map(\.hospital))).sorted { d.hospitals[$0].name < d.hospitals[$1].name }
            guard !hospitals.isEmpty else { return "" }
            var values = [[Double?]](repeating: [Double?](repeating: nil, count: weeks.count), count: hospitals.count)
            var marked = [[Bool]](repeating: [Bool](repeating: false, count: weeks.count), count: hospitals.count)
            var notes = [[String?]](repeating: [String?](repeating: nil, count: weeks.count), count: hospitals.count)
            var staffed = values.map { $0.map { _ in 0.0 } }, occupied = staffed, over = staffed
            var overSpecialties = [[[OccupancyResult]]](repeating: [[OccupancyResult]](repeating: [], count: weeks.count), count: hospitals.count)
            let index = Dictionary(uniqueKeysWithValues: hospitals.enumerated().map { ($1, $0) })
            for r in rows where filter(r) {
                guard let i = index[r.hospital] else { continue }
                let w = r.week - s.weeks.lowerBound
                staffed[i][w] += r.staffedBeds
                occupied[i][w] += r.acuteBeds + r.electiveBeds
                over[i][w] += r.overloadBeds
                if r.overloadBeds > 1e-6 { overSpecialties[i][w].append(r) }
            }
            for i in hospitals.indices {
                for w in weeks.indices {
                    if staffed[i][w] > 0 { values[i][w] = occupied[i][w] / staffed[i][w] }
                    marked[i][w] = over[i][w] > 1e-6
                    let list = overSpecialties[i][w].sorted { d.specialties[$0.specialty].name < d.specialties[$1.specialty].name }
                    if !list.isEmpty {
                        notes[i][w] = "över: " + list.map { "\(d.specialties[$0.specialty].name) \($0.occupancy.map { n($0 * 100, 0) + " %" } ?? "")" }.joined(separator: ", ")
                        if listOver {
                            for o in list { overList.append(o) }
                        }
                    }
                }
            }
            return SVGChart.heatMap(title: title, rows: hospitals.map { d.hospitals[$0].name }, columns: weeks.map { "v\($0)" },
                                    values: values, marked: marked, notes: notes, scaleMax: 1.2, legend: "belagda av bemannade vårdplatser",
                                    markLegend: "överbeläggning i någon specialitet: se tabellen under kartan")
        }
        var out = map({ _ in true }, title: "Beläggning per sjukhus och vecka, alla specialiteter", listOver: true)
        out += overloadTables(overList, d)
        for sp in d.specialties.indices.sorted(by: { d.specialties[$0].name < d.specialties[$1].name }) {
            let chart = map({ $0.specialty == sp }, title: "Beläggning per sjukhus och vecka, \(d.specialties[sp].name)", listOver: false)
            if !chart.isEmpty { out += HTMLPage.details(d.specialties[sp].name, chart) }
        }
        return out
    }

    /// The hospitals and specialties over their staffed beds in some week: the ten with the most
    /// beds over, the rest behind a disclosure; one row per hospital and specialty.
    static func overloadTables(_ overList: [OccupancyResult], _ d: DataSet) -> String {
        guard !overList.isEmpty else { return "<p>Ingen specialitet har fler belagda än målbeläggningen tillåter någon vecka.</p>\n" }
        // One row per hospital and specialty: the weeks over, the highest occupancy, the most beds over.
        var groups: [[Int]: [OccupancyResult]] = [:]
        for o in overList { groups[[o.hospital, o.specialty], default: []].append(o) }
        let rows = groups.sorted { ($0.key[0] == $1.key[0] ? d.specialties[$0.key[1]].name < d.specialties[$1.key[1]].name
                                    : d.hospitals[$0.key[0]].name < d.hospitals[$1.key[0]].name) }
        // The ten with the most beds over first; the rest on demand.
        let ranked = rows.sorted { ($0.value.map(\.overloadBeds).max() ?? 0) > ($1.value.map(\.overloadBeds).max() ?? 0) }
        func table(_ part: ArraySlice<(key: [Int], value: [OccupancyResult])>) -> String {
            HTMLPage.table(["sjukhus", "specialitet", "veckor", "högsta beläggning", "mest över (vårdplatser)"], part.map { key, list in
                [d.hospitals[key[0]].name, d.specialties[key[1]].name, weekRanges(list.map(\.week)),
                 n((list.compactMap(\.occupancy).max() ?? 0) * 100, 0) + " %", n(list.map(\.overloadBeds).max() ?? 0, 1)]
            }, numeric: [3, 4])
        }
        var out = "<h3>Överbeläggning: vilken specialitet</h3>"
        out += table(ranked.prefix(10))
        if ranked.count > 10 {
            out += HTMLPage.details("Alla \(ranked.count) sjukhus och specialiteter med överbeläggning", table(ArraySlice(rows)))
        }
        return out
    }

    /// Weeks as ranges: [25, 26, 27, 30] → "25–27, 30".
    static func weekRanges(_ weeks: [Int]) -> String {
        var out: [String] = [], sorted = Array(Set(weeks)).sorted(), k = 0
        while k < sorted.count {
            var j = k
            while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
            out.append(j > k ? "\(sorted[k])–\(sorted[j])" : String(sorted[k]))
            k = j + 1
        }
        return out.joined(separator: ", ")
    }

    static func theatre(_ run: SummerRun) -> String {
        let d = run.inputs.data
        let summary = TheatreSummary(run.plan)
        guard !summary.rows.isEmpty else { return "<p>Planen har inga operationstimmar (ingen rad i theatre.csv).</p>\n" }
        var out = "<p>Tillgängligt \(n(summary.totalHours, 0)) operationstimmar, använt \(n(summary.totalUsedHours, 0)) "
            + "(\(n(summary.totalHours > 0 ? summary.totalUsedHours / summary.totalHours * 100 : 0, 0)) %).</p>\n"
        let rows = Array(summary.rows.prefix(15))
        out += HTMLPage.table(["sjukhus", "specialitet", "tillgängliga timmar", "använda timmar", "användning", "kr per extra timme (vecka)"],
                              rows.map { r in [d.hospitals[r.hospital].name, d.specialties[r.specialty].name, n(r.hours, 0), n(r.usedHours, 0),
                                               r.utilisation.map { n($0 * 100, 0) + " %" } ?? "–",
                                               r.bestHourValue.map { n($0, 0) + " (v\(r.bestWeek!))" } ?? "–"] },
                              numeric: [2, 3, 4, 5])
        if summary.rows.count > rows.count { out += "<p class=\"note\">De \(rows.count) sjukhus och specialiteter som använder mest operationstid av \(summary.rows.count); alla rader finns i theatre.csv.</p>\n" }
        return out
    }

    static func flowMatrix(_ run: SummerRun) -> String {
        let d = run.inputs.data
        let order = SwedishNames.regionOrder(d)
        var values = [[Double]](repeating: [Double](repeating: 0, count: d.regions.count), count: d.regions.count)
        for f in run.plan.flows { values[f.region][d.hospitals[f.hospital].region] += f.cases }
        let names = order.map { d.regions[$0].name }
        return SVGChart.matrix(title: "Behandlade fall från hemregion (rad) till producerande region (kolumn)", rows: names, columns: names,
                               values: order.map { r in order.map { values[r][$0] } }, rowAxis: "hemregion", columnAxis: "producerande region")
    }

    /// Out-of-region cases per (home region, producing region) and week: a shaded matrix and a table
    /// with an anchor per home region (the settlement links here).
    static func weeklyFlows(_ run: SummerRun) -> String {
        let s = run.inputs.settings, d = run.inputs.data
        let weeks = Array(s.weeks)
        var cases: [[Int]: [Double]] = [:]
        for f in run.plan.flows where f.outOfRegion {
            cases[[f.region, d.hospitals[f.hospital].region], default: [Double](repeating: 0, count: weeks.count)][f.week - s.weeks.lowerBound] += f.cases
        }
        let position = Dictionary(uniqueKeysWithValues: SwedishNames.regionOrder(d).enumerated().map { ($1, $0) })
        let pairs = cases.keys.filter { cases[$0]!.reduce(0, +) >= 0.05 }
            .sorted { [position[$0[0]]!, position[$0[1]]!].lexicographicallyPrecedes([position[$1[0]]!, position[$1[1]]!]) }
        var anchors = Set<Int>()
        var out = ""
        if pairs.isEmpty {
            out += "<p>Ingen samverkan: varje region behandlar sina egna patienter.</p>\n"
        } else {
            out += SVGChart.matrix(title: "Fall utanför hemregionen per vecka, från hemregion till producerande region",
                                   rows: pairs.map { "\(d.regions[$0[0]].name) → \(d.regions[$0[1]].name)" }, columns: weeks.map { "v\($0)" },
                                   values: pairs.map { cases[$0]! }, rowAxis: "flöde", columnAxis: "vecka", decimals: 0)
        }
        // The table: every home region gets a row (and an anchor), with its flows under it.
        var rows: [[String]] = [], ids: [String?] = []
        for r in SwedishNames.regionOrder(d) {
            let mine = pairs.filter { $0[0] == r }
            if mine.isEmpty {
                rows.append([d.regions[r].name, "ingen samverkan"] + weeks.map { _ in "" } + ["0"])
                ids.append("floden-\(d.regions[r].id)")
                continue
            }
            for pair in mine {
                let values = cases[pair]!
                rows.append([d.regions[r].name, d.regions[pair[1]].name] + values.map { $0 < 0.05 ? "–" : n($0, 1) } + [n(values.reduce(0, +), 1)])
                ids.append(anchors.insert(r).inserted ? "floden-\(d.regions[r].id)" : nil)
            }
        }
        out += HTMLPage.table(["hemregion", "behandlas i"] + weeks.map { "v\($0)" } + ["totalt"], rows,
                              numeric: Set(2..<(3 + weeks.count)), rowIDs: ids)
        return out
    }

}
