import LevelStructuring
import PlanningData
import Scenario

extension LevelStructuringScenario {
    /// The scenario's settings as plain values for the level-structuring planner.
    public var levelSettings: LevelSettings {
        var settings = LevelSettings(careType: procedure.careType, casesPer100k: procedure.casesPer100k, sitesMax: procedure.sitesMax)
        settings.minVolume = procedure.minVolume
        settings.maxTravelMinutes = procedure.maxTravelMinutes
        settings.sitesMin = procedure.sitesMin
        settings.travelCostSEKPerMinute = travelCostSEKPerMinute
        settings.unservedPenaltySEK = unservedPenaltySEK
        settings.shortfallPenaltySEK = shortfallPenaltySEK
        settings.optimize = optimize
        settings.enumerate = enumerate
        return settings
    }
}

extension PreparedLevelStructuring {
    /// What the level-structuring planner needs of this prepared scenario: per-hospital values
    /// resolved per candidate (capacity `.infinity`, costs 0 where the scenario gives none), the
    /// `must_open` / `must_close` sites and the named proposals' sites as candidate positions
    /// (a site that is no candidate is left out: the scenario check has reported it already).
    public var levelInputs: LevelInputs {
        let procedure = scenario.procedure
        let ids = candidates.map { data.hospitals[$0].id }
        let resolved = zip(candidates, ids).map { hospital, id in
            LevelCandidate(hospital: hospital, capacity: procedure.capacity.value(for: id) ?? .infinity,
                           fixedCostSEK: procedure.fixedCostSEK.value(for: id) ?? 0, caseCostSEK: procedure.caseCostSEK.value(for: id) ?? 0)
        }
        return LevelInputs(
            name: scenario.name, data: data, specialty: specialty, candidates: resolved, settings: scenario.levelSettings,
            mustOpen: procedure.mustOpen.compactMap { ids.firstIndex(of: $0.value) },
            mustClose: procedure.mustClose.compactMap { ids.firstIndex(of: $0.value) },
            proposals: scenario.proposals.map { NamedProposal(name: $0.name, open: $0.open.compactMap { ids.firstIndex(of: $0) }) },
            parameters: scenario.solver.solveParameters, dataFolder: scenario.dataFolder.value,
            priceList: scenario.pricelist?.value, inputsSHA256: inputsSHA256)
    }
}
