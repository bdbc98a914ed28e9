import Foundation
import LevelStructuring
import PlanningData
import Reports
import Scenario
import SummerPlan
import Synchronization

// The one mapping from any error a job meets to an exit status and the text for stderr (docs/SPEC.md §6,
// §9): every other file of this module throws `JobFailure` or one of the errors mapped here.

extension JobFailure {
    /// `error` as a failure: a `JobFailure` as it is, a cancellation left alone by the caller
    /// (see `mapping`), anything else an internal error (exit 70) naming it.
    public init(_ error: any Error) {
        switch error {
        case let failure as JobFailure: self = failure
        case let error as ScenarioError: self = Self.scenario(error)
        case let error as PreparationError: self = Self.preparation(error)
        case let error as ResultWriteError: self.init(error.exists ? .usage : .internalError, error.description)
        default: self.init(.internalError, "\(error)")
        }
    }

    /// Runs `body`, turning every error but `CancellationError` into a `JobFailure`.
    static func mapping<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as CancellationError { throw error } catch { throw JobFailure(error) }
    }

    /// Problems with their prefixes, at most 20 printed a file (docs/SPEC.md (v2) §2).
    public static func capped(_ status: ExitStatus, _ lines: [String]) -> JobFailure {
        JobFailure(status: status, stderr: lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n")
    }

    /// A scenario file's problems: exit 65, or 66 when a file is missing.
    static func scenario(_ error: ScenarioError) -> JobFailure {
        capped(error.hasMissingFile ? .missingFile : .invalidInput, scenarioLines(error))
    }

    /// The data set's or the scenario's problems found while preparing a run.
    static func preparation(_ error: PreparationError) -> JobFailure {
        let status: ExitStatus = error.hasMissingFile ? .missingFile : .invalidInput
        switch error {
        case let .data(e): return capped(status, IssueCap.lines(e.issues))
        case let .scenario(e): return capped(status, scenarioLines(e))
        }
    }

    /// A summer planning error: missing prices and a bad scenario are invalid input, anything
    /// else is a bug.
    public static func summer(_ error: any Error, scenario: String) -> JobFailure {
        guard let error = error as? SummerPlanError else { return JobFailure(error) }
        switch error {
        case let .missingPrices(e):
            // Lines of the scenario, then lines that name their own file (FILE: message, docs/SPEC.md §9 v2).
            var items = e.missing.map { IssueCap.Item(file: scenario, isError: true, text: "\(scenario): \($0)") }
            items += e.located.map { IssueCap.Item(file: String($0.prefix { $0 != ":" }), isError: true, text: $0) }
            return capped(.invalidInput, IssueCap.lines(items))
        case let .invalidScenario(text): return JobFailure(.invalidInput, "\(scenario): \(text)")
        case let .internalError(text): return JobFailure(.internalError, "\(scenario): internal error: \(text)")
        }
    }

    /// A level-structuring error: missing prices are invalid input, anything else a bug.
    public static func level(_ error: any Error, scenario: String) -> JobFailure {
        guard let error = error as? LevelStructuringError else { return JobFailure(error) }
        switch error {
        case let .missingPrices(lines):
            return capped(.invalidInput, IssueCap.lines(lines.map { IssueCap.Item(file: scenario, isError: true, text: "\(scenario): \($0)") }))
        case let .internalError(text): return JobFailure(.internalError, "\(scenario): internal error: \(text)")
        }
    }
}

/// A scenario's problems as capped lines, grouped by the file they are in.
func scenarioLines(_ error: ScenarioError) -> [String] {
    IssueCap.lines(error.issues.map { IssueCap.Item(file: $0.location?.file ?? "", isError: true, text: $0.description) })
}

/// A flag set once, read from any thread: how a task's cancellation reaches a job.
final class CancelFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}

extension RunControl {
    /// Throws `CancellationError` when the caller asked the job to stop.
    func checkCancellation() throws {
        if isCancelled() { throw CancellationError() }
    }
}

extension Jobs {
    /// Runs a job with `control`, collecting its diagnostics into the outcome and mapping every
    /// error but cancellation to a `JobFailure` (with the diagnostics reported before it).
    static func perform(_ control: RunControl, _ job: (RunControl) throws -> JobOutcome) throws -> JobOutcome {
        let collected = Mutex("")
        var collecting = control
        collecting.diagnostic = { text in
            collected.withLock { $0 += text }
            control.diagnostic(text)
        }
        try control.checkCancellation()
        var outcome = try JobFailure.mapping { try job(collecting) }
        outcome.diagnostics = collected.withLock { $0 }
        return outcome
    }
}
