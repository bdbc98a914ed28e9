import ArgumentParser
import Foundation
import Hummingbird
import Workbench

/// `samplan-serve`: the planners' workbench, a web app over a workspace of scenario files
/// (docs/workbench.md).
@main
struct SamplanServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplan-serve",
        abstract: "The planners' workbench: scenarios, variants and run history in a browser.",
        discussion: """
            Binds to 127.0.0.1 unless --host says otherwise; any other host needs --token, or one \
            is generated and printed, and every request must then carry it. Only files inside the \
            workspace are read or written. Exit codes: 0 stopped, 64 usage, 66 no such workspace, \
            70 the server could not start.
            """)

    @Option(help: "The folder of scenario files and data sets; the run history is kept in it.")
    var workspace = "Scenarios"

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "Runs at once; the rest are queued.")
    var jobs = 1

    @Option(help: "A token every request must carry (Authorization: Bearer, or ?token= once in a browser).")
    var token: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1–65535") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let token, token.count < 16 || token.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" }) {
            throw ValidationError("--token must be at least 16 letters, digits, - or _")
        }
    }

    func run() async throws {
        var settings = WorkbenchConfiguration()
        settings.workspace = workspace
        settings.host = host
        settings.port = port
        settings.jobs = jobs
        settings.token = token
        var generated = false
        if settings.token == nil && !WorkbenchConfiguration.isLoopback(host) {
            settings.token = WorkbenchConfiguration.generateToken()
            generated = true
        }
        let workbench: Workbench
        do { workbench = try Workbench(configuration: settings) } catch {
            FileHandle.standardError.write(Data("error: \(workspace): \(error)\n".utf8))
            throw ExitCode(66)
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var url = "http://\(shownHost):\(port)/"
        if let token = settings.token { url += "?token=\(token)" }
        var text = "Samplan workbench: workspace \(workbench.workspace.root.path)\n"
        if generated { text += "No --token was given for host \(host); generated one. Every request needs it.\n" }
        text += "Open \(url)\n"
        // Unbuffered, so that a script reading a log file sees the address (and token) at once.
        FileHandle.standardOutput.write(Data(text.utf8))
        do { try await workbench.application().runService() } catch {
            FileHandle.standardError.write(Data("error: the server stopped: \(error)\n".utf8))
            throw ExitCode(70)
        }
    }
}
