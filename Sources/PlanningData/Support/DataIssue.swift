/// A problem found in input data, with where it is: `FILE:LINE:COLUMN: message`.
public struct DataIssue: Sendable, Hashable, CustomStringConvertible {
    /// An error stops the load (exit 65, or 66 for a missing file); a warning is printed and the
    /// load goes on.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// Error or warning.
    public let severity: Severity
    /// The file, as shown to the user (`DataSource.displayPath(of:)`).
    public let file: String
    /// The 1-based line, when the problem is in one.
    public let line: Int?
    /// The 1-based column (in characters), when the problem is in one field.
    public let column: Int?
    /// What is wrong, in English (docs/SPEC.md §9 error format).
    public let message: String
    /// Whether the problem is a file that does not exist (exit code 66 rather than 65).
    public let isMissingFile: Bool

    /// A problem at `file`[:`line`[:`column`]].
    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String,
                isMissingFile: Bool = false) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = Self.printable(message)
        self.isMissingFile = isMissingFile
    }

    /// The longest message kept, in characters: a value quoted from a broken file (an unclosed
    /// quote swallows the rest of the file) must not flood the terminal.
    static let maximumMessageLength = 500

    /// `message` safe to print: control characters (a data file of binary garbage) shown as
    /// `\u{1B}`-style escapes, line breaks as ⏎ (a tab is a control character too), and cut at ``maximumMessageLength`` with "…".
    static func printable(_ message: String) -> String {
        var out = ""
        var count = 0
        for scalar in message.unicodeScalars {
            if count >= maximumMessageLength { out += "…"; break }
            switch scalar {
            case "\n", "\r": out += "⏎"
            case _ where scalar.properties.generalCategory == .control:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// `FILE:LINE:COLUMN: message`, leaving out what is unknown.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}

/// The error of a load that found problems: every error and warning, in file and line order.
public struct DataLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings.
    public let issues: [DataIssue]

    /// The error of `issues` (at least one of them an error, when the loader throws it).
    public init(issues: [DataIssue]) { self.issues = issues }

    /// The errors among `issues`, in order.
    public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
    /// Whether a missing file is among the errors.
    public var hasMissingFile: Bool { errors.contains(where: \.isMissingFile) }

    /// One `FILE:LINE:COLUMN: message` line per error.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
