/// The cap on what is printed of a load's problems (docs/SPEC.md (v2) §2, §9): at most ``perFile`` errors
/// of a file are printed in full, then one line counts the rest of that file
/// (`… and 7 212 more errors in hospitals.csv`); warnings likewise. Only printing is capped:
/// exit codes and JSON output count every problem.
public enum IssueCap {
    /// Errors (and, separately, warnings) printed in full per file.
    public static let perFile = 20

    /// One problem to print: the file it belongs to, whether it is an error, and its text
    /// without the `error: ` / `warning: ` prefix.
    public struct Item: Sendable, Equatable {
        /// The file, as shown to the user.
        public let file: String
        /// Error (true) or warning (false).
        public let isError: Bool
        /// The message, `FILE:LINE:COLUMN: message`.
        public let text: String

        /// One problem of `file`.
        public init(file: String, isError: Bool, text: String) {
            self.file = file
            self.isError = isError
            self.text = text
        }
    }

    /// The lines to print, with their prefixes: the files in order of their first problem, each
    /// with its first ``perFile`` errors and warnings in their order, then the count lines.
    public static func lines(_ items: [Item], limit: Int = perFile) -> [String] {
        var order: [String] = []
        var byFile: [String: [Item]] = [:]
        for item in items {
            if byFile[item.file] == nil { order.append(item.file) }
            byFile[item.file, default: []].append(item)
        }
        var out: [String] = []
        for file in order {
            var errors = 0, warnings = 0
            for item in byFile[file]! {
                if item.isError {
                    errors += 1
                    if errors <= limit { out.append("error: " + item.text) }
                } else {
                    warnings += 1
                    if warnings <= limit { out.append("warning: " + item.text) }
                }
            }
            if errors > limit { out.append("… and \(grouped(errors - limit)) more error\(errors - limit == 1 ? "" : "s") in \(file)") }
            if warnings > limit { out.append("… and \(grouped(warnings - limit)) more warning\(warnings - limit == 1 ? "" : "s") in \(file)") }
        }
        return out
    }

    /// The lines for data issues.
    public static func lines(_ issues: [DataIssue]) -> [String] {
        lines(issues.map { Item(file: $0.file, isError: $0.severity == .error, text: $0.description) })
    }

    /// `7212` as `7 212`: digit groups of three separated by a space, as the spec writes counts.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }
}
