import Foundation

// The public face of the run layer (issue 12): what a caller (the command line, the workbench
// server) builds, what it gets back, and the one entry point per job. Requests are plain values
// (paths as written, flags, counts) so that a caller needs no argument parser. What a job reports
// and returns (RunProgress, RunControl, JobOutcome, ExitStatus, JobFailure) is in RunsAPIResults.swift.

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
