import Foundation
import PlanningData
import Scenario

/// Reads scenario files and data sets for the pages, keeping what it read until a file it came
/// from changes (the list page reads every scenario on each request).
final class ScenarioCatalog: @unchecked Sendable {
    let workspace: Workspace
    private let lock = NSLock()
    private var documents: [String: (stamps: [String: Date], result: Result<ScenarioDocument, ScenarioError>)] = [:]
    private var dataSets: [String: (stamp: Date?, data: DataSet?)] = [:]

    init(workspace: Workspace) { self.workspace = workspace }

    /// The scenario file at `url` read by the same reader as `samplan`, or its problems.
    func document(_ url: URL) -> Result<ScenarioDocument, ScenarioError> {
        let path = url.path
        lock.lock()
        let cached = documents[path]
        lock.unlock()
        if let cached, cached.stamps.allSatisfy({ Self.modified($0.key) == $0.value }) { return cached.result }
        let result = Result { () throws(ScenarioError) in try ScenarioDocument.load(path) }
        let files = (try? result.get().files) ?? [path]
        var stamps: [String: Date] = [:]
        for file in files { stamps[file] = Self.modified(file) ?? .distantPast }
        lock.lock()
        documents[path] = (stamps, result)
        lock.unlock()
        return result
    }

    /// The data set in `folder` (absolute), or nil when it does not load; kept until the
    /// folder's modification time changes.
    func dataSet(_ folder: String) -> DataSet? {
        let stamp = Self.modified(folder)
        lock.lock()
        let cached = dataSets[folder]
        lock.unlock()
        if let cached, cached.stamp == stamp { return cached.data }
        let data = try? DataSetLoader.load(folder: folder).0
        lock.lock()
        dataSets[folder] = (stamp, data)
        lock.unlock()
        return data
    }

    /// The data set a scenario names, if it is inside the workspace and loads.
    func dataSet(of document: ScenarioDocument) -> DataSet? {
        let folder = dataFolder(document)
        guard workspace.contains(URL(fileURLWithPath: folder).resolvingSymlinksInPath()) else { return nil }
        return dataSet(folder)
    }

    func dataFolder(_ document: ScenarioDocument) -> String {
        switch document {
        case let .summer(s): return s.dataFolder.value
        case let .levelStructuring(s): return s.dataFolder.value
        }
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
