import ArgumentParser
import Runs

/// `samplan serve`: the workbench is its own executable, `samplan-serve`, so that building
/// `samplan` does not compile a web server (docs/workbench.md). This command says how to start
/// it and exits 64.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the planners' workbench: a separate program, samplan-serve (prints how to start it).")

    @Argument(parsing: .allUnrecognized, help: "The options of samplan-serve (--workspace, --host, --port, --jobs, --token).")
    var options: [String] = []

    func run() throws {
        let arguments = options.isEmpty ? "" : " " + options.joined(separator: " ")
        Console.error("""
            the workbench is its own program, samplan-serve. Start it with
              swift run -c release --package-path Serve samplan-serve\(arguments)
            (or Serve/.build/release/samplan-serve\(arguments) once built) and open http://127.0.0.1:8080/ ; see docs/workbench.md
            """)
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
