import Foundation

/// HiGHS through its Python package `highspy`, the reference the MPS objective-constant tests
/// compare with (CI installs it with pip; see .ci/run).
public enum HiGHS {
    /// Why HiGHS cannot be used here, or nil when it can.
    public static let unavailableReason: String? = {
        guard let output = try? python(["-c", "import highspy"]) else { return "python3 is not installed" }
        return output.status == 0 ? nil : "python3 has no highspy (pip install highspy): \(output.stderr.suffix(200))"
    }()

    public static var isAvailable: Bool { unavailableReason == nil }

    /// The optimal objective HiGHS finds for the model file at `path`, or nil when it finds none.
    public static func objective(of path: String) throws -> Double? {
        let script = """
            import sys, highspy
            h = highspy.Highs()
            h.setOptionValue("output_flag", False)
            h.readModel(sys.argv[1])
            h.run()
            if h.getModelStatus() == highspy.HighsModelStatus.kOptimal:
                print(repr(h.getInfo().objective_function_value))
            else:
                print("none")
            """
        let output = try python(["-c", script, path])
        // HiGHS prints its banner on stdout before the option takes effect: the value is the last line.
        let last = output.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return Double(last.trimmingCharacters(in: .whitespaces))
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
