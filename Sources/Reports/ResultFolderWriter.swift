import Foundation
import PlanningData

/// Why a result folder could not be written.
public struct ResultWriteError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// The folder exists and `force` was not given.
    public let exists: Bool
    public var description: String { "\(path): \(message)" }
}

/// Writes a result folder atomically: every file goes into a temporary folder beside the target,
/// which is renamed into place when complete (docs/SPEC.md §6), so an interrupted run leaves no
/// half-written results. An existing folder is replaced only with `force`.
public enum ResultFolderWriter {
    /// Writes `files` and copies of the folders `copying` (name in the result folder, source
    /// folder) into `target`.
    public static func write(_ files: [(name: String, contents: String)], copying folders: [(name: String, source: String)] = [],
                             to target: String, force: Bool) throws(ResultWriteError) {
        let fm = FileManager.default
        // Absolute and normalised first (UserPath, never NSString: issue 15), so that `o`, `o/`,
        // `./o` and `x/../o` all name the same folder and its parent is always known.
        let given = target
        let target = UserPath.absolute(target)
        try checkWritable(given, force: force)
        let exists = fm.fileExists(atPath: target)
        let parent = UserPath.directory(of: target)
        let base = UserPath.lastComponent(target)
        removeStaleTemporaries(in: parent, of: base)
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = UserPath.join(parent, ".\(base).tmp-\(tag)")
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            for (name, contents) in files {
                // A name may hold a subfolder (status_quo/flows.csv).
                let path = UserPath.join(temporary, name)
                let folder = UserPath.directory(of: path)
                if folder != temporary { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
            }
            for (name, source) in folders {
                try fm.copyItem(atPath: source, toPath: UserPath.join(temporary, name))
            }
            if exists {
                let old = UserPath.join(parent, ".\(base).old-\(tag)")
                try fm.moveItem(atPath: target, toPath: old)
                try fm.moveItem(atPath: temporary, toPath: target)
                try? fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: temporary, toPath: target)
            }
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw ResultWriteError(path: given, message: "could not write the results: \(error.localizedDescription)", exists: false)
        }
    }

    /// Checks, before any work is done, that `target` can be written: `--force` replaces only a
    /// folder that Samplan wrote (one holding a result file, ``isResultFolder(_:)``) or an empty
    /// one, never a folder of scenario files or a data set named by mistake; and the nearest
    /// existing ancestor must be a folder this process can write in.
    ///
    /// - Throws: ``ResultWriteError`` with `exists` true (a usage error) when it cannot.
    public static func checkWritable(_ target: String, force: Bool) throws(ResultWriteError) {
        let fm = FileManager.default
        let absolute = UserPath.absolute(target)
        let here = UserPath.absolute(".")
        if absolute == "/" || here == absolute || here.hasPrefix(absolute + "/") {
            throw ResultWriteError(path: target, message: "the result folder cannot be the current folder or one that holds it", exists: true)
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: absolute, isDirectory: &isDirectory) {
            if !force {
                throw ResultWriteError(path: target, message: "the result folder exists; use --force to replace it", exists: true)
            }
            if !isDirectory.boolValue {
                throw ResultWriteError(path: target, message: "exists and is not a folder", exists: true)
            }
            if !isResultFolder(absolute) {
                throw ResultWriteError(path: target, message: "exists and is not a Samplan result folder (it holds no run.json, summary.json or batch.csv); "
                    + "--force replaces only result folders, so that a mistyped --out cannot delete scenario files or a data set: remove it yourself or choose another --out", exists: true)
            }
            return
        }
        var ancestor = UserPath.directory(of: absolute)
        while !fm.fileExists(atPath: ancestor, isDirectory: &isDirectory) && ancestor != "/" {
            ancestor = UserPath.directory(of: ancestor)
        }
        if !isDirectory.boolValue || !fm.isWritableFile(atPath: ancestor) {
            throw ResultWriteError(path: target, message: "cannot create the result folder: \(ancestor) is not a folder this user can write in", exists: true)
        }
    }

    /// Whether `folder` is empty or holds a file that only Samplan's result folders hold:
    /// `run.json`, `summary.json`, `batch.csv`, or a batch part's `batch-I-of-N.csv` /
    /// `shard-I-of-N.json`.
    public static func isResultFolder(_ folder: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        let visible = names.filter { !$0.hasPrefix(".") }
        if visible.isEmpty { return true }
        return visible.contains { name in
            ["run.json", "summary.json", "batch.csv"].contains(name)
                || (name.hasPrefix("batch-") && name.hasSuffix(".csv")) || (name.hasPrefix("shard-") && name.hasSuffix(".json"))
        }
    }

    /// Removes the `.BASE.tmp-PID-…` and `.BASE.old-…` folders that a process killed while
    /// writing (`kill -9`, a power cut) left beside the target: those whose process is gone.
    static func removeStaleTemporaries(in parent: String, of base: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for name in names {
            var rest: Substring
            if name.hasPrefix(".\(base).tmp-") { rest = name.dropFirst(base.count + 6) }
            else if name.hasPrefix(".\(base).old-") { rest = name.dropFirst(base.count + 6) }
            else { continue }
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { continue }
            rest = rest[rest.index(after: dash)...]
            guard !rest.isEmpty, rest.allSatisfy(\.isNumber) else { continue }
            if pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) != 0 && errno == ESRCH {
                try? fm.removeItem(atPath: UserPath.join(parent, name))
            }
        }
    }
}
