/// The direction of optimisation.
public enum ObjectiveSense: String, Sendable, Hashable, Codable {
    case minimize
    case maximize
}

/// A solver-neutral linear or mixed-integer program under construction.
///
/// Variables and rows are addressed by 0-based indices handed out by ``addVariable(lower:upper:objective:isInteger:name:)``
/// and ``addRow(lower:upper:name:)``. Coefficients are collected as triplets and turned into a
/// column-major sparse matrix by ``compiled(duplicates:)``, which validates the whole model first.
/// Nothing here traps on bad input: out-of-range indices, NaN and inverted bounds are recorded as
/// given and reported by ``ModelValidator``.
///
/// Columns and rows are stored as parallel arrays, because the planning models have 10⁵ columns
/// and a struct per column would cost an allocation-heavy copy on every compile.
public struct LinearModel: Sendable, Equatable {
    /// The model's name, written into MPS and LP files.
    public var name: String
    /// Minimise or maximise.
    public var sense: ObjectiveSense
    /// A constant added to the objective.
    public var objectiveConstant: Double

    /// One per column: its lower bound (−∞ for none).
    public private(set) var columnLower: [Double] = []
    /// One per column: its upper bound (+∞ for none).
    public private(set) var columnUpper: [Double] = []
    /// One per column: its objective coefficient (in the model's unit, SEK in Samplan's models).
    public private(set) var objective: [Double] = []
    /// One per column: whether it must take an integer value.
    public private(set) var isInteger: [Bool] = []
    /// One per column: its name (for LP files and messages).
    public private(set) var columnNames: [String] = []

    /// One per row: the lower bound of its activity (−∞ for none).
    public private(set) var rowLower: [Double] = []
    /// One per row: the upper bound of its activity (+∞ for none).
    public private(set) var rowUpper: [Double] = []
    /// One per row: its name.
    public private(set) var rowNames: [String] = []

    /// The coefficients in order of addition (triplets): the row of each.
    public private(set) var entryRows: [Int] = []
    /// The column of each coefficient.
    public private(set) var entryColumns: [Int] = []
    /// The value of each coefficient (duplicates are summed or rejected at `compiled`).
    public private(set) var entryValues: [Double] = []

    /// Creates an empty model.
    public init(name: String = "samplan", sense: ObjectiveSense = .minimize, objectiveConstant: Double = 0) {
        self.name = name
        self.sense = sense
        self.objectiveConstant = objectiveConstant
    }

    /// The number of variables (columns).
    public var columnCount: Int { columnLower.count }
    /// The number of constraints (rows).
    public var rowCount: Int { rowLower.count }
    /// The number of coefficient triplets added, duplicates included.
    public var entryCount: Int { entryValues.count }
    /// The number of integer variables.
    public var integerColumnCount: Int { isInteger.lazy.filter { $0 }.count }

    /// Reserves storage, so that building a large model does not reallocate.
    public mutating func reserveCapacity(columns: Int, rows: Int, entries: Int) {
        columnLower.reserveCapacity(columns); columnUpper.reserveCapacity(columns)
        objective.reserveCapacity(columns); isInteger.reserveCapacity(columns)
        columnNames.reserveCapacity(columns)
        rowLower.reserveCapacity(rows); rowUpper.reserveCapacity(rows); rowNames.reserveCapacity(rows)
        entryRows.reserveCapacity(entries); entryColumns.reserveCapacity(entries)
        entryValues.reserveCapacity(entries)
    }

    /// Adds a variable and returns its 0-based index. An empty name means "unnamed".
    ///
    /// - Complexity: amortised O(1).
    @discardableResult
    public mutating func addVariable(
        lower: Double = 0, upper: Double = .infinity, objective cost: Double = 0,
        isInteger integer: Bool = false, name: String = ""
    ) -> Int {
        columnLower.append(lower)
        columnUpper.append(upper)
        objective.append(cost)
        isInteger.append(integer)
        columnNames.append(name)
        return columnLower.count - 1
    }

    /// Adds a row `lower ≤ Σ a·x ≤ upper` with no coefficients yet and returns its 0-based index.
    ///
    /// - Complexity: amortised O(1).
    @discardableResult
    public mutating func addRow(lower: Double = -.infinity, upper: Double = .infinity, name: String = "") -> Int {
        rowLower.append(lower)
        rowUpper.append(upper)
        rowNames.append(name)
        return rowLower.count - 1
    }

    /// Adds a row with its coefficients and returns its 0-based index.
    @discardableResult
    public mutating func addRow(
        _ terms: [(column: Int, value: Double)], lower: Double = -.infinity, upper: Double = .infinity,
        name: String = ""
    ) -> Int {
        let row = addRow(lower: lower, upper: upper, name: name)
        for term in terms { addCoefficient(row: row, column: term.column, value: term.value) }
        return row
    }

    /// Adds `value` at (row, column). A second entry at the same place is a duplicate, which
    /// compiling sums or rejects (``DuplicatePolicy``); it never reaches a solver.
    ///
    /// - Complexity: amortised O(1).
    public mutating func addCoefficient(row: Int, column: Int, value: Double) {
        entryRows.append(row)
        entryColumns.append(column)
        entryValues.append(value)
    }

    /// Sets the objective coefficient of a variable.
    public mutating func setObjective(column: Int, to value: Double) {
        guard objective.indices.contains(column) else {
            pendingIndexErrors.append("objective coefficient for column \(column), which does not exist")
            return
        }
        objective[column] = value
    }

    /// Sets the bounds of a variable.
    public mutating func setColumnBounds(_ column: Int, lower: Double, upper: Double) {
        guard columnLower.indices.contains(column) else {
            pendingIndexErrors.append("bounds for column \(column), which does not exist")
            return
        }
        columnLower[column] = lower
        columnUpper[column] = upper
    }

    /// Sets the bounds of a row.
    public mutating func setRowBounds(_ row: Int, lower: Double, upper: Double) {
        guard rowLower.indices.contains(row) else {
            pendingIndexErrors.append("bounds for row \(row), which does not exist")
            return
        }
        rowLower[row] = lower
        rowUpper[row] = upper
    }

    /// Calls made with an index that does not exist, kept for the validator instead of trapping.
    public private(set) var pendingIndexErrors: [String] = []
}
