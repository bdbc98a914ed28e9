import ArgumentParser
import Foundation
import PlanningData
import Scenario
import Reports
import SummerPlan

/// Reads a scenario file, reporting every problem; exit 65 (66 for a missing file).
func loadScenario(_ path: String) throws -> ScenarioDocument {
    do {
        return try ScenarioDocument.load(path)
    } catch {
        Console.capped(scenarioLines(error))
        throw ExitCode(error.hasMissingFile ? ExitStatus.missingFile.rawValue : ExitStatus.invalidInput.rawValue)
    }
}

/// A scenario's problems as capped lines, grouped by the file they are in.
func scenarioLines(_ error: ScenarioError) -> [String] {
    IssueCap.lines(error.issues.map { IssueCap.Item(file: $0.location?.file ?? "", isError: true, text: $0.description) })
}

/// Reports a preparation error (the data set's or the scenario's problems) and returns the exit.
func report(_ error: PreparationError) -> ExitCode {
    switch error {
    case let .data(e):
        Console.capped(IssueCap.lines(e.issues))
    case let .scenario(e):
        Console.capped(scenarioLines(e))
    }
    return ExitCode(error.hasMissingFile ? ExitStatus.missingFile.rawValue : ExitStatus.invalidInput.rawValue)
}

/// Runs a scenario's preparation, printing the data set's warnings, or ends the command with
/// the errors and the right exit code.
func prepared<Prepared>(_ prepare: () throws(PreparationError) -> Prepared, warnings: (Prepared) -> [DataIssue]) throws -> Prepared {
    do {
        let result = try prepare()
        Console.capped(IssueCap.lines(warnings(result)))
        return result
    } catch {
        throw report(error)
    }
}

/// Loads a summer scenario's data and applies the scenario to it.
func prepare(_ scenario: SummerScenario) throws -> PreparedSummer {
    try prepared(scenario.prepare, warnings: \.warnings)
}

/// Where and how a command writes its result folder.
struct ResultFolderOptions: ParsableArguments {
    @Option(help: "The result folder.")
    var out: String?

    @Flag(help: "Replace an existing result folder.")
    var force = false

    @Flag(help: "Write CSVs for Swedish spreadsheets: `;`, decimal comma, byte-order mark.")
    var excel = false

    /// The folder to write: `--out`, else `fallback`; an existing one without `--force` ends the command.
    func folder(default fallback: String) throws -> String {
        let folder = out ?? fallback
        if !force && FileManager.default.fileExists(atPath: folder) {
            throw Console.fail(.usage, "\(folder): the result folder exists; use --force to replace it")
        }
        return folder
    }

    /// Writes the files atomically into `folder`.
    func write(_ files: [(name: String, contents: String)], to folder: String) throws {
        do { try ResultFolderWriter.write(files, to: folder, force: force) } catch {
            throw Console.fail(error.exists ? .usage : .internalError, error.description)
        }
    }
}

/// Reports a planning error: missing prices are invalid input, anything else is a bug.
func report(_ error: SummerPlanError, scenario: String) -> ExitCode {
    switch error {
    case let .missingPrices(e):
        // Lines of the scenario, then lines that name their own file (FILE: message, SPEC §9
        // v2); at most 20 printed a file.
        var items = e.missing.map { IssueCap.Item(file: scenario, isError: true, text: "\(scenario): \($0)") }
        items += e.located.map { IssueCap.Item(file: String($0.prefix { $0 != ":" }), isError: true, text: $0) }
        Console.capped(IssueCap.lines(items))
        return ExitCode(ExitStatus.invalidInput.rawValue)
    case let .invalidScenario(text):
        Console.error("\(scenario): \(text)")
        return ExitCode(ExitStatus.invalidInput.rawValue)
    case let .internalError(text):
        Console.error("\(scenario): internal error: \(text)")
        return ExitCode(ExitStatus.internalError.rawValue)
    }
}

/// Progress messages on stderr, only when it is a terminal.
enum Progress {
    static let enabled = isatty(STDERR_FILENO) != 0

    static func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\u{1B}[2m" + text + "\u{1B}[0m\n").utf8))
    }
}
