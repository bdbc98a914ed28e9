import Foundation

/// Path helpers shared with the command line.
public enum ScenarioPaths {
    /// Folds `.`, empty components and `name/..`.
    public static func normalize(_ path: String) -> String { ScenarioFileLoader.normalize(path) }
}

/// Reads a scenario file with its `extends` chain: parents first, maps merged key by key,
/// lists and scalars replaced, a child's `null` replacing the parent's value (SPEC §5, §9).
/// Paths (`extends`, `data`, `pricelist`) are resolved relative to the file that writes them.
enum ScenarioFileLoader {
    /// Keys whose values are paths relative to the file they are written in.
    static let pathKeys: Set<String> = ["data", "pricelist"]

    /// The merged document and every file read, child last.
    static func load(_ path: String) -> Result<(YAMLValue, files: [String]), ScenarioError> {
        var files: [String] = []
        return load(path, chain: [], referencedAt: nil, files: &files).map { ($0, files) }
    }

    private static func load(_ path: String, chain: [String], referencedAt: (SourceLocation, String)?,
                             files: inout [String]) -> Result<YAMLValue, ScenarioError> {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if chain.contains(canonical) {
            let cycle = (chain + [canonical]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0, "extends", "`extends` makes a cycle: \(cycle)")]))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            let what = referencedAt == nil ? "no such scenario file" : "the file named by `extends` does not exist: \(path)"
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0, referencedAt == nil ? "" : "extends",
                                                         referencedAt == nil ? "\(path): \(what)" : what, isMissingFile: true)]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ScenarioError([ScenarioIssue(SourceLocation(file: path, line: 1, column: 1), "", "the file is not UTF-8 text")]))
        }
        files.append(path)
        var document: YAMLValue
        switch YAMLValue.parse(text, file: path) {
        case let .success(value): document = value
        case let .failure(error): return .failure(error)
        }
        guard case .mapping(var entries, let location) = document else {
            return .failure(ScenarioError([ScenarioIssue(document.location, "", "a scenario file must be a map of keys, not \(document.typeName)")]))
        }
        let directory = (path as NSString).deletingLastPathComponent
        for k in entries.indices where pathKeys.contains(entries[k].key) {
            if case let .scalar(value, plain, l) = entries[k].value {
                entries[k].value = .scalar(resolve(value, relativeTo: directory), plain: plain, l)
            }
        }
        guard let parentIndex = entries.firstIndex(where: { $0.key == "extends" }) else {
            return .success(.mapping(entries, location))
        }
        let parentEntry = entries.remove(at: parentIndex)
        guard case let .scalar(parentPath, _, parentLocation) = parentEntry.value else {
            if case .null = parentEntry.value { return .success(.mapping(entries, location)) }
            return .failure(ScenarioError([ScenarioIssue(parentEntry.value.location, "extends", "expected a file path, found \(parentEntry.value.typeName)")]))
        }
        let resolved = resolve(parentPath, relativeTo: directory)
        var parentFiles: [String] = []
        switch load(resolved, chain: chain + [canonical], referencedAt: (parentLocation, resolved), files: &parentFiles) {
        case let .failure(error): return .failure(error)
        case let .success(parent):
            files.insert(contentsOf: parentFiles, at: 0)
            document = merge(parent, .mapping(entries, location))
            return .success(document)
        }
    }

    /// `path` relative to `directory`, unless absolute; `.` and `a/..` folded.
    static func resolve(_ path: String, relativeTo directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return normalize(path) }
        return normalize(directory + "/" + path)
    }

    /// Folds `.`, empty components and `name/..` (Foundation leaves `..` in relative paths).
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute && parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The child over the parent: maps merge key by key; anything else is replaced.
    static func merge(_ parent: YAMLValue, _ child: YAMLValue) -> YAMLValue {
        guard case let .mapping(parentEntries, _) = parent, case let .mapping(childEntries, location) = child else { return child }
        var merged = parentEntries
        for entry in childEntries {
            if let k = merged.firstIndex(where: { $0.key == entry.key }) {
                merged[k] = YAMLEntry(key: entry.key, keyLocation: entry.keyLocation, value: merge(merged[k].value, entry.value))
            } else {
                merged.append(entry)
            }
        }
        return .mapping(merged, location)
    }
}
