import Dispatch
import Synchronization
import SamplanSupport

/// A ``LinearSolver`` that splits a model into its independent blocks (``ModelDecomposition``),
/// solves them with `backend` on `jobs` threads, largest first, and merges the block results
/// into the whole model's result (``BlockMerge``).
///
/// Exact: the blocks share no row and the objective is a sum over columns, so the concatenated
/// block optima are an optimum of the whole model, the block duals satisfy the whole model's
/// optimality conditions, and the optimal value is their sum plus the constant.
///
/// Each thread of the pool runs inside one ``LinearSolver/withSession(_:)`` of the backend (for
/// GLPK: one environment per thread). Every block's result depends only on the block, never on
/// the thread or the order, so any number of jobs gives the same merged result.
///
/// A model that does not split (one block, or none) is handed to the backend whole, unchanged.
public struct DecomposingSolver<Backend: LinearSolver>: LinearSolver {
    /// The solver every block is handed to.
    public let backend: Backend
    /// Threads to solve blocks on (at least 1).
    public let jobs: Int

    /// Decomposes for `backend` on `jobs` threads (fewer than 1 counts as 1).
    public init(backend: Backend, jobs: Int) {
        self.backend = backend
        self.jobs = max(1, jobs)
    }

    /// The backend's name.
    public var name: String { backend.name }
    /// The backend's version.
    public var version: String { backend.version }

    /// Solves `model` block by block and merges the blocks' results into one of the whole
    /// model's shape (m rows, n columns).
    ///
    /// - Throws: ``SolverError`` as the backend throws it, for the first block that fails.
    public func solve(_ model: CompiledModel, parameters: SolveParameters) throws(SolverError) -> SolveResult {
        try solveAll([SolveRequest(model, parameters: parameters)])[0].get()
    }

    /// As ``solve(_:parameters:)``, reusing the blocks of `previous` whose data are unchanged
    /// and warm-starting the others from its basis.
    ///
    /// - Throws: ``SolverError`` as the backend throws it.
    public func solve(_ model: CompiledModel, parameters: SolveParameters, reusing previous: PreviousSolve?) throws(SolverError) -> SolveResult {
        try solveAll([SolveRequest(model, parameters: parameters, previous: previous)])[0].get()
    }

    /// Solves every block of every request in one pool, largest blocks first.
    ///
    /// With a ``SolveRequest/previous`` solve that was optimal, a block whose rows and columns
    /// form the same block there, with the same data, takes its solution from there without
    /// being solved; a block with the same rows and columns but other data starts from its own
    /// part of the previous basis (primal simplex when its bounds are unchanged, since the basis
    /// then stays primal feasible; dual simplex otherwise). Without a previous solve, a whole-model
    /// warm-start basis in the parameters is split among the blocks.
    public func solveAll(_ requests: [SolveRequest]) -> [Result<SolveResult, SolverError>] {
        let start = ContinuousClock.now
        var allTasks: [Task] = []
        var allPlans: [Plan] = []
        for (r, request) in requests.enumerated() {
            allPlans.append(Plan(request, index: r, start: start, tasks: &allTasks))
        }
        let plans = allPlans
        // Largest first, so that the longest solves start at once and the small ones fill in.
        let tasks = allTasks.sorted { $0.size > $1.size || ($0.size == $1.size && ($0.request, $0.block) < ($1.request, $1.block)) }
        let outcomes = Mutex<[Result<SolveResult, SolverError>?]>(Array(repeating: nil, count: tasks.count))
        let next = Atomic<Int>(0)
        let threads = min(jobs, tasks.count)
        @Sendable func work() {
            backend.withSession {
                while true {
                    let t = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard t < tasks.count else { return }
                    let task = tasks[t]
                    let request = requests[task.request]
                    var parameters = task.parameters
                    if let deadline = plans[task.request].deadline {
                        parameters.timeLimitSeconds = max(0, (deadline - ContinuousClock.now).seconds)
                    }
                    // Sub-models are cut out here, on the pool's threads, not up front.
                    let model = task.blockValue.map { request.model.subModel($0) }
                    let outcome = Result { () throws(SolverError) -> SolveResult in
                        try backend.solve(model ?? request.model, parameters: parameters)
                    }
                    outcomes.withLock { $0[t] = outcome }
                }
            }
        }
        if threads <= 1 {
            work()
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in work() }
        }
        let solved = outcomes.withLock { $0.map { $0! } }
        let seconds = (ContinuousClock.now - start).seconds
        var byTask: [[Int?: Result<SolveResult, SolverError>]] = Array(repeating: [:], count: requests.count)
        for (t, task) in tasks.enumerated() { byTask[task.request][task.blockIndex] = solved[t] }
        return plans.indices.map { r in plans[r].finish(requests[r], byTask[r], seconds: seconds, threads: max(1, threads)) }
    }

    /// One unit of work for the pool: a block of a request, or a whole request that does not split.
    fileprivate struct Task: Sendable {
        let request: Int
        /// The block index, or -1 for the whole model.
        let block: Int
        let blockValue: ModelBlock?
        let parameters: SolveParameters
        let size: Int
        var blockIndex: Int? { block < 0 ? nil : block }
    }

    /// What to do with one request: its decomposition, which blocks are reused, its deadline.
    fileprivate struct Plan: Sendable {
        let decomposition: ModelDecomposition?
        /// Results taken over from the previous solve, by block index.
        let reused: [Int: SolveResult]
        let warmStarted: Int
        let deadline: ContinuousClock.Instant?
        let failure: SolverError?

        init(_ request: SolveRequest, index r: Int, start: ContinuousClock.Instant, tasks: inout [Task]) {
            let parameters = request.parameters
            deadline = parameters.timeLimitSeconds.flatMap { $0.isFinite && $0 >= 0 ? start + .milliseconds(Int64(min($0, 1e9) * 1000)) : nil }
            if let problem = parameters.problem {
                // Refuse as the backend would, before any work.
                decomposition = nil; reused = [:]; warmStarted = 0; failure = .invalidParameters(problem)
                return
            }
            failure = nil
            let model = request.model
            let decomposition = ModelDecomposition(model)
            guard !decomposition.isTrivial else {
                self.decomposition = nil; reused = [:]; warmStarted = 0
                tasks.append(Task(request: r, block: -1, blockValue: nil, parameters: parameters,
                                  size: model.nonzeroCount + model.rowCount + model.columnCount))
                return
            }
            self.decomposition = decomposition
            // The previous solve counts only for a model of the same shape.
            let previous = request.previous.flatMap { p in
                p.model.rowCount == model.rowCount && p.model.columnCount == model.columnCount ? p : nil
            }
            let previousBlocks = Self.blocks(of: previous)
            let previousOptimal = previous.map { $0.result.termination == .optimal && $0.result.primalValues.count == model.columnCount } ?? false
            let wholeWarm = previous == nil ? parameters.warmStart.flatMap { $0.fits(model) ? $0 : nil } : nil
            var reused: [Int: SolveResult] = [:]
            var warm = 0
            for (b, block) in decomposition.blocks.enumerated() {
                var blockParameters = parameters
                blockParameters.warmStart = nil
                if let p = previous, let old = previousBlocks[Self.key(block)], old == block {
                    if previousOptimal && model.blockData(block, equalsIn: p.model) {
                        reused[b] = BlockMerge.slice(p.result, block, of: p.model)
                        continue
                    }
                    if let basis = p.result.basis, basis.rows.count == model.rowCount, basis.columns.count == model.columnCount {
                        blockParameters.warmStart = BlockMerge.slice(basis, block)
                        blockParameters.method = model.blockBounds(block, equalIn: p.model) ? .primal : .dual
                        warm += 1
                    }
                } else if let basis = wholeWarm {
                    let sliced = BlockMerge.slice(basis, block)
                    // A whole basis split along blocks has one basic variable per row in each
                    // block only if it was itself a basis of this block structure.
                    if sliced.rows.count == block.rows.count,
                       sliced.rows.lazy.filter({ $0 == .basic }).count + sliced.columns.lazy.filter({ $0 == .basic }).count == block.rows.count {
                        blockParameters.warmStart = sliced
                        warm += 1
                    }
                }
                tasks.append(Task(request: r, block: b, blockValue: block, parameters: blockParameters, size: block.size))
            }
            self.reused = reused
            warmStarted = warm
        }

        static func key(_ block: ModelBlock) -> Int { block.columns.first ?? -1 - (block.rows.first ?? 0) }

        /// The previous solve's blocks, by their first column (or, without columns, first row).
        static func blocks(of previous: PreviousSolve?) -> [Int: ModelBlock] {
            var blocks: [Int: ModelBlock] = [:]
            if let previous {
                for block in ModelDecomposition(previous.model).blocks { blocks[key(block)] = block }
            }
            return blocks
        }

        func finish(_ request: SolveRequest, _ solved: [Int?: Result<SolveResult, SolverError>], seconds: Double,
                    threads: Int) -> Result<SolveResult, SolverError> {
            if let failure { return .failure(failure) }
            let model = request.model
            guard let decomposition else {
                // Solved whole: the backend's result as it is, plus the summary.
                return solved[nil]!.map { result in
                    var result = result
                    result.decomposition = DecompositionSummary(
                        blocks: model.rowCount + model.columnCount > 0 ? 1 : 0, largestRows: model.rowCount,
                        largestColumns: model.columnCount, largestNonzeros: model.nonzeroCount, solvedBlocks: 1,
                        reusedBlocks: 0, warmStartedBlocks: request.parameters.warmStart == nil ? 0 : 1,
                        summedSeconds: result.seconds, threads: 1)
                    return result
                }
            }
            var results: [SolveResult] = []
            var summed = 0.0
            for b in decomposition.blocks.indices {
                if let r = reused[b] { results.append(r); continue }
                switch solved[b]! {
                case let .success(r): results.append(r); summed += r.seconds
                case let .failure(e): return .failure(e)
                }
            }
            var merged = BlockMerge.merge(model, decomposition, results: results, seconds: seconds)
            let largest = decomposition.largest!
            merged.decomposition = DecompositionSummary(
                blocks: decomposition.blocks.count, largestRows: largest.rows.count, largestColumns: largest.columns.count,
                largestNonzeros: largest.nonzeroCount, solvedBlocks: decomposition.blocks.count - reused.count,
                reusedBlocks: reused.count, warmStartedBlocks: warmStarted, summedSeconds: summed, threads: threads)
            return .success(merged)
        }
    }
}

