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
/// which is renamed into place when complete (SPEC §6), so an interrupted run leaves no
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
        let here = UserPath.absolute(".")
        if target == "/" || here == target || here.hasPrefix(target + "/") {
            throw ResultWriteError(path: given, message: "the result folder cannot be the current folder or one that holds it", exists: true)
        }
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target, isDirectory: &isDirectory)
        if exists && !force {
            throw ResultWriteError(path: given, message: "the result folder exists; use --force to replace it", exists: true)
        }
        if exists && !isDirectory.boolValue {
            throw ResultWriteError(path: given, message: "exists and is not a folder", exists: true)
        }
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
