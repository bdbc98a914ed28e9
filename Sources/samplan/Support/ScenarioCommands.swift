import ArgumentParser
import Runs
import Scenario

// The commands that read a scenario without running it (`validate`, `export`) load and prepare
// it through the run layer, so that its problems are reported and mapped to exit codes in one place.

/// Runs `body` with warnings printed on stderr as they come; a failure is printed and ends the
/// command with its exit status.
func ending<T>(_ body: (RunControl) throws -> T) throws -> T {
    do { return try body(RunControl(diagnostic: { Console.errorText($0) })) } catch let failure as JobFailure {
        throw Console.fail(failure)
    }
}

/// Reads a scenario file, reporting every problem; exit 65 (66 for a missing file).
func loadScenario(_ path: String) throws -> ScenarioDocument {
    try ending { _ in try ScenarioLoading.load(path) }
}

/// Loads a summer scenario's data and applies the scenario to it.
func prepare(_ scenario: SummerScenario) throws -> PreparedSummer {
    try ending { try ScenarioLoading.prepare(scenario, control: $0) }
}

/// Loads a level-structuring scenario's data and resolves its ids.
func prepare(_ scenario: LevelStructuringScenario) throws -> PreparedLevelStructuring {
    try ending { try ScenarioLoading.prepare(scenario, control: $0) }
}
