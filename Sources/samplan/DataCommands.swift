import ArgumentParser
import Foundation
import PlanningData
import LevelStructuring
import Reports
import Runs
import SummerPlan

/// Loads a data set folder, printing warnings; errors end the command with exit 65 (66 for a
/// missing file or folder).
func loadDataSet(_ path: String, quiet: Bool = false) throws -> DataSet {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw Console.fail(.missingFile, "\(path): no such data set folder")
    }
    guard isDirectory.boolValue else { throw Console.fail(.invalidInput, "\(path): expected a data set folder") }
    do {
        let (data, warnings) = try DataSetLoader.load(folder: path)
        if !quiet { Console.capped(IssueCap.lines(warnings)) }
        return data
    } catch {
        Console.capped(IssueCap.lines(error.issues))
        throw ExitCode(error.hasMissingFile ? ExitStatus.missingFile.rawValue : ExitStatus.invalidInput.rawValue)
    }
}

/// `samplan validate PATH`: check a data set folder and report every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data set folder or a scenario file and report every problem.",
        discussion: "Every error and warning is printed as FILE:LINE:COLUMN: message. A scenario is checked with its data set. Exit 0 when valid, 65 when not, 66 when a file is missing."
    )

    @Argument(help: "A data set folder or a scenario file.")
    var path: String

    func run() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            try validateScenario()
            return
        }
        let data = try loadDataSet(path)
        Console.out("\(path): valid: \(data.regions.count) regions, \(data.municipalities.count) municipalities, \(data.hospitals.count) hospitals, \(data.specialties.count) specialties\n")
    }

    func validateScenario() throws {
        switch try loadScenario(path) {
        case let .summer(summer):
            let prepared = try prepare(summer)
            do { _ = try SummerModelBuilder.build(prepared.summerInputs) } catch {
                throw Console.fail(JobFailure.summer(SummerPlanError.missingPrices(error), scenario: path))
            }
            Console.out("\(path): valid summer scenario \"\(summer.name)\": weeks \(summer.weeks.lowerBound)–\(summer.weeks.upperBound), \(summer.adjustments.count) adjustments, data \(summer.dataFolder.value)\n")
        case let .levelStructuring(level):
            let prepared = try prepare(level)
            do { _ = try LevelProblem(prepared.levelInputs) } catch { throw Console.fail(JobFailure.level(error, scenario: path)) }
            let proposals = level.proposals.count + (level.enumerate.map { sizes in
                Combinations.count(level.procedure.candidates.count, sizes: sizes, including: level.procedure.mustOpen.count,
                                   excluding: level.procedure.mustClose.count) ?? 0
            } ?? 0)
            Console.out("\(path): valid level-structuring scenario \"\(level.name)\": \(level.procedure.candidates.count) candidates, \(proposals) proposals, data \(level.dataFolder.value)\n")
        }
    }
}

/// `samplan data PATH`: summarise a data set.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Summarise a data set: counts, population, beds by region and week, occupancy, demand and waiting lists."
    )

    @Argument(help: "A data set folder.")
    var path: String

    @Option(help: "The normal week whose staffed beds and occupancy are shown.")
    var week = 10

    @Option(help: "The summer weeks, as N..M.")
    var summer = "26..33"

    func validate() throws {
        guard Week.range.contains(week) else { throw ValidationError("--week must be 1–53") }
        guard summerWeeks != nil else { throw ValidationError("--summer must be N..M with 1 ≤ N ≤ M ≤ 53") }
    }

    var summerWeeks: ClosedRange<Int>? { Week.range(parsing: summer) }

    func run() throws {
        let data = try loadDataSet(path)
        Console.out(DataSummaryView.render(DataSummary(data, normalWeek: week, summerWeeks: summerWeeks!)))
    }
}
