import Dispatch
import Foundation
import Synchronization

/// A line on stderr that counts the seconds of work without a measurable fraction (one LP solve),
/// redrawn every second, and ends with the time taken; only when stderr is a terminal.
final class ElapsedClock: Sendable {
    private let label: String
    private let start = ContinuousClock.now
    private let timer: Mutex<DispatchSourceTimer?>
    let enabled: Bool

    init(_ label: String, enabled: Bool = Progress.enabled) {
        self.label = label
        self.enabled = enabled
        timer = Mutex(enabled ? Self.ticker(label, from: start) : nil)
    }

    private static func ticker(_ label: String, from start: ContinuousClock.Instant) -> DispatchSourceTimer {
        let source = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        source.schedule(deadline: .now(), repeating: 1.0)
        source.setEventHandler {
            FileHandle.standardError.write(Data("\r\(label) … \(ProgressBar.clock((ContinuousClock.now - start).seconds))   ".utf8))
        }
        source.resume()
        return source
    }

    /// Stops the clock and writes the time taken.
    func stop(_ outcome: String = "done") {
        guard enabled else { return }
        timer.withLock { $0?.cancel(); $0 = nil }
        FileHandle.standardError.write(Data("\r\(label): \(outcome) in \(ProgressBar.clock((ContinuousClock.now - start).seconds))   \n".utf8))
    }
}
