import Foundation
import Scenario

/// Writes a variant's file after the scenario reader has accepted it. The text goes first to a
/// hidden file beside the parent, which `samplan`'s reader loads and prepares against the data
/// set (so an unknown hospital or an empty week range is caught as the command line would); only
/// a file without problems is renamed to its name, never over an existing file.
enum VariantWriter {
    /// What went wrong, by form field ("" for the form as a whole).
    struct Problems: Error {
        var fields: [String: [String]]
    }

    /// The new file's URL, or the problems to show next to the fields.
    static func write(_ form: VariantForm, parent: URL, document: ScenarioDocument, workspace: Workspace) throws(Problems) -> URL {
        var problems = form.basicErrors()
        let folder = parent.deletingLastPathComponent()
        let target: URL
        do { target = try workspace.resolve(workspace.relativePath(folder.appendingPathComponent(form.fileName))) } catch {
            throw Problems(fields: ["fil": ["Filen kan inte skrivas där: \(error.reason)."]])
        }
        if problems.isEmpty, FileManager.default.fileExists(atPath: target.path) {
            problems["fil", default: []].append("Det finns redan en fil som heter \(form.fileName).")
        }
        guard problems.isEmpty else { throw Problems(fields: problems) }

        let parentAdjust: [String]
        let summer: Bool
        switch document {
        case let .summer(s): parentAdjust = s.adjustments.map(YAMLText.adjustment); summer = true
        case .levelStructuring: parentAdjust = []; summer = false
        }
        let text = form.yaml(parentFile: parent.lastPathComponent, parentAdjust: form.lines.isEmpty ? [] : parentAdjust, summer: summer)
        let temporary = folder.appendingPathComponent(".variant-\(UUID().uuidString).yaml")
        do { try Data(text.utf8).write(to: temporary, options: .withoutOverwriting) } catch {
            throw Problems(fields: ["": ["Varianten gick inte att spara: \(error.localizedDescription)"]])
        }
        defer { try? FileManager.default.removeItem(at: temporary) }

        var issues: [ScenarioIssue] = []
        var dataProblems: [String] = []
        do {
            let child = try ScenarioDocument.load(temporary.path)
            if case let .summer(s) = child {
                do { _ = try s.prepare() } catch {
                    switch error {
                    case let .scenario(e): issues = e.issues
                    case let .data(e): dataProblems = e.issues.filter { $0.severity == .error }.map(\.description)
                    }
                }
            }
        } catch {
            issues = error.issues
        }
        for issue in issues {
            let field = form.field(for: issue.keyPath, parentAdjustCount: form.lines.isEmpty ? 0 : parentAdjust.count)
            let message = field.isEmpty && !issue.keyPath.isEmpty ? "\(issue.keyPath): \(issue.message)" : issue.message
            problems[field, default: []].append(message)
        }
        if !dataProblems.isEmpty { problems["", default: []] += ["Datasetet går inte att läsa:"] + dataProblems }
        guard problems.isEmpty else { throw Problems(fields: problems) }
        do { try FileManager.default.moveItem(at: temporary, to: target) } catch {
            throw Problems(fields: ["fil": ["Varianten gick inte att spara som \(form.fileName): \(error.localizedDescription)"]])
        }
        return target
    }
}
