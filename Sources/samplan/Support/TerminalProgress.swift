import ArgumentParser
import Runs
import Synchronization

/// The terminal's view of a job's progress (stderr, only when it is a terminal): a dimmed line
/// for a note, a clock counting the seconds of a phase of unknown length, a bar with the time
/// left for a counted phase. The command line's consumer of `RunControl.progress`.
final class TerminalProgress: Sendable {
    private let clocksShown: Bool
    private let barsHidden: Set<String>
    private let clocks = Mutex<[String: ElapsedClock]>([:])
    private let bars = Mutex<[String: ProgressBar]>([:])

    /// - Parameters:
    ///   - clocksShown: false while GLPK writes its own output (`--verbose`), which a redrawn clock
    ///     would interleave with.
    ///   - barsHidden: labels of counted phases not drawn (a level-structuring run with `--json`).
    init(clocksShown: Bool = true, barsHidden: Set<String> = []) {
        self.clocksShown = clocksShown
        self.barsHidden = barsHidden
    }

    func show(_ progress: RunProgress) {
        switch progress.kind {
        case .note:
            Progress.say(progress.label)
        case .elapsed:
            if let outcome = progress.finished {
                clocks.withLock { $0.removeValue(forKey: progress.label) }?.stop(outcome)
            } else {
                let clock = ElapsedClock(progress.label, enabled: Progress.enabled && clocksShown)
                clocks.withLock { $0[progress.label] = clock }
            }
        case .count:
            let bar = bars.withLock { bars in
                if let bar = bars[progress.label] { return bar }
                let bar = ProgressBar(progress.label, enabled: Progress.enabled && !barsHidden.contains(progress.label))
                bars[progress.label] = bar
                return bar
            }
            bar.update(progress.done, progress.total ?? 0)
        }
    }
}

/// Running a job of the run layer from a command: progress and diagnostics on stderr as they
/// come, the terminal text on stdout, and the exit status of docs/SPEC.md §6.
enum JobCommand {
    static func run(progress: TerminalProgress = TerminalProgress(), _ job: (RunControl) throws -> JobOutcome) throws {
        let control = RunControl(progress: { progress.show($0) }, diagnostic: { Console.errorText($0) })
        let outcome: JobOutcome
        do { outcome = try job(control) } catch let failure as JobFailure {
            throw Console.fail(failure)
        }
        Console.out(outcome.terminal)
        Console.errorText(outcome.trailingErrors)
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }
}
