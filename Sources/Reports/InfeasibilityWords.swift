import LevelStructuring
import PlanningData

/// The reasons an optimal-sites MIP is infeasible, in words: English for summary.json and the
/// terminal (summary.json keeps English, docs/spec-notes.md), Swedish for report.html. Reasons
/// are joined with "; "; every municipality is named, none hidden behind "and N more".
public enum InfeasibilityWords {
    /// English, byte for byte the text of summary.json's `infeasibility`.
    public static func english(_ reasons: [InfeasibilityReason], data: DataSet) -> String {
        reasons.map { english($0, data) }.joined(separator: "; ")
    }

    /// Swedish, for the report.
    public static func swedish(_ reasons: [InfeasibilityReason], data: DataSet) -> String {
        reasons.map { swedish($0, data) }.joined(separator: "; ")
    }

    static func english(_ reason: InfeasibilityReason, _ data: DataSet) -> String {
        switch reason {
        case let .mustOpenAboveSitesMax(mustOpen, sitesMax):
            return "`must_open` names \(mustOpen) sites, more than sites.max (\(sitesMax))"
        case let .tooFewCandidatesLeft(left, sitesMin):
            return "only \(left) candidate\(left == 1 ? " is" : "s are") left after `must_close`, fewer than sites.min (\(sitesMin))"
        case let .unreachable(municipalities, limit):
            let names = municipalities.map { data.municipalities[$0].name }
            return "\(list(names, and: "and")) \(names.count == 1 ? "has" : "have") no candidate \(englishLimit(limit))"
        case let .reachableOnlyClosed(municipalities, limit):
            let names = municipalities.map { data.municipalities[$0].name }
            return "\(list(names, and: "and")) \(names.count == 1 ? "has" : "have") no candidate \(englishLimit(limit)) that is not in `must_close`"
        case let .minimumVolumesAboveDemand(sites, minVolume, demand):
            return "at least \(sites) sites with at least \(plain(minVolume)) cases each need \(plain(Double(sites) * minVolume)) cases, but the demand is \(plain(demand))"
        case let .capacityBelowDemand(sites, capacity, demand, mustCloseExcluded):
            return "the \(sites) \(mustCloseExcluded ? "largest candidates not in `must_close`" : "largest candidates") can treat \(plain(capacity)) cases, but the demand is \(plain(demand))"
        case let .mustOpenCapacityBelowMinimumVolume(hospital, capacity, minVolume):
            return "\(data.hospitals[hospital].name) is in `must_open` but its capacity \(plain(capacity)) is below the minimum volume \(plain(minVolume))"
        case let .capacityBelowMinimumVolume(hospital, capacity, minVolume):
            return "\(data.hospitals[hospital].name) has capacity \(plain(capacity)) below the minimum volume \(plain(minVolume))"
        case let .combined(minVolume, sitesMin, sitesMax):
            return "the minimum volume (\(plain(minVolume))), the capacities and the number of sites (\(sitesMin)–\(sitesMax)) cannot all hold for the municipalities each candidate reaches"
        }
    }

    static func swedish(_ reason: InfeasibilityReason, _ data: DataSet) -> String {
        switch reason {
        case let .mustOpenAboveSitesMax(mustOpen, sitesMax):
            return "`must_open` anger \(mustOpen) enheter, fler än sites.max (\(sitesMax))"
        case let .tooFewCandidatesLeft(left, sitesMin):
            return "bara \(left) kandidat\(left == 1 ? "" : "er") återstår efter `must_close`, färre än sites.min (\(sitesMin))"
        case let .unreachable(municipalities, limit):
            return "\(list(municipalities.map { data.municipalities[$0].name }, and: "och")) har ingen kandidat \(swedishLimit(limit))"
        case let .reachableOnlyClosed(municipalities, limit):
            return "\(list(municipalities.map { data.municipalities[$0].name }, and: "och")) har ingen kandidat \(swedishLimit(limit)) som inte står i `must_close`"
        case let .minimumVolumesAboveDemand(sites, minVolume, demand):
            return "minst \(sites) enheter med minst \(plain(minVolume)) fall var behöver \(plain(Double(sites) * minVolume)) fall, men efterfrågan är \(plain(demand))"
        case let .capacityBelowDemand(sites, capacity, demand, mustCloseExcluded):
            return "de \(sites) största kandidaterna\(mustCloseExcluded ? " utanför `must_close`" : "") kan ta \(plain(capacity)) fall, men efterfrågan är \(plain(demand))"
        case let .mustOpenCapacityBelowMinimumVolume(hospital, capacity, minVolume):
            return "\(data.hospitals[hospital].name) står i `must_open` men kapaciteten \(plain(capacity)) är under minsta volymen \(plain(minVolume))"
        case let .capacityBelowMinimumVolume(hospital, capacity, minVolume):
            return "\(data.hospitals[hospital].name) har kapaciteten \(plain(capacity)), under minsta volymen \(plain(minVolume))"
        case let .combined(minVolume, sitesMin, sitesMax):
            return "minsta volymen (\(plain(minVolume))), kapaciteterna och antalet enheter (\(sitesMin)–\(sitesMax)) kan inte gälla samtidigt för de kommuner varje kandidat når"
        }
    }

    static func englishLimit(_ minutes: Double?) -> String { minutes.map { "within \(plain($0)) minutes" } ?? "at all" }
    static func swedishLimit(_ minutes: Double?) -> String { minutes.map { "inom \(plain($0)) minuter" } ?? "alls" }

    /// "A", "A and B", "A, B and C": every name.
    static func list(_ names: [String], and word: String) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(word) " + names.last!
    }

    /// Numbers in sentences: up to one decimal, no grouping ("1500", "12.5").
    static func plain(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension LevelStructuringRun {
    /// Why the optimal-sites MIP is infeasible, in English (summary.json, the terminal, batch.csv); nil unless it is.
    public var infeasibilityInEnglish: String? { optimal?.infeasibility.map { InfeasibilityWords.english($0, data: problem.data) } }
    /// Why the optimal-sites MIP is infeasible, in Swedish (report.html); nil unless it is.
    public var infeasibilityInSwedish: String? { optimal?.infeasibility.map { InfeasibilityWords.swedish($0, data: problem.data) } }
}
