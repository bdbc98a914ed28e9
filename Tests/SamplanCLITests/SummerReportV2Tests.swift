import Foundation
import TestSupport
import Testing

/// The version 2 sections of the summer report.html (docs/SPEC.md §3, §7 v2): each present, and each
/// figure equal to the result files it comes from (summary.json, regions.csv, waiting.csv,
/// status_quo/waiting.csv, acute_transfers.csv) or to the data set's backlog.
@Suite("summer report.html: the v2 sections", .serialized)
struct SummerReportV2Tests {
    static let small = "Tests/Fixtures/scenarios/summer-small.yaml"
    static let data = "Scenarios/data/mellansverige-2024"

    /// A number as the report prints it, formatted here independently of the Reports module:
    /// half away from zero, Swedish digit groups with no-break spaces, decimal comma, Unicode minus.
    static func swedish(_ value: Double, decimals: Int = 0) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        var whole = String(units / Int(scale)), groups: [String] = []
        while whole.count > 3 { groups.insert(String(whole.suffix(3)), at: 0); whole.removeLast(3) }
        groups.insert(whole, at: 0)
        var text = groups.joined(separator: "\u{00A0}")
        if decimals > 0 {
            let fraction = String(units % Int(scale))
            text += "," + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "−" : "") + text
    }

    static func kr(_ value: Double) -> String { swedish(value) + " kr" }

    /// Whether a cell shows `value` to its printed precision: the figures in the result files are
    /// rounded to 6 decimals (and summed here), so a value at a half may print either way.
    static func shows(_ cell: String, _ value: Double, decimals: Int = 0) -> Bool {
        if cell == swedish(value, decimals: decimals) { return true }
        let plain = cell.replacingOccurrences(of: " kr", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: ".")
        guard let printed = Double(plain) else { return false }
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return abs(printed - value) <= unit / 2 + 1e-5
    }

    /// The table rows of the section with this anchor, as cell texts (tags and `&amp;` undone).
    static func tableRows(_ html: String, section anchor: String) throws -> [[String]] {
        let start = try #require(html.range(of: "<section id=\"\(anchor)\">"), "no section #\(anchor)")
        let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        let body = html[start.upperBound..<end]
        return body.components(separatedBy: "<tr").dropFirst().compactMap { row in
            let cells = row.components(separatedBy: "<td").dropFirst().map { cell -> String in
                let inner = cell.drop { $0 != ">" }.dropFirst()
                let text = String(inner.prefix { $0 != "<" })
                return text.replacingOccurrences(of: "&amp;", with: "&")
            }
            return cells.isEmpty ? nil : cells
        }
    }

    /// `column`'s value by `key` of a data-set file (names of ids).
    static func names(_ file: String, key: String, column: String = "name") throws -> [String: String] {
        let rows = try ResultCSV(Fixtures.packageRoot.appendingPathComponent("\(data)/\(file)")).rows
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[key]!, $0[column]!) })
    }

    @Test func v2SectionsCarryTheResultFiles() throws {
        let out = temporaryPath("report-v2")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["run", Self.small, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        for heading in ["Kostnader: plan och nuläge", "Väntande över vårdgarantin per region", "Regionernas räkenskap", "Akuta överflyttningar",
                        "Vårdplatserna som är värda mest"] {
            #expect(html.contains("<h2>\(heading)</h2>"), "missing section \(heading)")
        }
        let regionNames = try Self.names("regions.csv", key: "region")
        try expectCostParts(html, out)
        try expectOverGuarantee(html, out, regionNames)
        try expectAccounts(html, out, regionNames)
        try expectTransfers(html, out)
        try expectBedsWorthMost(html, out)
    }

    /// Planned-care wards ranked by bed_value_sek of occupancy.csv summed over the weeks with no
    /// acute excess (not a page of equal week values), the largest first and equal to the file.
    func expectBedsWorthMost(_ html: String, _ out: URL) throws {
        let hospitals = try Self.names("hospitals.csv", key: "hospital"), specialties = try Self.names("specialties.csv", key: "specialty")
        var sums: [[String]: Double] = [:]
        for row in try ResultCSV(out.appendingPathComponent("occupancy.csv")).rows {
            let value = Double(row["bed_value_sek"]!) ?? 0
            let acute = (Double(row["overload_beds"]!) ?? 0) + (Double(row["acute_transferred_out"]!) ?? 0) > 0
            if value > 0.005 && !acute { sums[[hospitals[row["hospital"]!]!, specialties[row["specialty"]!]!], default: 0] += value }
        }
        let rows = try Self.tableRows(html, section: "vardplatserna-som-ar-varda-mest")
        try #require(!sums.isEmpty && !rows.isEmpty)
        let largest = sums.max { $0.value < $1.value }!
        #expect(Array(rows[0][0..<2]) == largest.key && Self.shows(rows[0][2], largest.value), "\(rows[0]) against \(largest)")
        for row in rows.prefix(15) where row.count == 6 {
            let sum = try #require(sums[Array(row[0..<2])], "\(row)")
            #expect(Self.shows(row[2], sum), "\(row) against \(sum)")
        }
        // Not one value repeated down the table.
        #expect(Set(rows.prefix(15).map { $0[2] }).count > 1)
    }

    /// Six parts and the total, plan and status quo, as in summary.json: the summary's cost table
    /// (it showed v1's four parts under v2's total, so the rows did not add up).
    func expectCostParts(_ html: String, _ out: URL) throws {
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        let plan = try #require(summary["costs"] as? [String: Double])
        let statusQuo = try #require((summary["status_quo"] as? [String: Any])?["costs"] as? [String: Double])
        let rows = try Self.tableRows(html, section: "kostnader-plan-och-nulage")
        let keys = [("samverkan", "cooperation_sek"), ("resor", "travel_sek"), ("väntan", "waiting_sek"), ("vårdgaranti", "guarantee_sek"),
                    ("överbeläggning", "overload_sek"), ("akuta överflyttningar", "acute_transfer_sek")]
        #expect(rows.map(\.[0]) == keys.map(\.0) + ["totalt"])
        for (label, key) in keys {
            let row = try #require(rows.first { $0[0] == label })
            #expect(row[1] == Self.kr(plan[key]!) && row[2] == Self.kr(statusQuo[key]!), "\(label): \(row)")
        }
        let total = try #require(rows.last)
        #expect(total[1] == Self.kr(summary["objective_sek"] as! Double), "\(total)")
        #expect(total[2] == Self.kr((summary["status_quo"] as! [String: Any])["objective_sek"] as! Double), "\(total)")
    }

    /// Start (the data set's backlog of G = 13 weeks or more), plan end and status-quo end by region.
    func expectOverGuarantee(_ html: String, _ out: URL, _ regionNames: [String: String]) throws {
        var start: [String: Double] = [:]
        for row in try ResultCSV(Fixtures.packageRoot.appendingPathComponent("\(Self.data)/backlog.csv")).rows
        where Int(row["weeks_waited"]!)! >= 13 {
            start[row["region"]!, default: 0] += Double(row["waiting"]!)!
        }
        // The last week of summer-small (weeks 28..30).
        func finalOverGuarantee(_ file: String) throws -> [String: Double] {
            var sums: [String: Double] = [:]
            for row in try ResultCSV(out.appendingPathComponent(file)).rows where row["week"] == "30" {
                sums[row["region"]!, default: 0] += Double(row["over_guarantee"]!)!
            }
            return sums
        }
        let plan = try finalOverGuarantee("waiting.csv"), statusQuo = try finalOverGuarantee("status_quo/waiting.csv")
        #expect(plan.values.reduce(0, +) > 0 && start.values.reduce(0, +) > 0)
        let rows = try Self.tableRows(html, section: "vantande-over-vardgarantin-per-region")
        #expect(rows.count == regionNames.count + 1)
        for (id, name) in regionNames {
            let row = try #require(rows.first { $0[0] == name }, "no row for \(name)")
            #expect(Self.shows(row[1], start[id] ?? 0) && Self.shows(row[2], plan[id] ?? 0) && Self.shows(row[3], statusQuo[id] ?? 0),
                    "\(name): \(row) against \(start[id] ?? 0), \(plan[id] ?? 0), \(statusQuo[id] ?? 0)")
        }
        let total = try #require(rows.last)
        #expect(total[0] == "totalt" && Self.shows(total[1], start.values.reduce(0, +)) && Self.shows(total[2], plan.values.reduce(0, +))
                && Self.shows(total[3], statusQuo.values.reduce(0, +)), "\(total)")
    }

    /// Cost, status-quo cost, gain, net settlement and final waiting of regions.csv.
    func expectAccounts(_ html: String, _ out: URL, _ regionNames: [String: String]) throws {
        let account = try ResultCSV(out.appendingPathComponent("regions.csv")).rows
        let rows = try Self.tableRows(html, section: "regionernas-rakenskap")
        #expect(account.count == regionNames.count && rows.count == account.count)
        for region in account {
            let name = try #require(regionNames[region["region"]!])
            let row = try #require(rows.first { $0[0] == name }, "no account row for \(name)")
            let value = { (column: String) in Double(region[column]!)! }
            let columns = ["cost_sek", "cost_status_quo_sek", "gain_sek", "net_sek", "final_waiting"]
            #expect(row.count == 6 && zip(row[1...], columns).allSatisfy { Self.shows($0, value($1)) }, "\(name): \(row)")
        }
    }

    /// Bed-weeks of acute_transfers.csv summed over the weeks per (from, to, specialty), the 20
    /// largest; the total moved and the overload that stays (summary.json).
    func expectTransfers(_ html: String, _ out: URL) throws {
        let hospitals = try Self.names("hospitals.csv", key: "hospital"), specialties = try Self.names("specialties.csv", key: "specialty")
        var sums: [[String]: Double] = [:]
        for row in try ResultCSV(out.appendingPathComponent("acute_transfers.csv")).rows {
            sums[[hospitals[row["from_hospital"]!]!, hospitals[row["to_hospital"]!]!, specialties[row["specialty"]!]!], default: 0] += Double(row["bed_weeks"]!)!
        }
        try #require(!sums.isEmpty, "the fixture scenario should transfer acute load")
        let rows = try Self.tableRows(html, section: "akuta-overflyttningar")
        #expect(rows.count == min(20, sums.count))
        for row in rows {
            let sum = try #require(sums[Array(row[0..<3])], "a transfer the file does not hold: \(row)")
            #expect(Self.shows(row[3], sum, decimals: 1), "\(row) against \(sum)")
        }
        let largest = sums.values.max()!
        #expect(rows.first.map { Self.shows($0[3], largest, decimals: 1) } == true)
        let summary = try jsonObject(out.appendingPathComponent("summary.json"))
        let moved = sums.values.reduce(0, +), stays = summary["overload_bed_weeks"] as! Double
        #expect(abs(moved - (summary["acute_transfer_bed_weeks"] as! Double)) < 1e-4)
        let sentence = try #require(html.components(separatedBy: "<p>Totalt ").dropFirst().first?.components(separatedBy: "</p>").first)
        let figures = sentence.components(separatedBy: " vårdplatsveckor flyttas; ")
        #expect(figures.count == 2 && Self.shows(figures[0], moved, decimals: 1)
                && Self.shows(figures[1].replacingOccurrences(of: " stannar som överbeläggning.", with: ""), stays, decimals: 1), "\(sentence)")
    }

    /// compare's cost table: the six parts of A and B (it showed four under a six-part total).
    @Test func compareShowsSixCostParts() throws {
        let out = temporaryPath("report-v2-compare")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Samplan.run(["compare", Self.small, "Tests/Fixtures/scenarios/pricelist-2025-small.yaml", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let comparison = try jsonObject(out.appendingPathComponent("comparison.json"))
        let a = try #require((comparison["a"] as? [String: Any])?["costs"] as? [String: Double])
        let b = try #require((comparison["b"] as? [String: Any])?["costs"] as? [String: Double])
        let rows = try Self.tableRows(html, section: "kostnader")
        let keys = ["cooperation_sek", "travel_sek", "waiting_sek", "guarantee_sek", "overload_sek", "acute_transfer_sek"]
        #expect(rows.map(\.[0]) == ["samverkan", "resor", "väntan", "vårdgaranti", "överbeläggning", "akuta överflyttningar", "totalt"])
        for (row, key) in zip(rows, keys) {
            #expect(row[1] == Self.swedish(a[key]!) && row[2] == Self.swedish(b[key]!), "\(key): \(row)")
        }
        let total = try #require(rows.last)
        #expect(total[1] == Self.swedish((comparison["a"] as! [String: Any])["objective_sek"] as! Double), "\(total)")
    }
}
