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
            the workbench is its own program, samplan-serve. Start it from the repository's root with
              swift run -c release --package-path Serve samplan-serve\(arguments)
            (or Serve/.build/release/samplan-serve\(arguments) once built) and open \(address) ; see docs/workbench.md
            """)
        throw ExitCode(ExitStatus.usage.rawValue)
    }

    /// The address samplan-serve prints for these options (`--host`, `--port`, either `--x V` or `--x=V`).
    var address: String {
        func value(_ name: String) -> String? {
            if let k = options.firstIndex(of: name), k + 1 < options.count { return options[k + 1] }
            return options.last { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
        }
        let host = value("--host") ?? "127.0.0.1"
        return "http://\(host.contains(":") ? "[\(host)]" : host):\(value("--port") ?? "8080")/"
    }
}
