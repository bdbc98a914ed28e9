import ArgumentParser
import Foundation
import GLPKBackend
import LevelStructuring
import LinearProgramming
import Runs
import Scenario
import SummerPlan

/// `samplan export SCENARIO --format mps|lp --out FILE`: write a scenario's model for another solver.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case mps, lp
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a scenario's model as free MPS or CPLEX LP, for another solver.",
        discussion: "Columns and rows are named after what they are. Summer: x_<region>_<hospital>_<specialty>_<care type>_<week>, q_…, o_…, wait_…, beds_…, theatre_…, clinic_…. Level structuring (the optimal-sites MIP): y_<hospital>, x_<municipality>_<hospital>, demand_…, link_…, min_volume_…, capacity_…, sites."
    )

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(help: "mps (free MPS) or lp (CPLEX LP).")
    var format: Format

    @Option(help: "The file to write.")
    var out: String

    func run() throws {
        let document = try loadScenario(scenario)
        let compiled: CompiledModel
        switch document {
        case let .summer(summer):
            let prepared = try prepare(summer)
            do { compiled = try SummerModelBuilder.build(prepared.summerInputs, names: true).model.compiled() } catch let error as MissingPricesError {
                throw Console.fail(JobFailure.summer(SummerPlanError.missingPrices(error), scenario: scenario))
            } catch {
                throw Console.fail(.internalError, "\(scenario): the model is invalid: \(error)")
            }
        case let .levelStructuring(level):
            let prepared = try prepare(level)
            do { compiled = try LevelProblem(prepared.levelInputs).optimalSitesModel().compiled() } catch let error as LevelStructuringError {
                throw Console.fail(JobFailure.level(error, scenario: scenario))
            } catch {
                throw Console.fail(.internalError, "\(scenario): the model is invalid: \(error)")
            }
        }
        do {
            let notes = try GLPKModelFile.write(compiled, format: format == .mps ? .freeMPS : .cplexLP, to: out)
            for note in notes { Console.warning(note) }
        } catch {
            throw Console.fail(.internalError, error.description)
        }
        Console.out("\(out): \(compiled.rowCount) rows, \(compiled.columnCount) columns, \(compiled.nonzeroCount) nonzeros\n")
    }
}
