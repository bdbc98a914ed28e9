import Yams

/// Where a value was written: file, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A YAML document as a tree whose every node remembers where it was written, so that an error
/// found after `extends` merging still names the right file, line and column.
indirect enum YAMLValue: Sendable {
    case scalar(String, plain: Bool, SourceLocation)
    case mapping([YAMLEntry], SourceLocation)
    case sequence([YAMLValue], SourceLocation)
    case null(SourceLocation)

    var location: SourceLocation {
        switch self {
        case let .scalar(_, _, l), let .mapping(_, l), let .sequence(_, l), let .null(l): return l
        }
    }

    var typeName: String {
        switch self {
        case .scalar: return "a scalar"
        case .mapping: return "a map"
        case .sequence: return "a list"
        case .null: return "null"
        }
    }

    /// The entry of a mapping with this key.
    func entry(_ key: String) -> YAMLEntry? {
        if case let .mapping(entries, _) = self { return entries.first { $0.key == key } }
        return nil
    }
}

/// One key of a mapping with where the key was written.
struct YAMLEntry: Sendable {
    let key: String
    let keyLocation: SourceLocation
    var value: YAMLValue
}

extension YAMLValue {
    /// Parses YAML text. Syntax errors, duplicate keys and non-scalar keys are reported as issues.
    static func parse(_ text: String, file: String) -> Result<YAMLValue, ScenarioError> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(ScenarioError([Self.issue(for: error, file: file, text: text)]))
        } catch {
            return .failure(ScenarioError([ScenarioIssue(SourceLocation(file: file, line: 1, column: 1), "", "not valid YAML: \(error)")]))
        }
        guard let node else {
            return .success(.mapping([], SourceLocation(file: file, line: 1, column: 1)))
        }
        var issues: [ScenarioIssue] = []
        let value = convert(node, file: file, issues: &issues)
        return issues.isEmpty ? .success(value) : .failure(ScenarioError(issues))
    }

    private static func location(_ mark: Mark?, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String, issues: inout [ScenarioIssue]) -> YAMLValue {
        let here = location(node.mark, file)
        switch node {
        case let .scalar(scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            if plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null(here) }
            return .scalar(scalar.string, plain: plain, here)
        case let .mapping(mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case let .scalar(k) = key else {
                    issues.append(ScenarioIssue(location(key.mark, file), "", "a key must be a plain word, not \(key.isMapping ? "a map" : "a list")"))
                    continue
                }
                if let earlier = entries.first(where: { $0.key == k.string }) {
                    issues.append(ScenarioIssue(location(key.mark, file), k.string, "the key is written twice in the same map (first on line \(earlier.keyLocation.line))"))
                    continue
                }
                entries.append(YAMLEntry(key: k.string, keyLocation: location(key.mark, file), value: convert(value, file: file, issues: &issues)))
            }
            return .mapping(entries, here)
        case let .sequence(sequence):
            return .sequence(sequence.map { convert($0, file: file, issues: &issues) }, here)
        case .alias:
            issues.append(ScenarioIssue(here, "", "YAML aliases are not supported in scenario files"))
            return .null(here)
        }
    }

    private static func issue(for error: YamlError, file: String, text: String) -> ScenarioIssue {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return ScenarioIssue(location(mark, file), "", "not valid YAML: \(problem)\(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the map, not the key: point at the key's second line where the text shows it.
            let keys = duplicates
            if let (first, second, column) = keys.lazy.compactMap({ repeatedKeyLines($0, in: text) }).first {
                return ScenarioIssue(SourceLocation(file: file, line: second, column: column), keys.joined(separator: ", "),
                                     "the key is written twice in the same map (first on line \(first))")
            }
            return ScenarioIssue(location(context.mark, file), keys.joined(separator: ", "), "the key is written twice in the same map")
        case let .reader(problem, _, _, _):
            return ScenarioIssue(SourceLocation(file: file, line: 1, column: 1), "", "not valid YAML: \(problem)")
        default:
            return ScenarioIssue(SourceLocation(file: file, line: 1, column: 1), "", "not valid YAML: \(error)")
        }
    }
}

extension YAMLValue {
    /// The first line of block-style `key:` and the next line with the same key at the same
    /// indentation (1-based), with its column; nil when the text does not show such a pair
    /// (flow style, quoted keys written differently).
    static func repeatedKeyLines(_ key: String, in text: String) -> (first: Int, second: Int, column: Int)? {
        var seen: [Int: Int] = [:]  // indentation → first line
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop(while: { $0 == " " })
            var column = line.count - rest.count + 1
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            // A line less indented closes the maps below it: their keys may come again in the next one.
            seen = seen.filter { $0.key <= column }
            if rest.hasPrefix("- ") {
                rest = rest.dropFirst(2).drop(while: { $0 == " " })
                column = line.count - rest.count + 1
                seen = seen.filter { $0.key < column }  // a list item starts a new map
            }
            for form in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(form) {
                let after = rest.dropFirst(form.count).drop(while: { $0 == " " })
                guard after.hasPrefix(":") else { continue }
                if let first = seen[column] { return (first, index + 1, column) }
                seen[column] = index + 1
            }
        }
        return nil
    }
}

private extension Node {
    var isMapping: Bool { if case .mapping = self { return true } else { return false } }
}
