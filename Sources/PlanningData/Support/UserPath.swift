import Foundation

/// The one place where paths a user gives (result folders, scenario files, `extends`, `data`,
/// `pricelist`, batch folders) are taken apart and joined. Plain string operations on `/`-separated
/// components: they cannot crash on any input (Foundation's `NSString` path methods trap on
/// Linux for some one-character relative paths, issue 15) and they treat `x`, `x/`, `./x`, `.`,
/// `..`, spaces and non-ASCII names alike on every platform.
public enum UserPath {
    /// Whether `path` starts at the file-system root.
    public static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// `path` with `.` and empty components dropped and `name/..` folded; `..` that climbs above
    /// the start of a relative path is kept, above the root of an absolute one dropped. An empty
    /// result is `.` (or `/`).
    ///
    /// `normalize("a/./b/../c/")` is `a/c`; `normalize("../x")` is `../x`; `normalize("/..")` is `/`.
    public static func normalize(_ path: String) -> String {
        let absolute = isAbsolute(path)
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast(); continue }
                if absolute { continue }
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The folder that holds `path`: `.` for a bare name (`o`, `o/`), `/` for a name in the root.
    /// The path is normalised first, so the parent of `a/b/` is `a` and the parent of `..` is `../..`.
    public static func directory(of path: String) -> String {
        let normal = normalize(path)
        if normal == "/" { return "/" }
        if normal == "." { return ".." }
        if normal == ".." || normal.hasSuffix("/..") { return normal + "/.." }
        guard let slash = normal.lastIndex(of: "/") else { return "." }
        if slash == normal.startIndex { return "/" }
        return String(normal[..<slash])
    }

    /// The last component of `path` after normalising (`b` for `a/b/`); `.`, `..` or `/` when the
    /// path names no component of its own.
    public static func lastComponent(_ path: String) -> String {
        let normal = normalize(path)
        guard let slash = normal.lastIndex(of: "/") else { return normal }
        let tail = normal[normal.index(after: slash)...]
        return tail.isEmpty ? "/" : String(tail)
    }

    /// `name` inside `directory`; an absolute `name` stands alone. Not normalised.
    public static func join(_ directory: String, _ name: String) -> String {
        if isAbsolute(name) || directory.isEmpty { return name }
        if directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `path` as written in a file that lies in `directory`: relative paths are taken from that
    /// folder, absolute ones stand; the result is normalised.
    public static func resolve(_ path: String, relativeTo directory: String) -> String {
        normalize(join(directory, path))
    }

    /// The last component without its extension: `summer-2024` for `a/summer-2024.yaml`; a name
    /// that starts with its only dot (`.hidden`) keeps it.
    public static func stem(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `path` without the extension of its last component (`a/b.yaml` → `a/b`), normalised.
    public static func removingExtension(_ path: String) -> String {
        let normal = normalize(path)
        let name = lastComponent(normal), stemmed = stem(normal)
        guard name != stemmed, name != "." && name != ".." else { return normal }
        return String(normal.dropLast(name.count - stemmed.count))
    }

    /// `path` made absolute against the current folder and normalised.
    public static func absolute(_ path: String) -> String {
        if isAbsolute(path) { return normalize(path) }
        return normalize(join(FileManager.default.currentDirectoryPath, path))
    }
}
