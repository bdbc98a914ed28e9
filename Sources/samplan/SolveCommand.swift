import ArgumentParser
import Foundation
import GLPKBackend
import LinearProgramming
import Reports
import Runs

extension SimplexMethod: ExpressibleByArgument {}
extension ModelFileFormat: ExpressibleByArgument {}

/// `samplan solve FILE`: solve an MPS or CPLEX LP file with GLPK.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an MPS (free or fixed) or CPLEX LP file with GLPK and print status and objective.",
        discussion: """
            Without --format, a file ending in .lp is read as CPLEX LP and anything else as free MPS, \
            then as fixed MPS. The defaults match glpsol's: presolve, automatic scaling, primal simplex; \
            a MIP adds all of GLPK's cuts and stops at a relative gap of --mip-gap.
            """
    )

    @Argument(help: "The model file.")
    var file: String

    @Option(help: "The file format: freemps, mps (fixed) or lp. Default: from the file name.")
    var format: ModelFileFormat?

    @Option(help: "Simplex method: primal or dual.")
    var method: SimplexMethod = .primal

    @Flag(inversion: .prefixedNo, help: "Let GLPK presolve the model.")
    var presolve = true

    @Option(name: .customLong("time-limit"), help: "Stop after this many seconds.")
    var timeLimit: Double?

    @Option(name: .customLong("mip-gap"), help: "Relative MIP gap at which to stop.")
    var mipGap: Double = 1e-4

    @Flag(help: "Print one JSON document on stdout and nothing else there.")
    var json = false

    @Flag(help: "Show GLPK's own output on stderr.")
    var verbose = false

    @Flag(help: "Split the model into its independent blocks and solve them apart, in parallel (exact: see docs/solver-layer.md).")
    var decompose = false

    @Option(help: "Threads for --decompose. Default: the number of cores.")
    var jobs: Int?

    func validate() throws {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) {
            throw ValidationError("--time-limit must be a non-negative number of seconds")
        }
        if !(mipGap.isFinite && mipGap >= 0) { throw ValidationError("--mip-gap must be a non-negative number") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let model: CompiledModel
        do {
            model = try GLPKModelFile.read(file, format: format).compiled()
        } catch let error as ModelFileError {
            throw Console.fail(error.kind == .missing ? .missingFile : .invalidInput, error.description)
        } catch {
            throw Console.fail(.invalidInput, "\(file): \(error)")
        }
        let parameters = SolveParameters(
            method: method, presolve: presolve, timeLimitSeconds: timeLimit, mipGap: mipGap, verbose: verbose)
        let result: SolveResult
        do {
            result = decompose
                ? try DecomposingSolver(backend: GLPKSolver(), jobs: jobs ?? processorCount).solve(model, parameters: parameters)
                : try GLPKSolver().solve(model, parameters: parameters)
        } catch {
            throw Console.fail(.invalidInput, "\(file): \(error)")
        }
        if result.hasSolution && result.maxBoundViolation > 1e-6 * max(1, abs(result.objectiveValue ?? 0)) {
            Console.warning("\(file): the solution violates a bound by \(result.maxBoundViolation)")
        }
        if json {
            Console.out(summary(model, result).rendered())
        } else {
            Console.out(text(model, result))
        }
    }

    private func summary(_ model: CompiledModel, _ result: SolveResult) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("status", .string(result.reportedStatus.rawValue)),
            ("objective", .number(result.objectiveValue)),
            ("rows", .int(model.rowCount)),
            ("columns", .int(model.columnCount)),
            ("nonzeros", .int(model.nonzeroCount)),
            ("integer_columns", .int(model.integerColumnCount)),
            ("iterations", .int(result.iterations)),
            ("seconds", .number(result.seconds)),
            ("max_bound_violation", .number(result.hasSolution ? result.maxBoundViolation : nil)),
        ])
    }

    private func text(_ model: CompiledModel, _ result: SolveResult) -> String {
        var lines = [
            "File        \(file)",
            "Status      \(result.reportedStatus.rawValue)",
            "Objective   \(result.objectiveValue.map { NumberFormatting.json($0) } ?? "none")",
            "Model       \(model.rowCount) rows, \(model.columnCount) columns, \(model.nonzeroCount) nonzeros, \(model.integerColumnCount) integer columns",
            "Iterations  \(result.iterations)",
            "Seconds     \(NumberFormatting.fixed(result.seconds, decimals: 3))",
        ]
        if let gap = result.relativeGap, gap > 0 { lines.append("MIP gap     \(NumberFormatting.csv(gap))") }
        if result.hasSolution { lines.append("Max bound violation \(NumberFormatting.json(result.maxBoundViolation))") }
        if let d = result.decomposition {
            lines.append("Blocks      \(d.blocks), the largest \(d.largestRows) rows × \(d.largestColumns) columns; \(d.threads) threads, \(NumberFormatting.fixed(d.summedSeconds, decimals: 3)) s summed")
        }
        for note in result.notes { lines.append("Note        \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
