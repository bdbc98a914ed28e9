import Foundation

// The public face of the run layer (issue 12): what a caller (the command line, the workbench
// server) builds, what it gets back, and the one entry point per job. Requests are plain values
// (paths as written, flags, counts) so that a caller needs no argument parser.

/// Where a job writes its result folder and in which dialect.
public struct ResultOptions: Sendable, Equatable {
    /// The result folder; nil takes the job's default (`results/<scenario stem>` and the like).
    public var out: String?
    /// Replace an existing result folder; without it an existing folder is refused (exit 64).
    public var force: Bool
    /// CSVs for Swedish spreadsheets: `;`, decimal comma, byte-order mark.
    public var excel: Bool
    /// Also write `tabeller.xlsx`, the workbook of every table, into the result folder.
    public var xlsx: Bool

    public init(out: String? = nil, force: Bool = false, excel: Bool = false, xlsx: Bool = false) {
        self.out = out
        self.force = force
        self.excel = excel
        self.xlsx = xlsx
    }
}

/// `samplan run SCENARIO`: one scenario of either kind (summer, summer with `uncertainty`,
/// level structuring).
public struct RunRequest: Sendable, Equatable {
    /// The scenario file (YAML), as the user wrote the path.
    public var scenario: String
    public var result: ResultOptions
    /// The terminal text is summary.json and nothing else.
    public var json: Bool
    /// Summer: GLPK's own output on stderr; level structuring: the MIP's and the evaluation's log.
    public var verbose: Bool
    /// Threads for the blocks of a summer model or the proposals; nil: the number of cores (≥ 1).
    public var jobs: Int?
    /// Uncertainty runs only: `I/N`, the I-th of N parts of the draws (writes shard-I-of-N.json).
    public var shard: String?

    public init(scenario: String, result: ResultOptions = ResultOptions(), json: Bool = false, verbose: Bool = false,
                jobs: Int? = nil, shard: String? = nil) {
        self.scenario = scenario
        self.result = result
        self.json = json
        self.verbose = verbose
        self.jobs = jobs
        self.shard = shard
    }
}

/// `samplan compare A B`: two summer scenarios, B warm-started from A where it can be.
public struct CompareRequest: Sendable, Equatable {
    public var scenarioA: String
    public var scenarioB: String
    public var result: ResultOptions
    public var jobs: Int?

    public init(scenarioA: String, scenarioB: String, result: ResultOptions = ResultOptions(), jobs: Int? = nil) {
        self.scenarioA = scenarioA
        self.scenarioB = scenarioB
        self.result = result
        self.jobs = jobs
    }
}

/// `samplan sweep SCENARIO --price … --factors …`: one warm-started re-solve per price factor.
public struct SweepRequest: Sendable, Equatable {
    public var scenario: String
    /// SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, ids or Swedish names.
    public var price: String
    /// Non-negative factors without repeats, e.g. [0.8, 1, 1.2].
    public var factors: [Double]
    /// Solve every factor from scratch.
    public var cold: Bool
    public var result: ResultOptions
    public var jobs: Int?

    public init(scenario: String, price: String, factors: [Double], cold: Bool = false, result: ResultOptions = ResultOptions(),
                jobs: Int? = nil) {
        self.scenario = scenario
        self.price = price
        self.factors = factors
        self.cold = cold
        self.result = result
        self.jobs = jobs
    }
}

/// `samplan batch PATH...`: many scenarios, one result folder each, batch.csv and report.html.
public struct BatchRequest: Sendable, Equatable {
    /// Scenario files and folders (searched for *.yaml).
    public var paths: [String]
    /// Scenarios run at once; nil: the number of cores.
    public var jobs: Int?
    /// `I/N`: only part I of N of the sorted file list.
    public var shard: String?
    /// The folder of the result folders and batch.csv.
    public var out: String
    public var force: Bool
    public var excel: Bool

    public init(paths: [String], jobs: Int? = nil, shard: String? = nil, out: String = "results/batch", force: Bool = false,
                excel: Bool = false) {
        self.paths = paths
        self.jobs = jobs
        self.shard = shard
        self.out = out
        self.force = force
        self.excel = excel
    }
}

/// `samplan merge PART... --out DIR`: the parts of a sharded batch or uncertainty run, joined.
public struct MergeRequest: Sendable, Equatable {
    public var parts: [String]
    public var out: String
    public var force: Bool

    public init(parts: [String], out: String, force: Bool = false) {
        self.parts = parts
        self.out = out
        self.force = force
    }
}

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
    /// 0, or 3 when scenarios of a batch or a merged batch failed (SPEC §6).
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

/// The exit codes of SPEC §6 (sysexits.h).
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

/// One entry point per job. Each loads, solves, writes the result folder atomically (a temporary
/// folder renamed into place) and returns the outcome.
///
/// - Throws: `JobFailure` (exit status and stderr text) for every failure;
///   `CancellationError` when `control.isCancelled()` turned true (no result folder is left).
public enum Jobs {
    public static func run(_ request: RunRequest, control: RunControl = RunControl()) throws -> JobOutcome {
        try perform(control) { try ScenarioJob(request: request, control: $0).run() }
    }

    public static func compare(_ request: CompareRequest, control: RunControl = RunControl()) throws -> JobOutcome {
        try perform(control) { try CompareJob(request: request, control: $0).run() }
    }

    public static func sweep(_ request: SweepRequest, control: RunControl = RunControl()) throws -> JobOutcome {
        try perform(control) { try SweepJob(request: request, control: $0).run() }
    }

    public static func batch(_ request: BatchRequest, control: RunControl = RunControl()) throws -> JobOutcome {
        try perform(control) { try BatchJob(request: request, control: $0).run() }
    }

    public static func merge(_ request: MergeRequest, control: RunControl = RunControl()) throws -> JobOutcome {
        try perform(control) { try MergeJob(request: request, control: $0).run() }
    }

    /// The result folder `run` writes when `result.out` is nil: `results/<scenario file stem>`.
    public static func defaultFolder(_ request: RunRequest) -> String { "results/" + UserPathStem.stem(request.scenario) }
    public static func defaultFolder(_ request: CompareRequest) -> String {
        "results/compare-\(UserPathStem.stem(request.scenarioA))-vs-\(UserPathStem.stem(request.scenarioB))"
    }
    public static func defaultFolder(_ request: SweepRequest) -> String { "results/sweep-\(UserPathStem.stem(request.scenario))" }
}

extension Jobs {
    /// Runs `job` (one of the entry points, given the control to pass on) on a thread of its own,
    /// so that a long solve does not hold a thread of Swift's cooperative pool; cancelling the
    /// calling task cancels the job, which then throws `CancellationError`.
    /// `progress` and `diagnostic` as in `RunControl`.
    public static func cancellable(progress: @escaping @Sendable (RunProgress) -> Void = { _ in },
                                   diagnostic: @escaping @Sendable (String) -> Void = { _ in },
                                   _ job: @escaping @Sendable (RunControl) throws -> JobOutcome) async throws -> JobOutcome {
        let flag = CancelFlag()
        let control = RunControl(progress: progress, diagnostic: diagnostic, isCancelled: { flag.isSet })
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread { continuation.resume(with: Result { try job(control) }) }
            }
        } onCancel: {
            flag.set()
        }
    }
}
