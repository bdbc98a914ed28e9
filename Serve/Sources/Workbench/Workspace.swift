import Foundation

/// A path the workbench will not touch, and why (shown to the user in Swedish).
public struct WorkspacePathError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The workspace: a folder of scenario files and data sets (default `Scenarios/`). The
/// workbench reads and writes only inside it: every path from a request is checked by
/// `resolve(_:)` before any file is opened.
public struct Workspace: Sendable {
    /// The folder, absolute, with symlinks resolved.
    public let root: URL

    /// - Throws: `WorkspacePathError` when `folder` is not an existing folder.
    public init(folder: String) throws(WorkspacePathError) {
        let url = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WorkspacePathError(path: folder, reason: "arbetsytan finns inte eller är ingen mapp")
        }
        root = url
    }

    /// The folder of the workbench's own files (the run history) inside the workspace.
    public var stateFolder: URL { root.appendingPathComponent(".samplan", isDirectory: true) }

    /// The file or folder at `relative` (a path inside the workspace, `/`-separated, already
    /// percent-decoded), or an error when it is absolute, climbs out with `..`, holds a NUL or a
    /// backslash, names a hidden file, or is (or passes through) a symlink leading out of the
    /// workspace. The file need not exist; its folder's real path is checked either way.
    public func resolve(_ relative: String) throws(WorkspacePathError) -> URL {
        let refuse = { (reason: String) in WorkspacePathError(path: relative, reason: reason) }
        guard !relative.isEmpty else { throw refuse("tom sökväg") }
        guard !relative.hasPrefix("/") && !relative.hasPrefix("~") else { throw refuse("absoluta sökvägar är inte tillåtna") }
        guard !relative.contains("\0"), !relative.contains("\\") else { throw refuse("otillåtet tecken i sökvägen") }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." }) else { throw refuse("sökvägen får inte gå uppåt i mapparna") }
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { throw refuse("dolda filer och mappar visas inte") }
        let joined = parts.reduce(root) { $0.appendingPathComponent(String($1)) }
        let fm = FileManager.default
        let real: URL
        if let destination = try? fm.destinationOfSymbolicLink(atPath: joined.path) {
            // A symlink: where it points must exist and be inside, whatever it is relative to.
            let target = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : joined.deletingLastPathComponent().appendingPathComponent(destination)
            guard fm.fileExists(atPath: target.path) else { throw refuse("länken pekar på något som inte finns") }
            real = joined.resolvingSymlinksInPath()
        } else if fm.fileExists(atPath: joined.path) {
            real = joined.resolvingSymlinksInPath()
        } else {
            // Not there (a file to write): its folder's real path decides.
            real = joined.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(joined.lastPathComponent)
        }
        // A symlink anywhere on the way has been followed; where it led is checked here.
        guard contains(real) else { throw refuse("sökvägen leder ut ur arbetsytan") }
        return real
    }

    /// Whether `url` (a real path) is the workspace or inside it.
    public func contains(_ url: URL) -> Bool {
        let path = url.standardizedFileURL.path
        return path == root.path || path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/")
    }

    /// `url`'s path relative to the workspace (for links and display).
    public func relativePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Every scenario file (`*.yaml`) in the workspace, sorted by path; hidden folders, data set
    /// folders (those holding CSV feeds) and symlinks leading out are skipped.
    public func scenarioFiles() -> [String] {
        var found: [String] = []
        func walk(_ folder: URL, depth: Int) {
            guard depth < 8, let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
            if entries.contains(where: { $0.hasSuffix(".csv") }) && !entries.contains(where: { $0.hasSuffix(".yaml") }) { return }
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                let url = folder.appendingPathComponent(entry)
                let real = url.resolvingSymlinksInPath()
                guard contains(real) else { continue }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    walk(url, depth: depth + 1)
                } else if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
                    found.append(relativePath(url))
                }
            }
        }
        walk(root, depth: 0)
        return found.sorted()
    }
}
