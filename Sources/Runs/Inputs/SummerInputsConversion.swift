import PlanningData
import Scenario
import SummerPlan

extension SummerScenario {
    /// The scenario's settings as plain values for the summer planner.
    public var summerSettings: SummerSettings {
        var settings = SummerSettings(weeks: weeks)
        settings.perspective = perspective
        settings.routes = routes
        settings.maxTravelMinutes = maxTravelMinutes
        settings.targetOccupancy = targetOccupancy
        settings.defaultWaitCost = waitCost.defaultCost
        settings.finalBacklogWeight = finalBacklogWeight
        settings.overloadPenaltySEKPerBedWeek = overloadPenaltySEKPerBedWeek
        settings.travelCostSEKPerMinute = travelCostSEKPerMinute
        settings.compareStatusQuo = compareStatusQuo
        settings.guaranteeWeeks = guaranteeWeeks
        settings.defaultGuaranteePenalty = guaranteePenalty.defaultCost
        settings.acuteTransfers = acuteTransfers
        settings.acuteTransferMaxMinutes = acuteTransferMaxMinutes
        settings.acuteTransferCostSEKPerBedWeek = acuteTransferCostSEKPerBedWeek
        settings.acuteTransferCostSEKPerBedWeekMinute = acuteTransferCostSEKPerBedWeekMinute
        settings.noRegionWorseOff = noRegionWorseOff
        return settings
    }
}

extension PreparedSummer {
    /// What the summer planner needs of this prepared scenario: its data (adjusted), settings,
    /// resolved wait costs and solve parameters, and for the result files its name, data folder,
    /// price list and input hash.
    public var summerInputs: SummerInputs {
        SummerInputs(name: scenario.name, data: data, settings: scenario.summerSettings, waitCost: waitCost,
                     guaranteePenalty: guaranteePenalty, parameters: scenario.solver.solveParameters,
                     dataFolder: scenario.dataFolder.value, priceList: scenario.pricelist?.value, inputsSHA256: inputsSHA256)
    }
}
