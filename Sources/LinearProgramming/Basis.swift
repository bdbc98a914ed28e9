/// The status of one row or column in a simplex basis.
public enum BasisStatus: UInt8, Sendable, Hashable, Codable {
    /// In the basis.
    case basic
    /// Non-basic at its lower bound.
    case atLower
    /// Non-basic at its upper bound.
    case atUpper
    /// Non-basic free variable (value 0).
    case free
    /// Non-basic fixed variable.
    case fixed
}

/// A simplex basis, saved after a solve so that a similar model can be warm-started from it.
public struct Basis: Sendable, Hashable, Codable {
    /// One status per row of the model, in row order.
    public var rows: [BasisStatus]
    /// One status per column of the model, in column order.
    public var columns: [BasisStatus]

    /// A basis of `rows.count` rows and `columns.count` columns; a solver checks that it fits
    /// the model (and has one basic variable per row) before using it.
    public init(rows: [BasisStatus], columns: [BasisStatus]) {
        self.rows = rows
        self.columns = columns
    }

    /// Whether the basis has the right shape for `model` and exactly one basic variable per row.
    public func fits(_ model: CompiledModel) -> Bool {
        rows.count == model.rowCount && columns.count == model.columnCount
            && rows.lazy.filter { $0 == .basic }.count + columns.lazy.filter { $0 == .basic }.count == model.rowCount
    }
}
