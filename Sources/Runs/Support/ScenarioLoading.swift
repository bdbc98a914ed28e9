import Foundation
import PlanningData
import Reports
import Scenario

/// The number of cores, the default of every `jobs`.
public var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

extension RunControl {
    /// Text for stderr now (warnings, logs); empty text is not reported.
    func say(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        diagnostic(lines.joined(separator: "\n") + "\n")
    }

    /// A line said once on the terminal.
    func note(_ phase: String, _ label: String) {
        progress(RunProgress(kind: .note, phase: phase, label: label))
    }
}

/// Reading scenario files and preparing their runs, with the data set's warnings reported
/// through `control.diagnostic`; for the commands that check or export a scenario without running it.
public enum ScenarioLoading {
    /// The scenario file at `path`.
    /// - Throws: `JobFailure` exit 65 with every problem (66 for a missing file).
    public static func load(_ path: String) throws -> ScenarioDocument {
        do { return try ScenarioDocument.load(path) } catch { throw JobFailure.scenario(error) }
    }

    /// A summer scenario's data loaded and the scenario applied; warnings go to `control`.
    public static func prepare(_ scenario: SummerScenario, control: RunControl) throws -> PreparedSummer {
        try prepared(scenario.prepare, warnings: \.warnings, control: control)
    }

    /// A level-structuring scenario's data loaded and its ids resolved.
    public static func prepare(_ scenario: LevelStructuringScenario, control: RunControl) throws -> PreparedLevelStructuring {
        try prepared(scenario.prepare, warnings: \.warnings, control: control)
    }

    /// A summer scenario for `compare` and `sweep`, prepared.
    /// - Throws: exit 65 for a level-structuring scenario.
    static func summer(_ path: String, for command: String, control: RunControl) throws -> PreparedSummer {
        guard case let .summer(summer) = try load(path) else {
            throw JobFailure(.invalidInput, "\(path): `samplan \(command)` takes summer scenarios; this is a level-structuring scenario")
        }
        return try prepare(summer, control: control)
    }

    private static func prepared<Prepared>(_ prepare: () throws(PreparationError) -> Prepared, warnings: (Prepared) -> [DataIssue],
                                           control: RunControl) throws -> Prepared {
        do {
            let result = try prepare()
            control.say(IssueCap.lines(warnings(result)))
            return result
        } catch {
            throw JobFailure.preparation(error)
        }
    }
}
