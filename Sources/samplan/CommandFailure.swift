import ArgumentParser
import Foundation

/// The exit codes of SPEC §6, from sysexits.h.
enum ExitStatus: Int32 {
    case success = 0
    case someScenariosFailed = 3
    case usage = 64
    case invalidInput = 65
    case missingFile = 66
    case internalError = 70
}

/// An error that has been reported to the user; the command exits with its status.
struct CommandFailure: Error {
    let status: ExitStatus
}

/// Where command output goes: results on stdout, diagnostics on stderr.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    /// Prints problems with the per-file cap of SPEC v2 §2 (lines already carry their prefix).
    static func capped(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Information asked for with --verbose, on stderr, one line each.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Reports `message` on stderr and returns the error that exits with `status`.
    static func fail(_ status: ExitStatus, _ message: String) -> ExitCode {
        error(message)
        return ExitCode(status.rawValue)
    }
}
