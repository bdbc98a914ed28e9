import Benchmark
import Foundation
import GLPKBackend
import LevelStructuring
import LinearProgramming
import PlanningData
import Reports
import Runs
import Scenario
import SummerPlan

/// The repository root (this file is Benchmarks/Benchmarks/SamplanBenchmarks/SamplanBenchmarks.swift).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

/// What the benchmarks share, prepared once.
struct Fixtures: @unchecked Sendable {
    let summer: SummerInputs
    let summerModel: (SummerModel, CompiledModel)
    let summerRun: SummerRun
    let pci: LevelInputs
    let pciProblem: LevelProblem

    static let shared: Fixtures = {
        do {
            guard case let .summer(s) = try ScenarioDocument.load(path("Scenarios/summer-2024.yaml")),
                  case let .levelStructuring(l) = try ScenarioDocument.load(path("Benchmarks/scenarios/pci-all-hospitals-1-5.yaml"))
            else { fatalError("unexpected scenario kinds") }
            let summer = try s.prepare().summerInputs
            let planner = SummerPlanner(solver: GLPKSolver())
            let model = try planner.build(summer)
            let run = try planner.run(summer, statusQuo: false)
            let pci = try l.prepare().levelInputs
            return Fixtures(summer: summer, summerModel: model, summerRun: run, pci: pci, pciProblem: try LevelProblem(pci))
        } catch {
            fatalError("benchmark fixtures: \(error)")
        }
    }()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 10)

    Benchmark("Load the default data set") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DataSetLoader.load(folder: path("Scenarios/data/mellansverige-2024"))) }
    }

    Benchmark("Build the summer model (summer-2024, 10 weeks)") { benchmark in
        let prepared = Fixtures.shared.summer
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try SummerModelBuilder.build(prepared).model.compiled()) }
    }

    Benchmark("Solve the summer plan (summer-2024, 10 weeks)", configuration: .init(maxDuration: .seconds(30), maxIterations: 3)) { benchmark in
        let f = Fixtures.shared
        let planner = SummerPlanner(solver: GLPKSolver())
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try planner.solve(f.summerModel.0, f.summerModel.1, f.summer)) }
    }

    Benchmark("Write the summer results (CSV, JSON, report.html)") { benchmark in
        let run = Fixtures.shared.summerRun
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samplan-bench-write").path
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var files = SummerResults.files(run, format: CSVFormat(excel: false))
            files.append(("report.html", SummerReport.render(run)))
            try ResultFolderWriter.write(files, to: folder, force: true)
        }
    }

    Benchmark("Evaluate one PCI proposal (elastic LP, 5 of 25 sites)", configuration: .init(maxIterations: 1000)) { benchmark in
        let evaluator = ProposalEvaluator(problem: Fixtures.shared.pciProblem, solver: GLPKSolver())
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try evaluator.evaluate(open: [0, 2, 7, 12, 19])) }
    }

    Benchmark("Enumerate PCI proposals (1–3 of 25: 2 625 proposals, 2 threads)", configuration: .init(maxIterations: 5)) { benchmark in
        var prepared = Fixtures.shared.pci
        prepared.settings.enumerate = 1...3
        prepared.settings.optimize = false
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try LevelStructuringPlanner(solver: GLPKSolver(), jobs: 2).run(prepared)) }
    }
}
