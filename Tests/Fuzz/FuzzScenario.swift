// libFuzzer target: the scenario reader (YAML guard, Yams, extends, decoding) and, for scenarios
// that decode, their preparation against the tiny data set (issue 15). Built by Tests/Fuzz/fuzz.sh.
import Foundation
import Scenario

/// A folder of this process holding the file under test (`s.yaml`) and the tiny data set as `d`
/// (a symbolic link), so that `data: d` and `extends: s.yaml` resolve.
let folder: String = {
    let tiny = ProcessInfo.processInfo.environment["SAMPLAN_FUZZ_TINY"] ?? "Tests/Fixtures/datasets/tiny"
    let folder = NSTemporaryDirectory() + "samplan-fuzz-scenario-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let absolute = tiny.hasPrefix("/") ? tiny : FileManager.default.currentDirectoryPath + "/" + tiny
    try? FileManager.default.createSymbolicLink(atPath: folder + "/d", withDestinationPath: absolute)
    try? "name: P\nkind: summer\ndata: d\nweeks: 28..30\n".write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? Data() : Data(bytes: data!, count: size)
    let path = folder + "/s.yaml"
    guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
    do {
        switch try ScenarioDocument.load(path) {
        case let .summer(summer): _ = try? summer.prepare()
        case let .levelStructuring(level): _ = try? level.prepare()
        }
    } catch {
        for issue in error.issues where !issue.isMissingFile {
            // Every reader error keeps FILE:LINE:COLUMN.
            precondition(issue.location != nil, "an issue without a place: \(issue)")
        }
    }
    return 0
}
