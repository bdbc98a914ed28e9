/// One independent part of a model: rows and columns that no nonzero joins to the rest.
public struct ModelBlock: Sendable, Equatable {
    /// The block's rows, as row indices of the whole model, ascending.
    public let rows: [Int]
    /// The block's columns, as column indices of the whole model, ascending.
    public let columns: [Int]
    /// The block's nonzeros.
    public let nonzeroCount: Int

    /// The size used to order blocks, largest first: nonzeros plus rows plus columns.
    public var size: Int { nonzeroCount + rows.count + columns.count }
}

/// The connected blocks of a compiled model.
///
/// Rows and columns are the vertices of a bipartite graph whose edges are the matrix's nonzeros;
/// the objective row is not part of it, so it joins nothing. Each connected component is a block:
/// an LP (or MIP) whose optimum does not depend on any other block, because no row constrains
/// columns of two blocks and the objective is a sum over columns. The whole model's optimum is
/// therefore the concatenation of the blocks' optima, and its optimal value their sum plus the
/// objective constant.
///
/// Rows and columns without any nonzero are each a component of their own; they are gathered
/// into one "loose" block (the last), so that a model with many of them does not cost one
/// solver call each. Blocks are in the order of their first column (blocks without columns after
/// them, by first row), which makes the decomposition, and every merge, deterministic.
public struct ModelDecomposition: Sendable {
    /// The blocks, loose block (if any) last.
    public let blocks: [ModelBlock]
    /// The number of rows and columns of the whole model.
    public let rowCount: Int
    public let columnCount: Int

    /// Decomposes `model` into its connected blocks.
    ///
    /// - Complexity: O(rows + columns + nonzeros · α), by union-find over rows and columns.
    public init(_ model: CompiledModel) {
        let m = model.rowCount, n = model.columnCount
        rowCount = m
        columnCount = n
        let matrix = model.matrix
        // Union-find over n columns (0..<n) and m rows (n..<n+m).
        var sets = UnionFind(count: n + m)
        var rowUsed = [Bool](repeating: false, count: m)
        for j in 0..<n {
            for k in matrix.columnStart[j]..<matrix.columnStart[j + 1] {
                let r = Int(matrix.rowIndices[k])
                rowUsed[r] = true
                sets.union(Int32(j), Int32(n + r))
            }
        }
        // Number the components in order of first appearance: columns first, then rows.
        var label = [Int32](repeating: -1, count: n + m)
        var blockColumns: [[Int]] = [], blockRows: [[Int]] = [], blockNonzeros: [Int] = []
        var looseColumns: [Int] = [], looseRows: [Int] = []
        for j in 0..<n {
            let count = matrix.columnStart[j + 1] - matrix.columnStart[j]
            if count == 0 { looseColumns.append(j); continue }
            let root = Int(sets.find(Int32(j)))
            if label[root] < 0 {
                label[root] = Int32(blockColumns.count)
                blockColumns.append([]); blockRows.append([]); blockNonzeros.append(0)
            }
            let b = Int(label[root])
            blockColumns[b].append(j)
            blockNonzeros[b] += count
        }
        for i in 0..<m {
            if !rowUsed[i] { looseRows.append(i); continue }
            // A used row is joined to a column, so its component already has a label.
            blockRows[Int(label[Int(sets.find(Int32(n + i)))])].append(i)
        }
        var blocks = (0..<blockColumns.count).map {
            ModelBlock(rows: blockRows[$0], columns: blockColumns[$0], nonzeroCount: blockNonzeros[$0])
        }
        if !looseRows.isEmpty || !looseColumns.isEmpty {
            blocks.append(ModelBlock(rows: looseRows, columns: looseColumns, nonzeroCount: 0))
        }
        self.blocks = blocks
    }

    /// The block that holds everything, when the model does not split (zero or one block).
    public var isTrivial: Bool { blocks.count <= 1 }

    /// The largest block by ``ModelBlock/size``, nil for a model without rows and columns.
    public var largest: ModelBlock? { blocks.max { $0.size < $1.size } }

    /// Block indices, largest first (ties by index), the order in which a pool should take them.
    public var largestFirst: [Int] {
        blocks.indices.sorted { blocks[$0].size > blocks[$1].size || (blocks[$0].size == blocks[$1].size && $0 < $1) }
    }
}

extension CompiledModel {
    /// The sub-model of `block`: its rows and columns renumbered from 0 in the order of the block,
    /// with their bounds, costs, integrality, names and coefficients, the sense of the whole model
    /// and objective constant 0 (the whole model's constant is added once, when merging).
    ///
    /// - Complexity: O(rows + columns + nonzeros of the block) after an O(rows) index map.
    public func subModel(_ block: ModelBlock) -> CompiledModel {
        let whole = model
        var sub = LinearModel(name: whole.name, sense: whole.sense, objectiveConstant: 0)
        sub.reserveCapacity(columns: block.columns.count, rows: block.rows.count, entries: block.nonzeroCount)
        var localRow = [Int32](repeating: -1, count: rowCount)
        for (k, i) in block.rows.enumerated() {
            localRow[i] = Int32(k)
            sub.addRow(lower: whole.rowLower[i], upper: whole.rowUpper[i], name: whole.rowNames[i])
        }
        var start = [Int](), rows = [Int32](), values = [Double]()
        start.reserveCapacity(block.columns.count + 1)
        rows.reserveCapacity(block.nonzeroCount)
        values.reserveCapacity(block.nonzeroCount)
        for (local, j) in block.columns.enumerated() {
            sub.addVariable(lower: whole.columnLower[j], upper: whole.columnUpper[j], objective: whole.objective[j],
                            isInteger: whole.isInteger[j], name: whole.columnNames[j])
            start.append(rows.count)
            // Rows of a block keep their relative order, so each column stays sorted by row.
            for k in matrix.columnStart[j]..<matrix.columnStart[j + 1] {
                let r = localRow[Int(matrix.rowIndices[k])]
                sub.addCoefficient(row: Int(r), column: local, value: matrix.values[k])
                rows.append(r)
                values.append(matrix.values[k])
            }
        }
        start.append(rows.count)
        let subMatrix = SparseMatrix(rowCount: block.rows.count, columnCount: block.columns.count,
                                     columnStart: start, rowIndices: rows, values: values)
        return CompiledModel(model: sub, matrix: subMatrix)
    }

    /// Whether `block` has exactly the same data here as in `other` (bounds, costs, integrality,
    /// coefficients and sense; names are ignored), so that a solution of it in `other` solves it here.
    ///
    /// The block must be a block of both models (the same rows and columns joined the same way).
    public func blockData(_ block: ModelBlock, equalsIn other: CompiledModel) -> Bool {
        guard model.sense == other.model.sense else { return false }
        let a = model, b = other.model
        for i in block.rows where a.rowLower[i] != b.rowLower[i] || a.rowUpper[i] != b.rowUpper[i] { return false }
        for j in block.columns {
            if a.columnLower[j] != b.columnLower[j] || a.columnUpper[j] != b.columnUpper[j]
                || a.objective[j] != b.objective[j] || a.isInteger[j] != b.isInteger[j] { return false }
            let lo = matrix.columnStart[j], hi = matrix.columnStart[j + 1]
            let olo = other.matrix.columnStart[j], ohi = other.matrix.columnStart[j + 1]
            guard hi - lo == ohi - olo else { return false }
            for k in 0..<(hi - lo) where matrix.rowIndices[lo + k] != other.matrix.rowIndices[olo + k]
                || matrix.values[lo + k] != other.matrix.values[olo + k] { return false }
        }
        return true
    }

    /// Whether `block` has the same row and column bounds here as in `other`.
    public func blockBounds(_ block: ModelBlock, equalIn other: CompiledModel) -> Bool {
        let a = model, b = other.model
        return block.rows.allSatisfy { a.rowLower[$0] == b.rowLower[$0] && a.rowUpper[$0] == b.rowUpper[$0] }
            && block.columns.allSatisfy { a.columnLower[$0] == b.columnLower[$0] && a.columnUpper[$0] == b.columnUpper[$0] }
    }
}

/// Disjoint sets over 0..<count, with path halving and union by size.
private struct UnionFind {
    private var parent: [Int32]
    private var weight: [Int32]

    init(count: Int) {
        parent = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for k in 0..<count { buffer[k] = Int32(k) }
            initialized = count
        }
        weight = [Int32](repeating: 1, count: count)
    }

    /// The root of `x`'s set.
    mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }

    /// Joins the sets of `a` and `b`, the smaller under the larger.
    mutating func union(_ a: Int32, _ b: Int32) {
        var a = find(a), b = find(b)
        if a == b { return }
        if weight[Int(a)] < weight[Int(b)] { swap(&a, &b) }
        parent[Int(b)] = a
        weight[Int(a)] += weight[Int(b)]
    }
}
