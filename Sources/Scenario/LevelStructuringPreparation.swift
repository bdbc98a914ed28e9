import Foundation
import PlanningData

/// A level-structuring scenario with its data set loaded and its ids resolved.
public struct PreparedLevelStructuring: Sendable {
    public let scenario: LevelStructuringScenario
    public let data: DataSet
    /// Candidate hospitals (indices into `data.hospitals`) in the order written.
    public let candidates: [Int]
    public let specialty: Int
    public let inputsSHA256: String
    public let warnings: [DataIssue]
}

extension LevelStructuringScenario {
    /// Loads the data set (and a replacement price list) and checks the ids the scenario names.
    public func prepare() throws(PreparationError) -> PreparedLevelStructuring {
        let (data, warnings, hash) = try ScenarioInputs.load(dataFolder, pricelist: pricelist, scenarioFiles: files)
        do { return try prepare(with: data, inputsSHA256: hash, warnings: warnings) } catch { throw .scenario(error) }
    }

    /// Resolves the scenario's ids against a data set already loaded.
    public func prepare(with data: DataSet, inputsSHA256: String = "", warnings: [DataIssue] = []) throws(ScenarioError) -> PreparedLevelStructuring {
        var issues: [ScenarioIssue] = []
        let specialty = data.specialtyIndex[procedure.specialty.value]
        if specialty == nil {
            issues.append(ScenarioIssue(procedure.specialty.location, procedure.specialty.keyPath,
                                        "unknown specialty `\(procedure.specialty.value)`\(NearestMatch.hint(for: procedure.specialty.value, among: data.specialtyIndex.keys))"))
        }
        var candidates: [Int] = []
        for candidate in procedure.candidates {
            if let h = data.hospitalIndex[candidate.value] {
                candidates.append(h)
            } else {
                issues.append(ScenarioIssue(candidate.location, candidate.keyPath,
                                            "unknown hospital `\(candidate.value)`\(NearestMatch.hint(for: candidate.value, among: data.hospitalIndex.keys))"))
            }
        }
        if data.municipalities.isEmpty {
            issues.append(ScenarioIssue(dataFolder.location, dataFolder.keyPath, "the data set has no municipalities.csv: level structuring needs the municipalities"))
        }
        guard issues.isEmpty, let specialty else { throw ScenarioError(issues) }
        return PreparedLevelStructuring(scenario: self, data: data, candidates: candidates, specialty: specialty,
                                        inputsSHA256: inputsSHA256, warnings: warnings)
    }
}
