import LevelStructuring
import LinearProgramming
import PlanningData

/// The files of a level-structuring result folder (docs/SPEC.md §7).
public enum LevelResults {
    public static func files(_ run: LevelStructuringRun, format: CSVFormat) -> [(name: String, contents: String)] {
        [
            ("summary.json", summary(run).rendered()),
            ("proposals.csv", format.render(proposals(run, format))),
            ("sites.csv", format.render(sites(run, format))),
            ("regions.csv", format.render(regions(run, format))),
        ]
    }

    public static func summary(_ run: LevelStructuringRun) -> JSONValue {
        let p = run.problem, d = p.data
        let status = run.optimal.map { $0.status.rawValue } ?? ReportedStatus.notSolved.rawValue
        var optimal: JSONValue = .null
        if let o = run.optimal, let open = o.open, let row = run.rows.first(where: { $0.name == "optimal" }) {
            optimal = .object([
                ("open_sites", .array(open.map { .string(d.hospitals[p.candidates[$0]].id) })),
                ("total_cost_sek", .number(row.totalCost)),
                // An addition: the names, for readers (the batch overview) without the data set.
                ("open_site_names", .array(open.map { .string(d.hospitals[p.candidates[$0]].name) })),
            ])
        }
        return .object([
            ("scenario", .string(p.inputs.name)),
            ("kind", .string("level_structuring")),
            ("status", .string(status)),
            ("optimal", optimal),
            ("proposals", .int(run.rows.count)),
            ("best_proposal", .string(run.rows.first?.name)),
            ("best_proposal_site_names", run.rows.first.map { r in .array(r.open.map { .string(d.hospitals[p.candidates[$0]].name) }) } ?? .null),
            ("model", run.optimal.map { SummerResults.modelFields($0.compiled) } ?? .null),
            ("infeasibility", .string(run.infeasibilityInEnglish)),
            ("inputs_sha256", .string(p.inputs.inputsSHA256)),
        ])
    }

    static func sites(_ r: ProposalResult, _ p: LevelProblem) -> String {
        r.open.map { p.data.hospitals[p.candidates[$0]].id }.joined(separator: "+")
    }

    public static func proposals(_ run: LevelStructuringRun, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: [
            "proposal", "open_sites", "feasible", "total_cost_sek", "fixed_cost_sek", "case_cost_sek", "travel_cost_sek",
            "penalty_sek", "mean_travel_minutes", "max_travel_minutes", "share_within_60", "share_within_90", "unserved_cases",
            "volume_shortfall_cases", "gap_vs_optimal",
        ])
        for r in run.rows {
            doc.append([r.name, sites(r, run.problem), r.feasible ? "true" : "false", f.number(r.totalCost), f.number(r.fixedCost),
                        f.number(r.caseCost), f.number(r.travelCost), f.number(r.penalty), f.number(r.meanTravelMinutes),
                        f.number(r.maxTravelMinutes), f.number(r.shareWithin60), f.number(r.shareWithin90), f.number(r.unserved),
                        f.number(r.shortfall), f.number(r.gapVsOptimal)])
        }
        return doc
    }

    public static func sites(_ run: LevelStructuringRun, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["proposal", "hospital", "volume", "min_volume", "meets_min_volume"])
        let p = run.problem
        for r in run.rows {
            for (k, site) in r.open.enumerated() {
                doc.append([r.name, p.data.hospitals[p.candidates[site]].id, f.number(r.volumes[k]), f.number(p.minVolume),
                            r.volumes[k] >= p.minVolume - 1e-6 ? "true" : "false"])
            }
        }
        return doc
    }

    public static func regions(_ run: LevelStructuringRun, _ f: CSVFormat) -> CSVDocument {
        var doc = CSVDocument(header: ["proposal", "region", "cases_produced", "sold_sek", "bought_sek", "net_sek"])
        let d = run.problem.data
        let order = d.regions.indices.sorted { d.regions[$0].id < d.regions[$1].id }
        for r in run.rows {
            for region in order {
                doc.append([r.name, d.regions[region].id, f.number(r.casesProduced[region]), f.number(r.sold[region]),
                            f.number(r.bought[region]), f.number(r.sold[region] - r.bought[region])])
            }
        }
        return doc
    }

    /// The ranking an analyst reads first.
    public static func terminal(_ run: LevelStructuringRun, resultFolder: String?, top: Int = 10) -> String {
        let p = run.problem, d = p.data, s = p.inputs
        let sek = { (v: Double) in NumberFormatting.swedish(v) }
        var out = "\(s.name)\nlevel structuring: \(d.specialties[p.inputs.specialty].name), \(s.settings.careType.swedishName)\n\n"
        out += "Demand      \(NumberFormatting.swedish(p.totalDemand)) cases a year from \(d.municipalities.count) municipalities"
        out += " (\(NumberFormatting.swedish(s.settings.casesPer100k, decimals: 1)) per 100 000)\n"
        out += "Candidates  \(p.candidates.count); minimum volume \(NumberFormatting.swedish(p.minVolume)) a site"
        out += p.maxTravelMinutes.map { "; at most \(NumberFormatting.swedish($0)) minutes" } ?? ""
        out += "\n"
        if let o = run.optimal {
            if let open = o.open, let row = run.rows.first(where: { $0.name == "optimal" }) {
                out += "Optimum     \(o.status.rawValue): \(open.map { d.hospitals[p.candidates[$0]].name }.joined(separator: ", ")) — \(sek(row.totalCost)) SEK\n"
            } else {
                out += "Optimum     \(o.status.rawValue)\(run.infeasibilityInEnglish.map { ": \($0)" } ?? "")\n"
            }
        } else {
            out += "Optimum     not solved (optimize: false)\n"
        }
        out += "\nRanking (\(min(top, run.rows.count)) cheapest of \(run.rows.count) proposals and the named ones, by cost plus penalties)\n"
        var table = TextTable([("#", .right), ("proposal", .left), ("sites", .right), ("total SEK", .right), ("penalty SEK", .right),
                               ("mean min", .right), ("max min", .right), ("≤ 60", .right), ("≤ 90", .right), ("gap", .right), ("feasible", .left)])
        // The cheapest, then the scenario's named proposals wherever they rank.
        let named = Set(s.proposals.map(\.name) + ["optimal"])
        for k in run.rows.indices where k < top || named.contains(run.rows[k].name) {
            let r = run.rows[k]
            table.append([String(k + 1), SwedishNames.shortSites(r.name, d), String(r.open.count), sek(r.totalCost), sek(r.penalty),
                          r.meanTravelMinutes.map { NumberFormatting.swedish($0, decimals: 1) } ?? "–",
                          r.maxTravelMinutes.map { NumberFormatting.swedish($0) } ?? "–",
                          NumberFormatting.percent(r.shareWithin60, decimals: 0), NumberFormatting.percent(r.shareWithin90, decimals: 0),
                          r.gapVsOptimal.map { NumberFormatting.percent($0) } ?? "–", r.feasible ? "yes" : "no"])
        }
        out += table.rendered(indent: 2)
        if let best = run.rows.first {
            out += "\nVolumes of \(SwedishNames.sites(best.name, d))\n"
            var volumes = TextTable([("site", .left), ("cases", .right), ("minimum", .right), ("meets", .left)])
            for (k, site) in best.open.enumerated() {
                volumes.append([d.hospitals[p.candidates[site]].name, NumberFormatting.swedish(best.volumes[k]),
                                NumberFormatting.swedish(p.minVolume), best.volumes[k] >= p.minVolume - 1e-6 ? "yes" : "no"])
            }
            out += volumes.rendered(indent: 2)
        }
        if let resultFolder { out += "\nResults: \(resultFolder)\n" }
        return out
    }
}
