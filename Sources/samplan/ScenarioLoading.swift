import ArgumentParser
import Foundation
import PlanningData
import Scenario
import SummerPlan

/// Reads a scenario file, reporting every problem; exit 65 (66 for a missing file).
func loadScenario(_ path: String) throws -> ScenarioDocument {
    do {
        return try ScenarioDocument.load(path)
    } catch {
        for issue in error.issues { Console.error(issue.description) }
        throw ExitCode(error.hasMissingFile ? ExitStatus.missingFile.rawValue : ExitStatus.invalidInput.rawValue)
    }
}

/// Reports a preparation error (the data set's or the scenario's problems) and returns the exit.
func report(_ error: PreparationError) -> ExitCode {
    switch error {
    case let .data(e):
        for issue in e.issues {
            if issue.severity == .error { Console.error(issue.description) } else { Console.warning(issue.description) }
        }
    case let .scenario(e):
        for issue in e.issues { Console.error(issue.description) }
    }
    return ExitCode(error.hasMissingFile ? ExitStatus.missingFile.rawValue : ExitStatus.invalidInput.rawValue)
}

/// Loads a summer scenario's data and applies the scenario to it.
func prepare(_ scenario: SummerScenario) throws -> PreparedSummer {
    do {
        let prepared = try scenario.prepare()
        for warning in prepared.warnings { Console.warning(warning.description) }
        return prepared
    } catch {
        throw report(error)
    }
}

/// Reports a planning error: missing prices are invalid input, anything else is a bug.
func report(_ error: SummerPlanError, scenario: String) -> ExitCode {
    switch error {
    case let .missingPrices(e):
        for line in e.missing { Console.error("\(scenario): \(line)") }
        return ExitCode(ExitStatus.invalidInput.rawValue)
    case let .internalError(text):
        Console.error("\(scenario): internal error: \(text)")
        return ExitCode(ExitStatus.internalError.rawValue)
    }
}

/// Progress messages on stderr, only when it is a terminal.
enum Progress {
    static let enabled = isatty(STDERR_FILENO) != 0

    static func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\u{1B}[2m" + text + "\u{1B}[0m\n").utf8))
    }
}
