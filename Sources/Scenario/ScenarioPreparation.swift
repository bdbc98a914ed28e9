import Foundation
import PlanningData

/// Why a scenario could not be prepared: its data set or the scenario itself.
public enum PreparationError: Error, Sendable, CustomStringConvertible {
    case data(DataLoadError)
    case scenario(ScenarioError)

    public var description: String {
        switch self {
        case let .data(e): return e.description
        case let .scenario(e): return e.description
        }
    }

    public var hasMissingFile: Bool {
        switch self {
        case let .data(e): return e.hasMissingFile
        case let .scenario(e): return e.hasMissingFile
        }
    }
}

/// A summer scenario with its data set loaded, the price list replaced if asked, wait costs
/// resolved and every adjustment applied: what the model builder needs.
public struct PreparedSummer: Sendable {
    public let scenario: SummerScenario
    public var data: DataSet
    /// wait(s, t) per week of waiting, for every (specialty, care type) with a case-mix row.
    public let waitCost: [SpecialtyCareType: Double]
    /// guarantee(s, t) per week over the guarantee, for every (specialty, care type) with a case-mix row (docs/SPEC.md §3.3 v2).
    public let guaranteePenalty: [SpecialtyCareType: Double]
    /// SHA-256 of every input: the scenario chain, the data files and a replacement price list.
    public let inputsSHA256: String
    /// Warnings of the data load.
    public let warnings: [DataIssue]
}

extension SummerScenario {
    /// Loads the data set, applies the scenario to it, and checks everything that needs the data.
    public func prepare() throws(PreparationError) -> PreparedSummer {
        let (data, warnings, hash) = try ScenarioInputs.load(dataFolder, pricelist: pricelist, scenarioFiles: files)
        do { return try prepare(with: data, inputsSHA256: hash, warnings: warnings) } catch { throw .scenario(error) }
    }

    /// Applies the scenario to a data set already loaded (its price list already replaced if
    /// the scenario names one): wait costs resolved, adjustments applied in order.
    public func prepare(with data: DataSet, inputsSHA256: String = "", warnings: [DataIssue] = []) throws(ScenarioError) -> PreparedSummer {
        var issues: [ScenarioIssue] = []
        let waitCost = ScenarioInputs.resolveWaitCosts(waitCost, data, &issues)
        let guaranteePenalty = ScenarioInputs.resolveWaitCosts(guaranteePenalty, data, &issues)
        var applier = AdjustmentApplier(data: data)
        for adjustment in adjustments { applier.apply(adjustment) }
        issues += applier.issues
        guard issues.isEmpty else { throw ScenarioError(issues) }
        return PreparedSummer(scenario: self, data: applier.data, waitCost: waitCost, guaranteePenalty: guaranteePenalty, inputsSHA256: inputsSHA256, warnings: warnings)
    }
}

/// Shared steps of preparing either kind of scenario.
enum ScenarioInputs {
    /// The data set, with the price list replaced when the scenario names one, its load
    /// warnings, and the SHA-256 of every input.
    static func load(_ dataFolder: Located<String>, pricelist: Located<String>?, scenarioFiles: [String])
        throws(PreparationError) -> (DataSet, [DataIssue], String)
    {
        var (data, warnings) = try loadData(dataFolder)
        var extraInputs: [String] = []
        if let pricelist {
            guard FileManager.default.fileExists(atPath: pricelist.value) else {
                throw .scenario(ScenarioError([ScenarioIssue(pricelist.location, pricelist.keyPath,
                                                             "the price list does not exist: \(pricelist.value)", isMissingFile: true)]))
            }
            do { data.prices = try DataSetLoader.loadPriceList(pricelist.value, for: data) } catch { throw .data(error) }
            extraInputs.append(pricelist.value)
        }
        return (data, warnings, hash(scenarioFiles: scenarioFiles, dataFolder: dataFolder.value, extra: extraInputs))
    }

    static func loadData(_ folder: Located<String>) throws(PreparationError) -> (DataSet, [DataIssue]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.value, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .scenario(ScenarioError([ScenarioIssue(folder.location, folder.keyPath, "no such data set folder: \(folder.value)", isMissingFile: true)]))
        }
        do { return try DataSetLoader.load(folder: folder.value) } catch { throw .data(error) }
    }

    static func resolveWaitCosts(_ setting: WaitCostSetting, _ data: DataSet, _ issues: inout [ScenarioIssue]) -> [SpecialtyCareType: Double] {
        var bySpecialty: [Int: Double] = [:], byPair: [SpecialtyCareType: Double] = [:]
        for entry in setting.overrides {
            let (key, cost) = entry.value
            let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard let s = data.specialtyIndex[parts[0]] else {
                issues.append(ScenarioIssue(entry.location, entry.keyPath, "unknown specialty `\(parts[0])`\(NearestMatch.hint(for: parts[0], among: data.specialtyIndex.keys + ["default"]))"))
                continue
            }
            if parts.count == 1 {
                bySpecialty[s] = cost
            } else if parts.count == 2, let t = CareType(rawValue: parts[1]) {
                byPair[SpecialtyCareType(s, t)] = cost
            } else {
                let names = CareType.allCases.map(\.rawValue)
                issues.append(ScenarioIssue(entry.location, entry.keyPath, "unknown care type `\(parts.dropFirst().joined(separator: "/"))`; expected one of \(names.joined(separator: ", "))"))
            }
        }
        var out: [SpecialtyCareType: Double] = [:]
        for key in data.caseMix.keys { out[key] = byPair[key] ?? bySpecialty[key.specialty] ?? setting.defaultCost }
        return out
    }

    /// SHA-256 over the scenario files (chain order) and the data files (name order), each as
    /// its name, a NUL, its size, a NUL and its bytes: identical inputs anywhere give the same hash.
    static func hash(scenarioFiles: [String], dataFolder: String, extra: [String]) -> String {
        var sha = SHA256()
        func add(_ path: String) {
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            sha.update(UserPath.lastComponent(path) + "\0\(bytes.count)\0")
            sha.update(bytes)
        }
        for file in scenarioFiles { add(file) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dataFolder)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        for name in names { add(UserPath.join(dataFolder, name)) }
        for file in extra { add(file) }
        return sha.hexDigest()
    }
}
