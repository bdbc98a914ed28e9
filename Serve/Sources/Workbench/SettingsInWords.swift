import Foundation
import PlanningData
import Reports
import Scenario

/// A scenario's settings as Swedish sentences, for the scenario page; ids are shown as the data
/// set's names when it is at hand.
enum SettingsInWords {
    static func summer(_ s: SummerScenario, data: DataSet?, dataFolder: String) -> [(String, String)] {
        let n = { (v: Double) in NumberFormatting.swedish(v, decimals: v == v.rounded() ? 0 : 2) }
        var rows: [(String, String)] = [
            ("Slag", "Sommarplan för samverkan (linjärprogram)"),
            ("Period", "vecka \(s.weeks.lowerBound)–\(s.weeks.upperBound)"),
            ("Data", dataFolder),
            ("Perspektiv", s.perspective == .region
                ? "hemregionens: vad varje region betalar i stället för att producera själv"
                : "hela sjukvårdsregionens: vad vården kostar oavsett vem som betalar"),
            ("Remissvägar", {
                switch s.routes {
                case .all: return "alla sjukhus inom \(n(s.maxTravelMinutes)) minuters resväg"
                case .statusQuo: return "bara dagens remissvägar"
                case .ownRegion: return "ingen samverkan: varje region vårdar sina egna"
                }
            }()),
            ("Målbeläggning", NumberFormatting.percent(s.targetOccupancy, decimals: 0)),
            ("Väntekostnad", waitCost(s.waitCost, data: data)),
            ("Kvarstående kö", "väntande efter sista veckan räknas som \(n(s.finalBacklogWeight)) veckor till"),
            ("Överbeläggning", "\(n(s.overloadPenaltySEKPerBedWeek)) kr per vårdplatsvecka"),
            ("Resor", "\(n(s.travelCostSEKPerMinute)) kr per minut"),
            ("Vårdgaranti", "\(s.guaranteeWeeks) veckor; varje vecka över kostar \(waitCost(s.guaranteePenalty, data: data).replacingOccurrences(of: " per väntande och vecka", with: " per väntande"))"),
            ("Akuta flyttar", s.acuteTransfers
                ? "tillåtna inom \(n(s.acuteTransferMaxMinutes)) minuter, \(n(s.acuteTransferCostSEKPerBedWeek)) kr per vårdplatsvecka och \(n(s.acuteTransferCostSEKPerBedWeekMinute)) kr per vårdplatsvecka och minut"
                : "inga"),
            ("Ingen region sämre än i nuläget", s.noRegionWorseOff ? "ja, krävs" : "nej"),
            ("Jämförs med nuläget", s.compareStatusQuo ? "ja" : "nej"),
            ("Prislista", s.pricelist.map { "ersätts av \(UserPath.lastComponent($0.value))" } ?? "datasetets egen"),
        ]
        if s.adjustments.isEmpty {
            rows.append(("Justeringar", "inga"))
        } else {
            for (k, a) in s.adjustments.enumerated() { rows.append(("Justering \(k + 1)", adjustment(a, data: data))) }
        }
        rows.append(("Lösare", solver(s.solver)))
        return rows
    }

    static func level(_ s: LevelStructuringScenario, data: DataSet?, dataFolder: String) -> [(String, String)] {
        let p = s.procedure
        let n = { (v: Double) in NumberFormatting.swedish(v, decimals: v == v.rounded() ? 0 : 1) }
        let specialty = name(p.specialty.value, in: data?.specialties.map { ($0.id, $0.name) })
        var rows: [(String, String)] = [
            ("Slag", "Nivåstrukturering (blandat heltalsprogram)"),
            ("Data", dataFolder),
            ("Vård", "\(specialty), \(p.careType.swedishName): \(n(p.casesPer100k)) fall per 100 000 invånare och år"),
            ("Kandidater", p.candidates.map { name($0.value, in: data?.hospitals.map { ($0.id, $0.name) }) }.joined(separator: ", ")),
            ("Antal enheter", "\(p.sitesMin)–\(p.sitesMax)"),
            ("Minsta volym", "\(n(p.minVolume)) fall per enhet och år"),
            ("Längsta restid", p.maxTravelMinutes.map { "\(n($0)) minuter" } ?? "ingen gräns"),
            ("Resor", "\(n(s.travelCostSEKPerMinute)) kr per minut"),
            ("Optimeras", s.optimize ? "ja" : "nej, bara förslagen jämförs"),
            ("Namngivna förslag", s.proposals.isEmpty ? "inga" : s.proposals.map(\.name).joined(separator: ", ")),
            ("Uppräkning", s.enumerate.map { "alla kombinationer av \($0.lowerBound)–\($0.upperBound) kandidater" } ?? "ingen"),
        ]
        rows.append(("Lösare", solver(s.solver)))
        return rows
    }

    static func solver(_ s: SolverSettings) -> String {
        "tidsgräns \(NumberFormatting.swedish(s.timeLimitSeconds)) s, MIP-gap \(NumberFormatting.swedish(s.mipGap * 100, decimals: 2)) %, "
            + "förlösning \(s.presolve ? "på" : "av")"
    }

    static func waitCost(_ w: WaitCostSetting, data: DataSet?) -> String {
        var text = "\(NumberFormatting.swedish(w.defaultCost)) kr per väntande och vecka"
        let specialties = data?.specialties.map { ($0.id, $0.name) }
        for o in w.overrides {
            let parts = o.value.key.split(separator: "/").map(String.init)
            var label = name(parts[0], in: specialties)
            if parts.count > 1 { label += ", " + (CareType(rawValue: parts[1])?.swedishName ?? parts[1]) }
            text += "; \(label) \(NumberFormatting.swedish(o.value.cost)) kr"
        }
        return text
    }

    static func adjustment(_ a: Adjustment, data: DataSet?) -> String {
        let hospitals = data?.hospitals.map { ($0.id, $0.name) }, specialties = data?.specialties.map { ($0.id, $0.name) }
        let regions = data?.regions.map { ($0.id, $0.name) }
        let change: String
        switch a.change {
        case let .factor(f) where f == 0: change = "stängs"
        case let .factor(f): change = "× \(NumberFormatting.swedish(f, decimals: f == f.rounded() ? 0 : 2))"
        case let .set(v): change = "sätts till \(NumberFormatting.swedish(v))"
        }
        switch a.target {
        case let .capacity(hospital, specialty, weeks, resource):
            let what: String
            switch resource {
            case .beds: what = "Vårdplatserna"
            case .orHours: what = "Operationstiden"
            case .visits: what = "Mottagningsbesöken"
            case .all: what = "All kapacitet"
            }
            return "\(what) vid \(ids(hospital, hospitals, all: "alla sjukhus")) inom \(ids(specialty, specialties, all: "alla specialiteter")), \(weeksText(weeks)): \(change)"
        case let .demand(region, specialty, careType, weeks):
            return "Efterfrågan från \(ids(region, regions, all: "alla regioner")) inom \(ids(specialty, specialties, all: "alla specialiteter")), "
                + "\(careTypes(careType)), \(weeksText(weeks)): \(change)"
        case let .price(specialty, careType, level):
            return "Priset för \(ids(specialty, specialties, all: "alla specialiteter")), \(careTypes(careType)), nivå \(ids(level, nil, all: "alla")): \(change)"
        case let .cost(region, specialty, careType):
            return "Egenkostnaden i \(ids(region, regions, all: "alla regioner")) för \(ids(specialty, specialties, all: "alla specialiteter")), \(careTypes(careType)): \(change)"
        }
    }

    static func name(_ id: String, in names: [(String, String)]?) -> String {
        names?.first { $0.0 == id }?.1 ?? id
    }

    static func ids(_ selector: IDSelector, _ names: [(String, String)]?, all: String) -> String {
        switch selector {
        case .all: return all
        case let .ids(list): return list.map { name($0, in: names) }.joined(separator: ", ")
        }
    }

    static func careTypes(_ selector: IDSelector) -> String {
        switch selector {
        case .all: return "alla vårdtyper"
        case let .ids(list): return list.map { CareType(rawValue: $0)?.swedishName ?? $0 }.joined(separator: ", ")
        }
    }

    static func weeksText(_ weeks: WeekSelector) -> String {
        switch weeks {
        case .all: return "alla veckor"
        case let .weeks(list):
            let sorted = list.sorted()
            if let first = sorted.first, let last = sorted.last, sorted.count > 1, last - first + 1 == sorted.count { return "vecka \(first)–\(last)" }
            return (sorted.count == 1 ? "vecka " : "veckorna ") + sorted.map(String.init).joined(separator: ", ")
        }
    }
}
