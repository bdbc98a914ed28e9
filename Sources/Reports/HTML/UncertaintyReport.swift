import Uncertainty

/// The spread of an uncertainty run in report.html (docs/SPEC.md §10): the gain against the status quo,
/// the final waiting per region and over the guarantee, and the settlement nets per region as
/// P10–P90 intervals, the share of draws in which the plan beats the status quo, and every
/// quantity of uncertainty.csv in a table.
///
/// The section is built from draws.csv's header and rows alone (fields as written, decimal comma
/// accepted) and spliced into a rendered summer report, so that `samplan merge`, which has the
/// parts' rows and part 1's report.html, writes the bytes a single run writes.
public enum UncertaintyReport {
    static let anchor = "osakerhet"
    static let heading = "Osäkerhet: spridningen över dragningarna"

    /// `report` (a summer report.html, with or without an earlier uncertainty section, which is
    /// replaced) with the uncertainty section after its first section (the costs) and a link to it
    /// in the table of contents. `header`/`rows`: draws.csv as ``UncertaintyResults/draws(_:_:_:)``
    /// writes it; `regionNames`: the regions' names in the order of the `net_<region>` columns
    /// (region id ascending); the ids stand in when the count differs. `baseRow`: the base plan's
    /// figures as a draws.csv row, marked in every chart (nil: no marks).
    public static func adding(to report: String, header: [String], rows: [[String]], regionNames: [String],
                              baseRow: [String]? = nil) -> String {
        var out = removing(from: report)
        guard let first = out.range(of: "</section>\n") else { return out }
        out.insert(contentsOf: section(header: header, rows: rows, regionNames: regionNames, baseRow: baseRow), at: first.upperBound)
        if let nav = out.range(of: "<nav>"), let link = out.range(of: "</a>", range: nav.upperBound..<out.endIndex) {
            out.insert(contentsOf: navigationLink, at: link.upperBound)
        }
        return out
    }

    static var navigationLink: String { " · " + HTMLPage.link("#" + anchor, heading) }

    /// `report` without an uncertainty section and its link.
    static func removing(from report: String) -> String {
        var out = report
        if let start = out.range(of: "<section id=\"\(anchor)\">"), let end = out.range(of: "</section>\n", range: start.upperBound..<out.endIndex) {
            out.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return out.replacingOccurrences(of: navigationLink, with: "")
    }

    /// The section's markup.
    static func section(header: [String], rows: [[String]], regionNames: [String], baseRow: [String]? = nil) -> String {
        let spreads = UncertaintyResults.spreads(header: header, rows: rows)
        let ids = header.filter { $0.hasPrefix("net_") }.map { String($0.dropFirst(4)) }
        let names = regionNames.count == ids.count ? regionNames : ids
        func spread(_ quantity: String) -> Spread? { spreads.first { $0.quantity == quantity }?.spread }
        func base(_ quantity: String) -> Double? {
            guard let baseRow, baseRow.count == header.count, let column = header.firstIndex(of: quantity) else { return nil }
            return UncertaintyResults.parse(baseRow[column])
        }
        func interval(_ label: String, _ quantity: String) -> SVGChart.Interval? {
            spread(quantity).map { SVGChart.Interval(label: label, p10: $0.p10, p50: $0.p50, p90: $0.p90, min: $0.min, max: $0.max,
                                                     base: base(quantity)) }
        }
        // Said once per chart when the base plan is marked.
        let baseWords = baseRow == nil ? "" : " Den orangeröda romben är grundplanen, scenariot utan slumpade faktorer."
        var out = "<p>" + HTMLPage.escape(summaryLine(header: header, rows: rows)) + "</p>\n"
        if let gain = interval("vinst", "gain_vs_status_quo_sek") {
            out += chart("Vinst mot nuläget", howTo: "Stapeln täcker de mittersta 80 % av dragningarna (P10–P90), det svarta strecket är medianen (P50) och den tunna grå linjen går från lägsta till högsta värde. Talen till höger är P10 … P90." + baseWords,
                         SVGChart.intervals(title: "Vinst mot nuläget över dragningarna, miljoner kronor", [gain], axisLabel: "miljoner kronor", scale: 1e6, decimals: 1))
        }
        let waiting = zip(ids, names).compactMap { interval($1, "waiting_" + $0) }
        if !waiting.isEmpty {
            out += chart("Väntande vid periodens slut per region", howTo: "En rad per region: bandet är P10–P90 av väntelistan sista veckan, strecket medianen, den grå linjen lägsta–högsta. Ett brett band betyder att regionens kö beror mycket på hur sommaren blir." + baseWords,
                         SVGChart.intervals(title: "Väntande vid periodens slut per region över dragningarna", waiting, axisLabel: "väntande"))
        }
        if let over = interval("alla regioner", "final_waiting_over_guarantee") {
            out += chart("Väntande över vårdgarantin vid periodens slut", howTo: "Antal som vid periodens slut väntat garantitiden eller längre, alla regioner tillsammans (draws.csv har talet per dragning, inte per region): band P10–P90, streck P50." + baseWords,
                         SVGChart.intervals(title: "Väntande över vårdgarantin vid periodens slut över dragningarna", [over], axisLabel: "väntande"))
        }
        let nets = zip(ids, names).compactMap { interval($1, "net_" + $0) }
        if !nets.isEmpty {
            out += chart("Nettoavräkning per region", howTo: "Sålt minus köpt enligt prislistan. Ett band helt till höger om nollinjen: regionen säljer mer än den köper i nästan alla dragningar; ett band som korsar nollinjen: det beror på sommaren." + baseWords,
                         SVGChart.intervals(title: "Nettoavräkning per region över dragningarna, miljoner kronor", nets, axisLabel: "miljoner kronor",
                                            scale: 1e6, decimals: 1, includeZero: true))
        }
        out += "<h3>Alla storheter</h3>\n" + table(spreads, ids: ids, names: names)
        return HTMLPage.sectionHTML(heading, id: anchor,
                                    note: "Varje dragning löser planen och nuläget på nytt med slumpade faktorer på efterfrågan, akut belastning och bemannad kapacitet (scenariots uncertainty-block). Siffrorna är desamma som i uncertainty.csv; varje dragning finns i draws.csv.",
                                    out)
    }

    static func chart(_ title: String, howTo: String, _ svg: String) -> String {
        "<h3>\(HTMLPage.escape(title))</h3>\n" + HTMLPage.howTo(howTo) + svg
    }

    /// "N dragningar, M lösta …; planen slår nuläget i K av L dragningar (P %)."
    static func summaryLine(header: [String], rows: [[String]]) -> String {
        let solved = rows.filter { $0.count > 1 && $0[1] == "optimal" }.count
        var line = "\(rows.count) dragningar, varav \(solved) lösta till optimum."
        if let column = header.firstIndex(of: "gain_vs_status_quo_sek") {
            let gains = rows.compactMap { $0.count > column ? UncertaintyResults.parse($0[column]) : nil }
            let beats = gains.filter { $0 > 0 }.count
            if !gains.isEmpty {
                line += " Planen slår nuläget (vinst över noll) i \(beats) av \(gains.count) dragningar (\(SVGChart.number(100 * Double(beats) / Double(gains.count))) %)."
            }
        }
        return line
    }

    /// The quantity in words, and how many decimals its figures get.
    static func describe(_ quantity: String, ids: [String], names: [String]) -> (String, Int) {
        let fixed: [String: (String, Int)] = [
            "objective_sek": ("målfunktion, kr", 0), "gain_vs_status_quo_sek": ("vinst mot nuläget, kr", 0),
            "final_waiting": ("väntande vid slut", 0), "final_waiting_over_guarantee": ("väntande över vårdgarantin vid slut", 0),
            "overload_bed_weeks": ("överbeläggning, vårdplatsveckor", 1), "acute_transfer_bed_weeks": ("akuta överflyttningar, vårdplatsveckor", 1),
        ]
        if let known = fixed[quantity] { return known }
        for (id, name) in zip(ids, names) {
            if quantity == "net_" + id { return ("nettoavräkning \(name), kr", 0) }
            if quantity == "waiting_" + id { return ("väntande vid slut, \(name)", 0) }
        }
        return (quantity, 2)
    }

    /// uncertainty.csv's rows in words and Swedish numbers, in its order.
    static func table(_ spreads: [(quantity: String, spread: Spread?)], ids: [String], names: [String]) -> String {
        let rows = spreads.compactMap { quantity, spread -> [String]? in
            guard let s = spread else { return nil }
            let (label, decimals) = describe(quantity, ids: ids, names: names)
            return [label, String(s.n)] + [s.mean, s.p10, s.p50, s.p90, s.min, s.max].map { SVGChart.number($0, decimals: decimals) }
        }
        return HTMLPage.table(["storhet", "n", "medel", "P10", "P50", "P90", "min", "max"], rows, numeric: [1, 2, 3, 4, 5, 6, 7])
    }
}
