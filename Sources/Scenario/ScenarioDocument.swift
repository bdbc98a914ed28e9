/// A scenario file of either kind, decoded (docs/SPEC.md §5).
public enum ScenarioDocument: Sendable {
    case summer(SummerScenario)
    case levelStructuring(LevelStructuringScenario)

    public var name: String {
        switch self {
        case let .summer(s): return s.name
        case let .levelStructuring(s): return s.name
        }
    }

    public var kind: String {
        switch self {
        case .summer: return "summer"
        case .levelStructuring: return "level_structuring"
        }
    }

    /// Every file read for the scenario (the `extends` chain, parents first).
    public var files: [String] {
        switch self {
        case let .summer(s): return s.files
        case let .levelStructuring(s): return s.files
        }
    }

    /// Reads, merges and decodes a scenario file, reporting every problem that needs no data set.
    public static func load(_ path: String) throws(ScenarioError) -> ScenarioDocument {
        let (tree, files): (YAMLValue, [String])
        switch ScenarioFileLoader.load(path) {
        case let .success(loaded): (tree, files) = loaded
        case let .failure(error): throw error
        }
        var reader = SchemaReader()
        guard let kindEntry = tree.entry("kind") else {
            throw ScenarioError([ScenarioIssue(tree.location, "kind", "missing required key `kind` (summer or level_structuring)")])
        }
        guard let kind = reader.choice(kindEntry.value, "kind", ScenarioKind.self) else { throw ScenarioError(reader.issues) }
        switch kind {
        case .summer:
            let scenario = SummerScenarioDecoder.decode(tree, file: path, files: files, reader: &reader)
            guard reader.issues.isEmpty, let scenario else { throw ScenarioError(reader.issues) }
            return .summer(scenario)
        case .levelStructuring:
            let scenario = LevelStructuringDecoder.decode(tree, file: path, files: files, reader: &reader)
            guard reader.issues.isEmpty, let scenario else { throw ScenarioError(reader.issues) }
            return .levelStructuring(scenario)
        }
    }
}

/// The two kinds of scenario.
enum ScenarioKind: String, CaseIterable {
    case summer
    case levelStructuring = "level_structuring"
}
