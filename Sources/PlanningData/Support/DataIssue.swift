/// A problem found in input data, with where it is: `FILE:LINE:COLUMN: message`.
public struct DataIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public let severity: Severity
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String
    /// Whether the problem is a file that does not exist (exit code 66 rather than 65).
    public let isMissingFile: Bool

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String,
                isMissingFile: Bool = false) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.isMissingFile = isMissingFile
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
    public let issues: [DataIssue]

    public init(issues: [DataIssue]) { self.issues = issues }

    public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
    /// Whether a missing file is among the errors.
    public var hasMissingFile: Bool { errors.contains(where: \.isMissingFile) }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
