import Foundation

/// What the workbench asks to be run: paths are scenario files inside the workspace, absolute
/// and already checked by `Workspace.resolve`.
public enum RunJob: Sendable, Equatable {
    /// `samplan run FILE`: a summer or level-structuring scenario.
    case scenario(URL)
    /// `samplan compare A B`: two summer scenarios.
    case compare(URL, URL)
    /// `samplan sweep FILE --price PRICE --factors …`: `price` is SPECIALTY/CARE_TYPE or
    /// SPECIALTY/CARE_TYPE/LEVEL (ids), `factors` non-negative and distinct.
    case sweep(URL, price: String, factors: [Double])

    /// The kind recorded in the history (`RunRecord.kind`) before the scenario file is read;
    /// a scenario job's kind comes from its file.
    var historyKind: String? {
        switch self {
        case .scenario: return nil
        case .compare: return "compare"
        case .sweep: return "sweep"
        }
    }

    /// The scenario files the job reads (their chains are hashed for the history).
    var files: [URL] {
        switch self {
        case let .scenario(url): return [url]
        case let .compare(a, b): return [a, b]
        case let .sweep(url, _, _): return [url]
        }
    }
}

/// Runs scenarios in this process and writes their result folders: the one seam between the
/// workbench and the run layer (`RunsRunner` over module `Runs`), so that the queue and pages
/// never depend on how a run is made.
public protocol ScenarioRunner: Sendable {
    /// Runs `job` and writes its result folder at `folder` (which does not exist yet; the runner
    /// creates it, complete or not at all).
    ///
    /// - Parameters:
    ///   - progress: called with how far the run has come, from any thread, in order.
    ///   - isCancelled: polled between steps; when it turns true the runner stops and throws
    ///     `CancellationError`.
    /// - Returns: the key figure and the inputs' SHA-256 as the run layer gives them (fields it
    ///   leaves nil are read from the folder's files); the folder is set by the caller.
    /// - Throws: `CancellationError` when cancelled; any other error's `LocalizedError` text (or
    ///   description) is shown on the run's page as why it failed.
    func run(_ job: RunJob, into folder: URL, progress: @escaping @Sendable (RunProgress) -> Void,
             isCancelled: @escaping @Sendable () -> Bool) async throws -> RunOutcome
}

/// A run that could not be made, with the run layer's message (shown on the run's page).
public struct RunFailure: Error, LocalizedError, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var errorDescription: String? { message }
}
