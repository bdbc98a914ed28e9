import LinearProgramming

/// What the suite checks of one result against a case's known answer.
enum ConformanceCheck {
    /// Everything in `result` that differs from `testCase`'s answer under `config` (empty when it
    /// conforms): statuses, objective, primal values, and for an optimal LP (unless duals are
    /// excluded) the duals and the dual certificate recomputed from the model.
    static func mismatches(_ testCase: ConformanceCase, _ compiled: CompiledModel, _ result: SolveResult,
                           config: ConformanceConfig) -> [String] {
        if result.termination != testCase.termination {
            return ["termination \(result.termination), expected \(testCase.termination)"]
        }
        switch testCase.termination {
        case .optimal: return optimal(testCase, compiled, result, config: config)
        case .timeLimit: return stoppedHonestly(result)
        default: return result.objectiveValue == nil ? [] : ["an objective value without a solution"]
        }
    }

    private static func optimal(_ testCase: ConformanceCase, _ compiled: CompiledModel, _ result: SolveResult,
                                config: ConformanceConfig) -> [String] {
        var found: [String] = []
        if result.primalStatus != .feasiblePoint { found.append("primal status \(result.primalStatus)") }
        if let got = result.objectiveValue {
            if let expected = testCase.objective, !config.agrees(got, expected) { found.append("objective \(got), expected \(expected)") }
        } else {
            found.append("no objective value")
        }
        found += compare("primal", result.primalValues, testCase.primal, config)
        if testCase.checksDuals && config.exclusions[.duals] == nil {
            found += compare("row dual", result.rowDuals, testCase.rowDuals, config)
            found += compare("reduced cost", result.reducedCosts, testCase.reducedCosts, config)
            found += certificate(compiled, result, config)
        }
        if result.maxBoundViolation > 1e-9 { found.append("bound violation \(result.maxBoundViolation)") }
        return found
    }

    /// The dual certificate of an optimal LP: c − Aᵀy = d and complementary slackness.
    private static func certificate(_ compiled: CompiledModel, _ result: SolveResult, _ config: ConformanceConfig) -> [String] {
        guard result.rowDuals.count == compiled.rowCount, result.reducedCosts.count == compiled.columnCount,
              result.primalValues.count == compiled.columnCount else {
            return ["no dual point to certify (\(result.rowDuals.count) row duals, \(result.reducedCosts.count) reduced costs)"]
        }
        return DualCertificate.violations(compiled, result, tolerance: config.certificateTolerance)
    }

    /// A time-limited stop: honest when an incumbent is feasible and has an objective, and when
    /// no point means no objective.
    private static func stoppedHonestly(_ result: SolveResult) -> [String] {
        var found: [String] = []
        if result.reportedStatus != .timeLimit { found.append("reported status \(result.reportedStatus)") }
        if result.hasSolution {
            if result.maxBoundViolation >= 1e-6 { found.append("incumbent violates a bound by \(result.maxBoundViolation)") }
            if result.maxIntegralityViolation >= 1e-6 { found.append("incumbent is fractional by \(result.maxIntegralityViolation)") }
            if result.objectiveValue == nil { found.append("an incumbent without an objective value") }
        } else if result.objectiveValue != nil {
            found.append("an objective value without an incumbent")
        }
        return found
    }

    private static func compare(_ label: String, _ got: [Double], _ expected: [Double]?, _ config: ConformanceConfig) -> [String] {
        guard let expected else { return [] }
        guard got.count == expected.count else { return ["\(label): \(got.count) values, expected \(expected.count)"] }
        return zip(got, expected).enumerated().compactMap { k, pair in
            config.agrees(pair.0, pair.1) ? nil : "\(label)[\(k)] = \(pair.0), expected \(pair.1)"
        }
    }
}
