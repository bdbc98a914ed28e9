import LinearProgramming
import PlanningData
import Runs
import Scenario
import SummerPlan
import TestSupport
import Testing

/// The run layer's conversion of a summer scenario into the planner's plain inputs.
@Suite("Summer plan: inputs from a scenario")
struct SummerInputsTests {
    /// Every setting moved off its default arrives in `SummerSettings` unchanged, the solver
    /// block becomes the run's parameters, and the source fields ride along for the result files.
    @Test func everySettingCarriesOver() throws {
        let prepared = try TinyWorld().preparedScenario(weeks: 2...5) {
            $0.perspective = .system; $0.routes = .ownRegion; $0.maxTravelMinutes = 77; $0.targetOccupancy = 0.8
            $0.waitCost = WaitCostSetting(defaultCost: 111); $0.finalBacklogWeight = 3; $0.overloadPenaltySEKPerBedWeek = 222
            $0.travelCostSEKPerMinute = 4; $0.compareStatusQuo = false; $0.guaranteeWeeks = 9
            $0.guaranteePenalty = WaitCostSetting(defaultCost: 333); $0.acuteTransfers = false; $0.acuteTransferMaxMinutes = 55
            $0.acuteTransferCostSEKPerBedWeek = 444; $0.acuteTransferCostSEKPerBedWeekMinute = 5; $0.noRegionWorseOff = true
            $0.pricelist = Located("prices-2025.csv")
            $0.solver = SolverSettings(timeLimitSeconds: 12, mipGap: 0.5, presolve: false)
        }
        let inputs = prepared.summerInputs
        var expected = SummerSettings(weeks: 2...5)
        expected.perspective = .system; expected.routes = .ownRegion; expected.maxTravelMinutes = 77; expected.targetOccupancy = 0.8
        expected.defaultWaitCost = 111; expected.finalBacklogWeight = 3; expected.overloadPenaltySEKPerBedWeek = 222
        expected.travelCostSEKPerMinute = 4; expected.compareStatusQuo = false; expected.guaranteeWeeks = 9
        expected.defaultGuaranteePenalty = 333; expected.acuteTransfers = false; expected.acuteTransferMaxMinutes = 55
        expected.acuteTransferCostSEKPerBedWeek = 444; expected.acuteTransferCostSEKPerBedWeekMinute = 5; expected.noRegionWorseOff = true
        #expect(inputs.settings == expected)
        #expect(inputs.parameters == SolveParameters(method: .dual, presolve: false, timeLimitSeconds: 12, mipGap: 0.5))
        #expect(inputs.name == "tiny" && inputs.dataFolder == "tiny" && inputs.priceList == "prices-2025.csv")
        // The resolved wait costs: the default for every (specialty, care type) with a case-mix row.
        #expect(inputs.waitCost == [SpecialtyCareType(0, .electiveInpatient): 111])
        #expect(inputs.guaranteePenalty == [SpecialtyCareType(0, .electiveInpatient): 333])
    }

    /// The scenario's defaults are the settings' defaults (docs/SPEC.md §5), apart from the tiny world's
    /// target occupancy of 1.
    @Test func defaultsAgree() throws {
        let inputs = try TinyWorld().preparedScenario(weeks: 1...3).summerInputs
        var expected = SummerSettings(weeks: 1...3)
        expected.targetOccupancy = 1
        #expect(inputs.settings == expected)
        #expect(inputs.parameters == SolveParameters(method: .dual, presolve: true, timeLimitSeconds: 600, mipGap: 0.0001))
    }
}
