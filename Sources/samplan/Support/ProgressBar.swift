import Foundation
import Synchronization

/// A progress bar with an estimate of the time left, drawn on stderr only when it is a terminal.
final class ProgressBar: Sendable {
    private let label: String
    /// When the first update came: the estimate counts only the work the bar measures.
    private let start = Mutex<ContinuousClock.Instant?>(nil)
    private let lastDrawn = Mutex<ContinuousClock.Instant?>(nil)
    let enabled: Bool

    init(_ label: String, enabled: Bool = Progress.enabled) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws at most ten times a second; safe from any thread.
    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        let begun = start.withLock { first -> ContinuousClock.Instant in
            if first == nil { first = now }
            return first!
        }
        let draw = lastDrawn.withLock { last -> Bool in
            guard done == total || last == nil || now - last! > .milliseconds(100) else { return false }
            last = now
            return true
        }
        guard draw else { return }
        let fraction = Double(done) / Double(total)
        let width = 30, filled = Int(fraction * Double(width))
        let elapsed = (now - begun).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
        let left = done > 0 ? seconds / Double(done) * Double(total - done) : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var text = "\r\(label) \(bar) \(done)/\(total) \(Int(fraction * 100)) %"
        text += done == total ? " in \(Self.clock(seconds))\n" : " — \(Self.clock(left)) left   "
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
