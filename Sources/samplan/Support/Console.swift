import ArgumentParser
import Foundation
import Runs

/// Where command output goes: results on stdout, diagnostics on stderr.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    /// Prints problems with the per-file cap of docs/SPEC.md (v2) §2 (lines already carry their prefix).
    static func capped(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        errorText(lines.joined(separator: "\n") + "\n")
    }

    /// Text for stderr as it is (lines that carry their own prefixes and newlines).
    static func errorText(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Reports `message` on stderr and returns the error that exits with `status`.
    static func fail(_ status: ExitStatus, _ message: String) -> ExitCode {
        error(message)
        return ExitCode(status.rawValue)
    }

    /// Prints a job's failure and returns the error that exits with its status.
    static func fail(_ failure: JobFailure) -> ExitCode {
        errorText(failure.stderr)
        return ExitCode(failure.status.rawValue)
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
