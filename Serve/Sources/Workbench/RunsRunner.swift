import Foundation
import Runs

/// Runs scenarios through the run layer (module `Runs`, `Jobs.run`, `Jobs.compare`,
/// `Jobs.sweep`), in this process: the same code as `samplan run/compare/sweep`, never a
/// spawned CLI. Each job runs on a thread of its own, so that a long solve does not hold one
/// of the few threads Swift's concurrency (and so the web server) runs on.
public struct RunsRunner: ScenarioRunner {
    /// Threads for the blocks of one summer model (`--jobs` of `samplan run`); nil: the cores.
    public var solverThreads: Int?

    public init(solverThreads: Int? = nil) { self.solverThreads = solverThreads }

    public func run(_ job: RunJob, into folder: URL, progress: @escaping @Sendable (RunProgress) -> Void,
                    isCancelled: @escaping @Sendable () -> Bool) async throws -> RunOutcome {
        let control = RunControl(progress: { progress(Self.progress($0)) }, isCancelled: isCancelled)
        let result = ResultOptions(out: folder.path, force: false, excel: false, xlsx: false)
        let threads = solverThreads
        let outcome: JobOutcome
        do {
            outcome = try await OwnThread.run {
                switch job {
                case let .scenario(url):
                    return try Jobs.run(RunRequest(scenario: url.path, result: result, jobs: threads), control: control)
                case let .compare(a, b):
                    return try Jobs.compare(CompareRequest(scenarioA: a.path, scenarioB: b.path, result: result, jobs: threads), control: control)
                case let .sweep(url, price, factors):
                    return try Jobs.sweep(SweepRequest(scenario: url.path, price: price, factors: factors, result: result, jobs: threads),
                                          control: control)
                }
            }
        } catch let failure as JobFailure {
            throw RunFailure(failure.message)
        }
        // The pages show key figures in kronor: one in SEK ("Målfunktion (kr)") is kept without
        // its unit; a count (a sweep's "Prisfaktorer") is not a key figure there.
        let label = outcome.keyFigureLabel ?? ""
        let inKronor = outcome.keyFigure != nil && label.hasSuffix(" (kr)")
        return RunOutcome(keyFigure: inKronor ? outcome.keyFigure : nil, keyFigureLabel: inKronor ? String(label.dropLast(5)) : nil,
                          dataSHA256: outcome.inputsSHA256)
    }

    /// The run layer's report in the page's words: the phase in Swedish, "3 av 5" when counted.
    static func progress(_ report: Runs.RunProgress) -> RunProgress {
        var text = report.phase
        if let total = report.total { text += " \(report.done) av \(total)" }
        if let finished = report.finished { text += " – " + (finished == "optimal" ? "klar (optimal)" : finished) }
        return RunProgress(fraction: report.fraction, message: text)
    }
}

/// Blocking work on a thread of its own, awaited without holding a concurrency thread.
enum OwnThread {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            // GLPK and the model builders recurse little, but the default 512 KiB of a secondary
            // thread is less than the main thread's 8 MiB that `samplan` runs them on.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
