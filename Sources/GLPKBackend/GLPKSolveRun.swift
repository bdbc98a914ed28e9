import CGLPK
import Foundation
import LinearProgramming
import SamplanSupport

/// One solve on one problem object: the LP (or the LP relaxation), then branch and cut.
struct SolveRun {
    let problem: OpaquePointer
    let model: CompiledModel
    let parameters: SolveParameters
    let exact: Bool
    let deadline: ContinuousClock.Instant?
    var notes: [String] = []

    init(problem: OpaquePointer, model: CompiledModel, parameters: SolveParameters, exact: Bool,
         deadline: ContinuousClock.Instant?) {
        self.problem = problem
        self.model = model
        self.parameters = parameters
        self.exact = exact
        self.deadline = deadline
    }

    /// Milliseconds left before the deadline, as GLPK's `tm_lim` wants them (at least 1).
    var remainingMilliseconds: Int32 {
        guard let deadline else { return Int32.max }
        let left = deadline - ContinuousClock.now
        let ms = left.milliseconds
        return Int32(max(1, min(ms.rounded(.up), Double(Int32.max))))
    }

    var messageLevel: Int32 { parameters.verbose ? GLP_MSG_ALL : GLP_MSG_ON }

    mutating func solve() -> SolveResult {
        var warm = false
        if let basis = parameters.warmStart {
            if basis.fits(model) {
                apply(basis)
                warm = true
            } else {
                notes.append("the warm-start basis does not fit this model; solved from scratch")
            }
        }
        let usePresolve = parameters.presolve && !warm && !exact
        if parameters.scaling && !exact { glp_scale_prob(problem, GLP_SF_AUTO) }
        if model.isMixedInteger && usePresolve {
            // GLPK's MIP preprocessor solves the LP relaxation of the reduced problem itself;
            // solving the full relaxation first would only repeat that work.
            var result = branchAndCut(presolve: true)
            result.notes = notes
            return result
        }
        if !warm && !usePresolve { coldBasis() }

        var code = simplex(presolve: usePresolve)
        if warm && [GLP_EBADB, GLP_ESING, GLP_ECOND].contains(code) {
            notes.append("the warm-start basis was singular or invalid; solved from scratch")
            coldBasis()
            code = simplex(presolve: false)
        }
        if code == GLP_ENODFS {
            // Presolve proves only "no dual feasible solution": solve again without it to tell
            // an unbounded LP from an infeasible one.
            notes.append("presolve found no dual feasible solution; solved again without presolve to classify")
            coldBasis()
            code = simplex(presolve: false)
        }
        if [GLP_ESING, GLP_ECOND, GLP_EFAIL].contains(code) {
            notes.append("simplex failed numerically (code \(code)); solved again from the standard basis")
            glp_std_basis(problem)
            code = simplex(presolve: false)
        }
        if code == 0 && ![GLP_OPT, GLP_NOFEAS, GLP_UNBND].contains(glp_get_status(problem)) {
            // GLPK's dual simplex can stop on a basis that is neither primal nor dual feasible
            // (an infeasible or unbounded LP); primal simplex from there always reaches a verdict.
            notes.append("dual simplex ended without a verdict; finished with primal simplex")
            code = simplex(presolve: false, method: .primal)
        }
        var result = readLP(code: code, presolved: usePresolve)
        if model.isMixedInteger {
            result = result.termination == .optimal ? branchAndCut(presolve: false) : relaxationFailed(result)
        }
        result.notes = notes
        return result
    }

    private func coldBasis() {
        if model.rowCount > 0 && model.columnCount > 0 { glp_adv_basis(problem, 0) } else { glp_std_basis(problem) }
    }

    private func apply(_ basis: Basis) {
        for (i, status) in basis.rows.enumerated() { glp_set_row_stat(problem, Int32(i + 1), glpkStatus(status)) }
        for (j, status) in basis.columns.enumerated() { glp_set_col_stat(problem, Int32(j + 1), glpkStatus(status)) }
    }

    private func simplex(presolve: Bool, method: SimplexMethod? = nil) -> Int32 {
        var control = glp_smcp()
        glp_init_smcp(&control)
        control.msg_lev = messageLevel
        control.meth = (method ?? parameters.method) == .primal ? GLP_PRIMAL : GLP_DUALP
        // The long-step ("flip") ratio test of the dual simplex: on the summer model it halves
        // the iterations; it has no effect on the primal simplex.
        control.r_test = GLP_RT_FLIP
        control.presolve = presolve ? GLP_ON : GLP_OFF
        control.tm_lim = remainingMilliseconds
        // glp_exact refuses a problem without rows or columns; such a problem is trivial anyway.
        let useExact = exact && model.rowCount > 0 && model.columnCount > 0
        return useExact ? glp_exact(problem, &control) : glp_simplex(problem, &control)
    }

    private mutating func readLP(code: Int32, presolved: Bool) -> SolveResult {
        let termination: TerminationStatus
        switch code {
        case 0:
            switch glp_get_status(problem) {
            case GLP_OPT: termination = .optimal
            case GLP_NOFEAS: termination = .infeasible
            case GLP_UNBND: termination = .unbounded
            case let status:
                notes.append("GLPK's simplex ended with status \(status) and no verdict")
                termination = .otherError
            }
        case GLP_ENOPFS: termination = .infeasible
        case GLP_ENODFS: termination = .infeasibleOrUnbounded
        case GLP_ETMLIM: termination = .timeLimit
        case GLP_EITLIM: termination = .iterationLimit
        case GLP_ESING, GLP_ECOND, GLP_EFAIL: termination = .numericalError
        default:
            notes.append("GLPK's simplex returned code \(code)")
            termination = .otherError
        }
        let primalFeasible = code != GLP_ENOPFS && code != GLP_ENODFS && glp_get_prim_stat(problem) == GLP_FEAS
        let dualFeasible = code != GLP_ENOPFS && code != GLP_ENODFS && glp_get_dual_stat(problem) == GLP_FEAS
        let hasPoint = primalFeasible && termination != .unbounded
        var result = SolveResult(
            termination: termination,
            primalStatus: hasPoint ? .feasiblePoint : .noSolution,
            dualStatus: dualFeasible && termination == .optimal ? .feasiblePoint : .noSolution,
            iterations: Int(glp_get_it_cnt(problem)))
        if hasPoint {
            result.objectiveValue = glp_get_obj_val(problem)
            result.primalValues = (0..<model.columnCount).map { glp_get_col_prim(problem, Int32($0 + 1)) }
        }
        if result.dualStatus == .feasiblePoint {
            result.rowDuals = (0..<model.rowCount).map { glp_get_row_dual(problem, Int32($0 + 1)) }
            result.reducedCosts = (0..<model.columnCount).map { glp_get_col_dual(problem, Int32($0 + 1)) }
        }
        if code == 0 || code == GLP_ETMLIM || code == GLP_EITLIM {
            result.basis = Basis(
                rows: (0..<model.rowCount).map { basisStatus(glp_get_row_stat(problem, Int32($0 + 1))) },
                columns: (0..<model.columnCount).map { basisStatus(glp_get_col_stat(problem, Int32($0 + 1))) })
        }
        return result
    }

    /// A MIP whose relaxation did not solve to optimality: no point, and an honest status.
    private func relaxationFailed(_ relaxation: SolveResult) -> SolveResult {
        var result = relaxation
        if relaxation.termination == .unbounded {
            // An unbounded relaxation says nothing of integer feasibility.
            result.termination = .infeasibleOrUnbounded
        }
        result.primalStatus = .noSolution
        result.dualStatus = .noSolution
        result.objectiveValue = nil
        result.primalValues = []
        result.rowDuals = []
        result.reducedCosts = []
        result.basis = nil
        return result
    }

    /// Branch and cut. Without GLPK's preprocessor it starts from the optimal relaxation solved above.
    private func branchAndCut(presolve: Bool) -> SolveResult {
        var control = glp_iocp()
        glp_init_iocp(&control)
        control.msg_lev = messageLevel
        control.presolve = presolve ? GLP_ON : GLP_OFF
        control.mip_gap = parameters.mipGap
        control.tm_lim = remainingMilliseconds
        if parameters.cuts {
            control.gmi_cuts = GLP_ON
            control.mir_cuts = GLP_ON
            control.cov_cuts = GLP_ON
            control.clq_cuts = GLP_ON
        }
        let gap = GapRecorder()
        control.cb_func = recordGap
        control.cb_info = Unmanaged.passUnretained(gap).toOpaque()
        let code = withExtendedLifetime(gap) { glp_intopt(problem, &control) }
        let status = glp_mip_status(problem)
        let hasPoint = status == GLP_OPT || status == GLP_FEAS
        let termination: TerminationStatus
        switch (status, code) {
        case (GLP_OPT, _): termination = .optimal
        case (GLP_NOFEAS, _), (_, GLP_ENOPFS): termination = .infeasible
        case (_, GLP_ENODFS): termination = .infeasibleOrUnbounded
        case (_, GLP_EMIPGAP): termination = .optimal
        case (_, GLP_ETMLIM): termination = .timeLimit
        default: termination = .otherError
        }
        var result = SolveResult(
            termination: termination, primalStatus: hasPoint ? .feasiblePoint : .noSolution,
            dualStatus: .noSolution, iterations: Int(glp_get_it_cnt(problem)))
        if hasPoint {
            result.objectiveValue = glp_mip_obj_val(problem)
            result.primalValues = (0..<model.columnCount).map { glp_mip_col_val(problem, Int32($0 + 1)) }
            result.relativeGap = status == GLP_OPT ? 0 : gap.value
        }
        return result
    }
}

/// The relative gap GLPK last reported during branch and cut.
private final class GapRecorder {
    var value: Double?
}

private let recordGap: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
    // Once per node selection: computing the gap scans the open nodes.
    guard let tree, let info, glp_ios_reason(tree) == GLP_ISELECT else { return }
    let gap = glp_ios_mip_gap(tree)
    if gap.isFinite { Unmanaged<GapRecorder>.fromOpaque(info).takeUnretainedValue().value = gap }
}

private func glpkStatus(_ status: BasisStatus) -> Int32 {
    switch status {
    case .basic: return GLP_BS
    case .atLower: return GLP_NL
    case .atUpper: return GLP_NU
    case .free: return GLP_NF
    case .fixed: return GLP_NS
    }
}

private func basisStatus(_ status: Int32) -> BasisStatus {
    switch status {
    case GLP_BS: return .basic
    case GLP_NU: return .atUpper
    case GLP_NF: return .free
    case GLP_NS: return .fixed
    default: return .atLower
    }
}
