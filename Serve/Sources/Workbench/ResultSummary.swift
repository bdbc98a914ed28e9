import Foundation

/// What the history keeps of a finished result folder: the key figure shown in lists and the
/// fingerprint of every input, read from the files the run wrote (docs/SPEC.md §7), so the history
/// never disagrees with them.
enum ResultSummary {
    /// The key figure and its Swedish label, and `inputs_sha256`, of the result folder at `folder`.
    ///
    /// - summer: `objective_sek` ("Målfunktion"); level structuring: the optimum's
    ///   `total_cost_sek`, else the best proposal's ("Total kostnad"); compare: the difference
    ///   in `objective_sek`, B − A ("Skillnad B − A"), and B's inputs; sweep: none.
    /// - Returns: an outcome without a folder (the caller sets it); fields the files lack are nil.
    static func outcome(of folder: URL) -> RunOutcome {
        if let summary = json(folder.appendingPathComponent("summary.json")) {
            let hash = summary["inputs_sha256"] as? String
            if summary["kind"] as? String == "level_structuring" {
                let optimal = (summary["optimal"] as? [String: Any])?["total_cost_sek"] as? Double
                let best = (summary["best_proposal"] as? [String: Any])?["total_cost_sek"] as? Double
                return RunOutcome(keyFigure: optimal ?? best, keyFigureLabel: "Total kostnad", dataSHA256: hash)
            }
            return RunOutcome(keyFigure: summary["objective_sek"] as? Double, keyFigureLabel: "Målfunktion", dataSHA256: hash)
        }
        if let comparison = json(folder.appendingPathComponent("comparison.json")) {
            let delta = (comparison["differences"] as? [String: Any])?["objective_sek"] as? Double
            let hash = (comparison["b"] as? [String: Any])?["inputs_sha256"] as? String
            return RunOutcome(keyFigure: delta, keyFigureLabel: "Skillnad B − A", dataSHA256: hash)
        }
        return RunOutcome()
    }

    static func json(_ url: URL) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
