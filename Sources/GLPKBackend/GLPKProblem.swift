import CGLPK
import LinearProgramming

/// A `glp_prob` created, used and deleted within one call: it never escapes the closure, so it
/// stays on the thread (and in the GLPK environment) that created it.
enum GLPKProblem {
    static func with<T, E: Error>(_ body: (OpaquePointer) throws(E) -> T) throws(E) -> T {
        let problem = glp_create_prob()!
        defer { glp_delete_prob(problem) }
        return try body(problem)
    }

    /// Loads a validated model into an empty problem object.
    ///
    /// Every value passed here has been checked by `ModelValidator` and `compiled()`: indices in
    /// range, no duplicates, finite coefficients, lower ≤ upper, names of at most 255 bytes.
    ///
    /// - Complexity: O(rows + columns + nonzeros).
    static func load(_ compiled: CompiledModel, into problem: OpaquePointer) {
        let model = compiled.model
        glp_set_prob_name(problem, model.name)
        glp_set_obj_dir(problem, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(problem, 0, model.objectiveConstant)
        if model.rowCount > 0 { glp_add_rows(problem, Int32(model.rowCount)) }
        if model.columnCount > 0 { glp_add_cols(problem, Int32(model.columnCount)) }
        for i in 0..<model.rowCount {
            let (type, lb, ub) = glpkBounds(model.rowLower[i], model.rowUpper[i])
            glp_set_row_bnds(problem, Int32(i + 1), type, lb, ub)
            if !model.rowNames[i].isEmpty { glp_set_row_name(problem, Int32(i + 1), model.rowNames[i]) }
        }
        for j in 0..<model.columnCount {
            let (type, lb, ub) = glpkBounds(model.columnLower[j], model.columnUpper[j])
            glp_set_col_bnds(problem, Int32(j + 1), type, lb, ub)
            glp_set_obj_coef(problem, Int32(j + 1), model.objective[j])
            if model.isInteger[j] { glp_set_col_kind(problem, Int32(j + 1), GLP_IV) }
            if !model.columnNames[j].isEmpty { glp_set_col_name(problem, Int32(j + 1), model.columnNames[j]) }
        }
        let matrix = compiled.matrix
        let ne = matrix.nonzeroCount
        guard ne > 0 else { return }
        // glp_load_matrix takes 1-based arrays whose element 0 is unused.
        var ia = [Int32](repeating: 0, count: ne + 1)
        var ja = [Int32](repeating: 0, count: ne + 1)
        var ar = [Double](repeating: 0, count: ne + 1)
        for j in 0..<matrix.columnCount {
            for k in matrix.columnStart[j]..<matrix.columnStart[j + 1] {
                ia[k + 1] = matrix.rowIndices[k] + 1
                ja[k + 1] = Int32(j + 1)
                ar[k + 1] = matrix.values[k]
            }
        }
        glp_load_matrix(problem, Int32(ne), &ia, &ja, &ar)
    }

    /// GLPK's bound type and the two values it reads for it (the unused ones are passed as 0).
    static func glpkBounds(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch BoundKind(lower: lower, upper: upper) {
        case .free: return (GLP_FR, 0, 0)
        case .lower: return (GLP_LO, lower, 0)
        case .upper: return (GLP_UP, 0, upper)
        case .double: return (GLP_DB, lower, upper)
        case .fixed: return (GLP_FX, lower, upper)
        }
    }

    /// Reads a problem object back into a solver-neutral model (after reading a file).
    static func extract(_ problem: OpaquePointer) -> LinearModel {
        let name = glp_get_prob_name(problem).map { String(cString: $0) } ?? ""
        var model = LinearModel(
            name: name.isEmpty ? "model" : name,
            sense: glp_get_obj_dir(problem) == GLP_MAX ? .maximize : .minimize,
            objectiveConstant: glp_get_obj_coef(problem, 0))
        let m = Int(glp_get_num_rows(problem)), n = Int(glp_get_num_cols(problem))
        let nz = Int(glp_get_num_nz(problem))
        model.reserveCapacity(columns: n, rows: m, entries: nz)
        for i in 1...max(m, 1) where i <= m {
            let (lb, ub) = swiftBounds(glp_get_row_type(problem, Int32(i)),
                                       glp_get_row_lb(problem, Int32(i)), glp_get_row_ub(problem, Int32(i)))
            let rowName = glp_get_row_name(problem, Int32(i)).map { String(cString: $0) } ?? ""
            model.addRow(lower: lb, upper: ub, name: rowName)
        }
        var ind = [Int32](repeating: 0, count: m + 1)
        var val = [Double](repeating: 0, count: m + 1)
        for j in 1...max(n, 1) where j <= n {
            let (lb, ub) = swiftBounds(glp_get_col_type(problem, Int32(j)),
                                       glp_get_col_lb(problem, Int32(j)), glp_get_col_ub(problem, Int32(j)))
            let colName = glp_get_col_name(problem, Int32(j)).map { String(cString: $0) } ?? ""
            let column = model.addVariable(
                lower: lb, upper: ub, objective: glp_get_obj_coef(problem, Int32(j)),
                isInteger: glp_get_col_kind(problem, Int32(j)) != GLP_CV, name: colName)
            let len = Int(glp_get_mat_col(problem, Int32(j), &ind, &val))
            for k in stride(from: 1, through: len, by: 1) {
                model.addCoefficient(row: Int(ind[k]) - 1, column: column, value: val[k])
            }
        }
        return model
    }

    private static func swiftBounds(_ type: Int32, _ lb: Double, _ ub: Double) -> (Double, Double) {
        switch type {
        case GLP_FR: return (-.infinity, .infinity)
        case GLP_LO: return (lb, .infinity)
        case GLP_UP: return (-.infinity, ub)
        default: return (lb, ub)
        }
    }
}
