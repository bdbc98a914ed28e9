import Foundation

/// What one run of the `samplan` executable printed and returned.
public struct SamplanOutput: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the built `samplan` executable, so that command-line tests see exactly what a user sees.
public enum Samplan {
    /// The `samplan` binary next to the test bundle in the build folder.
    public static let executable = product("samplan")

    /// A product of this package in the build folder the tests run from.
    public static func product(_ name: String) -> URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent(name)
    }

    /// Runs `samplan` with `arguments` in `directory` (the package root by default).
    public static func run(_ arguments: [String], in directory: URL = Fixtures.packageRoot,
                           environment: [String: String] = [:], executable: URL = executable) throws -> SamplanOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdoutData = Data(), stderrData = Data()
        group.enter()
        DispatchQueue.global().async { stdoutData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        stderrData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return SamplanOutput(status: process.terminationStatus,
                             stdout: String(decoding: stdoutData, as: UTF8.self),
                             stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Runs `samplan` and parses its standard output as one JSON object.
    public static func json(_ arguments: [String]) throws -> (SamplanOutput, [String: Any]) {
        let output = try run(arguments)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return (output, object ?? [:])
    }
}
