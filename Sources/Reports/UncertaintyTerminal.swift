import PlanningData
import Uncertainty

/// The terminal lines of an uncertain summer run: the spread of its key figures over the draws,
/// so that a planner at a terminal sees that there is one (the full table is uncertainty.csv).
public enum UncertaintyTerminal {
    /// The quantities shown, in draws.csv's names, with their words and units.
    static let shown: [(quantity: String, words: String, unit: String)] = [
        ("objective_sek", "objective", "SEK"),
        ("gain_vs_status_quo_sek", "gain over the status quo", "SEK"),
        ("final_waiting", "final waiting", "cases"),
        ("final_waiting_over_guarantee", "waiting over the guarantee", "cases"),
        ("overload_bed_weeks", "overload", "bed-weeks"),
        ("acute_transfer_bed_weeks", "acute transfers", "bed-weeks"),
    ]

    /// - Parameters:
    ///   - draws: how many draws this run (or shard) solved, `solved` of them optimal.
    ///   - spreads: uncertainty.csv's rows (`UncertaintyResults.spreads`).
    ///   - part: for a part of a sharded run, its index, the shard count and the scenario's draws:
    ///     the spread is then said to be of this part only.
    public static func render(draws: Int, solved: Int, _ spreads: [(quantity: String, spread: Spread?)],
                              part: (index: Int, count: Int, draws: Int)? = nil) -> String {
        var out = "\nUncertainty over \(draws) \(draws == 1 ? "draw" : "draws") (\(solved) solved; P10, P50, P90 of the solved draws; every quantity in uncertainty.csv, charts in report.html)\n"
        if let part {
            out += draws == 0
                ? "This is part \(part.index) of \(part.count) and holds none of the scenario's \(part.draws) draws (fewer draws than parts); `samplan merge` still takes it.\n"
                : "This is part \(part.index) of \(part.count): \(draws) of the scenario's \(part.draws) draws, and the spread of this part only; `samplan merge` the \(part.count) parts for the whole.\n"
        }
        guard draws > 0 else { return out }
        var table = TextTable([("quantity", .left), ("P10", .right), ("P50", .right), ("P90", .right), ("unit", .left)])
        let byName = Dictionary(spreads.map { ($0.quantity, $0.spread) }, uniquingKeysWith: { first, _ in first })
        for item in shown {
            guard let spread = byName[item.quantity] ?? nil else { continue }
            let decimals = item.unit == "bed-weeks" ? 1 : 0
            table.append([item.words] + [spread.p10, spread.p50, spread.p90].map { NumberFormatting.swedish($0, decimals: decimals) } + [item.unit])
        }
        return out + table.rendered(indent: 2)
    }
}
