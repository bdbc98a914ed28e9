import Foundation
import PlanningData

/// Path helpers shared with the command line.
public enum ScenarioPaths {
    /// Folds `.`, empty components and `name/..` (``UserPath/normalize(_:)``).
    public static func normalize(_ path: String) -> String { UserPath.normalize(path) }
}

/// Reads a scenario file with its `extends` chain: parents first, maps merged key by key,
/// lists and scalars replaced, a child's `null` replacing the parent's value (docs/SPEC.md §5, §9).
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
        let canonical = URL(fileURLWithPath: UserPath.absolute(path)).resolvingSymlinksInPath().path
        if chain.contains(canonical) {
            let cycle = (chain + [canonical]).map { UserPath.lastComponent($0) }.joined(separator: " → ")
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0, "extends", "`extends` makes a cycle: \(cycle)")]))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            let what = referencedAt == nil
                ? (isDirectory.boolValue ? "is a folder, not a scenario file (name a .yaml file; `samplan batch` runs every scenario in a folder)"
                                         : "no such scenario file")
                : "the file named by `extends` does not exist: \(path)"
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0, referencedAt == nil ? "" : "extends",
                                                         referencedAt == nil ? "\(path): \(what)" : what, isMissingFile: true)]))
        }
        guard isRegularFile(path) else {
            // A device or pipe (`extends: /dev/stdin`) could block or never end.
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0 ?? SourceLocation(file: path, line: 1, column: 1),
                                                         referencedAt == nil ? "" : "extends", "\(path) is not a regular file")]))
        }
        guard let data = readCapped(path, limit: YAMLInputGuard.maximumBytes) else {
            return .failure(ScenarioError([ScenarioIssue(referencedAt?.0 ?? SourceLocation(file: path, line: 1, column: 1),
                                                         referencedAt == nil ? "" : "extends", "\(path) cannot be read")]))
        }
        guard data.count <= YAMLInputGuard.maximumBytes else {
            return .failure(ScenarioError([ScenarioIssue(SourceLocation(file: path, line: 1, column: 1), "",
                                                         "the file is larger than \(YAMLInputGuard.maximumBytes / 1024) KiB; a scenario file is a few kilobytes of YAML")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ScenarioError([ScenarioIssue(SourceLocation(file: path, line: 1, column: 1), "", "the file is not UTF-8 text")]))
        }
        if let problem = YAMLInputGuard.check(text) {
            return .failure(ScenarioError([ScenarioIssue(SourceLocation(file: path, line: problem.line, column: problem.column), "", problem.message)]))
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
        let directory = UserPath.directory(of: path)
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

    /// Whether `path` (after symbolic links) is a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The first `limit + 1` bytes of the file at `path` (enough to tell that it is too large
    /// without reading all of it), or nil when it cannot be opened.
    static func readCapped(_ path: String, limit: Int) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: limit + 1)) ?? Data()
    }

    /// `path` relative to `directory`, unless absolute; `.` and `a/..` folded (``UserPath``).
    static func resolve(_ path: String, relativeTo directory: String) -> String {
        UserPath.resolve(path, relativeTo: directory)
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
