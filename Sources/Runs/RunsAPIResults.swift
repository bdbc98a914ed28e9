import Foundation

// The public face of the run layer, continued (RunsAPI.swift): what a job reports while it works,
// what it returns, and how it fails.

/// How far a job has come. Three kinds of report: a line said once (`note`), a phase whose
/// length is not known (`elapsed`: reported when it starts and, with `finished`, when it ends),
/// and a counted phase (`count`: `done` of `total`).
public struct RunProgress: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case note, elapsed, count }

    public var kind: Kind
    /// The phase in Swedish, for a web page: "Läser data", "Löser planen", "Dragningar",
    /// "Utvärderar förslag", "Löser prisfaktorer", "Scenarier", "Löser A och B".
    public var phase: String
    /// The phase in the terminal's words (English), e.g. "Solving the plan and the status quo".
    public var label: String
    /// Units done (draws, proposals, factors, scenarios) and their total; 0 and nil for a phase
    /// that is not counted.
    public var done: Int
    public var total: Int?
    /// An `elapsed` phase that ended: how ("optimal", "failed").
    public var finished: String?

    public init(kind: Kind, phase: String, label: String, done: Int = 0, total: Int? = nil, finished: String? = nil) {
        self.kind = kind
        self.phase = phase
        self.label = label
        self.done = done
        self.total = total
        self.finished = finished
    }

    /// The share done, 0…1, when counted.
    public var fraction: Double? {
        guard let total, total > 0 else { return nil }
        return Double(done) / Double(total)
    }
}

/// What a job reports while it works and how it is asked to stop.
public struct RunControl: Sendable {
    /// Called from any thread, in order per phase.
    public var progress: @Sendable (RunProgress) -> Void
    /// Text for stderr as it arises (the data set's warnings, `--verbose` logs), each ending in a
    /// newline; the outcome repeats it in `diagnostics`.
    public var diagnostic: @Sendable (String) -> Void
    /// Asked between blocks, draws, proposals, factors and scenarios (from any thread); true stops
    /// the job with `CancellationError`, leaving no result folder behind.
    public var isCancelled: @Sendable () -> Bool

    public init(progress: @escaping @Sendable (RunProgress) -> Void = { _ in },
                diagnostic: @escaping @Sendable (String) -> Void = { _ in },
                isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.progress = progress
        self.diagnostic = diagnostic
        self.isCancelled = isCancelled
    }
}

/// What a finished job hands back. A job that ran to its end returns an outcome even when the
/// model is infeasible (exit 0) or some batch scenarios failed (exit 3).
public struct JobOutcome: Sendable, Equatable {
    /// The result folder written (the batch folder for `batch`), as given or defaulted.
    public var resultFolder: String
    /// Every file written, relative to `resultFolder`, sorted (`status_quo/flows.csv` and the like).
    public var files: [String]
    /// What the command prints on stdout.
    public var terminal: String
    /// Printed on stderr after the terminal text (batch: one `error:` line per failed scenario).
    public var trailingErrors: String
    /// 0, or 3 when scenarios of a batch or a merged batch failed (docs/SPEC.md §6).
    public var exitStatus: Int32
    /// The solve status ("optimal", "infeasible", …), when the job solved one model of note.
    public var status: String?
    /// The job's key figure and what it is, e.g. the objective in SEK.
    public var keyFigure: Double?
    public var keyFigureLabel: String?
    /// SHA-256 of every input of the scenario (hex), when one scenario ran.
    public var inputsSHA256: String?
    /// Everything reported through `RunControl.diagnostic`, in order.
    public var diagnostics: String

    public init(resultFolder: String, files: [String], terminal: String, trailingErrors: String = "", exitStatus: Int32 = 0,
                status: String? = nil, keyFigure: Double? = nil, keyFigureLabel: String? = nil, inputsSHA256: String? = nil,
                diagnostics: String = "") {
        self.resultFolder = resultFolder
        self.files = files
        self.terminal = terminal
        self.trailingErrors = trailingErrors
        self.exitStatus = exitStatus
        self.status = status
        self.keyFigure = keyFigure
        self.keyFigureLabel = keyFigureLabel
        self.inputsSHA256 = inputsSHA256
        self.diagnostics = diagnostics
    }
}

/// The exit codes of docs/SPEC.md §6 (sysexits.h).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case someScenariosFailed = 3
    case usage = 64
    case invalidInput = 65
    case missingFile = 66
    case internalError = 70
}

/// A job that could not finish: the exit status and the text for stderr, exactly as printed
/// (`error: FILE:LINE:COLUMN: message` lines, at most 20 a file, each ending in a newline).
/// Every error a job meets is turned into one of these (`JobFailure.init(_:)`), except
/// cancellation, which stays `CancellationError`.
public struct JobFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: ExitStatus
    public var stderr: String

    public init(status: ExitStatus, stderr: String) {
        self.status = status
        self.stderr = stderr
    }

    /// A one-line failure: `error: message`.
    public init(_ status: ExitStatus, _ message: String) {
        self.init(status: status, stderr: "error: " + message + "\n")
    }

    /// The first line without its `error: ` prefix, for a web page.
    public var message: String {
        let first = stderr.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return first.hasPrefix("error: ") ? String(first.dropFirst(7)) : first
    }

    public var description: String { stderr }
}
