import Foundation
import LinearProgramming
import PlanningData
import Reports
import Scenario
import SummerPlan

/// `samplan sweep`: one summer scenario re-solved with one price scaled by each factor.
struct SweepJob {
    let request: SweepRequest
    let control: RunControl

    func run() throws -> JobOutcome {
        let start = ContinuousClock.now
        let jobs = try JobCount.resolve(request.jobs)
        try Self.validate(request)
        let folder = try ResultFolder.checked(request.result.out ?? Jobs.defaultFolder(request), force: request.result.force)
        let prepared = try ScenarioLoading.summer(request.scenario, for: "sweep", control: control)
        let selector: PriceSelector
        switch PriceSelector.parse(request.price, in: prepared.data) {
        case let .success(found): selector = found
        case let .failure(error): throw JobFailure(.usage, error.description)
        }
        let loadSeconds = (ContinuousClock.now - start).seconds
        let solver = summerSolver(jobs: jobs, isCancelled: control.isCancelled)
        let solveStart = ContinuousClock.now
        let points = try solve(prepared, selector: selector, solver: solver)
        let solveSeconds = (ContinuousClock.now - solveStart).seconds
        let format = CSVFormat(excel: request.result.excel).naming(prepared.data)
        let label = { (point: SweepPoint) in NumberFormatting.csv(point.factor) }
        let facts = RunFacts.Solved(
            solver: solver, iterations: points.map { (label($0), $0.outcome.result.iterations) },
            seconds: [("load", loadSeconds), ("solve", solveSeconds)] + points.map { ("solve_" + label($0), $0.outcome.result.seconds) },
            notes: points.flatMap { $0.outcome.result.notes } + points.map(Self.blocksNote), maxBoundViolation: nil,
            decomposition: (points.map { (label($0), $0.outcome.result) }, jobs, solveSeconds))
        let files = [
            ("sweep.csv", format.render(SweepResults.csv(points, data: prepared.data, format: format))),
            ("report.html", PriceReports.sweep(points, inputs: prepared.summerInputs, price: selector)),
            ("run.json", RunFacts(kind: .solved(facts)).rendered()),
        ]
        let written = try folder.write(files, workbookOf: request.result.xlsx ? prepared.data : nil, control: control)
        let terminal = SweepResults.terminal(points, scenario: prepared.scenario.name, price: selector, data: prepared.data, resultFolder: folder.path)
        return JobOutcome(resultFolder: folder.path, files: written, terminal: terminal, status: points.first?.outcome.status.rawValue,
                          keyFigure: Double(points.count), keyFigureLabel: "Prisfaktorer", inputsSHA256: prepared.inputsSHA256)
    }

    private func solve(_ prepared: PreparedSummer, selector: PriceSelector, solver: some LinearSolver) throws -> [SweepPoint] {
        let control = control
        return try control.solving { () throws -> [SweepPoint] in
            do {
                return try SummerPlanner(solver: solver).sweep(prepared.summerInputs, price: selector, factors: request.factors, warm: !request.cold) { done, total in
                    control.progress(RunProgress(kind: .count, phase: "Löser prisfaktorer", label: "Solving factors", done: done, total: total))
                }
            } catch {
                throw JobFailure.summer(error, scenario: request.scenario)
            }
        }
    }

    /// The checks the command line makes while parsing, for callers without it: exit 64.
    static func validate(_ request: SweepRequest) throws {
        guard !request.factors.isEmpty, request.factors.allSatisfy({ $0 >= 0 && $0 <= 1_000_000 }) else {
            throw JobFailure(.usage, "--factors takes comma-separated non-negative numbers (at most 1 000 000) such as 0.8,0.9,1,1.1")
        }
        guard Set(request.factors).count == request.factors.count else { throw JobFailure(.usage, "--factors lists a factor twice") }
        guard (2...3).contains(request.price.split(separator: "/", omittingEmptySubsequences: false).count) else {
            throw JobFailure(.usage, "--price takes SPECIALTY/CARE_TYPE or SPECIALTY/CARE_TYPE/LEVEL, e.g. ortopedi/elective_inpatient, not \"\(request.price)\"")
        }
    }

    /// How many blocks one factor solved, e.g. "factor 1.1: solved 1 of 41 blocks, reused 40".
    static func blocksNote(_ point: SweepPoint) -> String {
        guard let d = point.outcome.result.decomposition else { return "factor \(NumberFormatting.csv(point.factor)): solved whole" }
        return "factor \(NumberFormatting.csv(point.factor)): solved \(d.solvedBlocks) of \(d.blocks) blocks, reused \(d.reusedBlocks), warm-started \(d.warmStartedBlocks)"
    }
}
