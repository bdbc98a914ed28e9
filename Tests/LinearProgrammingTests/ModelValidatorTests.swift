import LinearProgramming
import Testing

/// A one-variable model with one row, spoiled by `spoil`.
private func model(_ spoil: (inout LinearModel) -> Void) -> LinearModel {
    var m = LinearModel()
    let x = m.addVariable(lower: 0, upper: 10, objective: 1, name: "x")
    m.addRow([(x, 1)], lower: 1, upper: 5, name: "r")
    spoil(&m)
    return m
}

/// The validation messages of a model that must not compile.
private func issues(_ m: LinearModel, duplicates: DuplicatePolicy = .sum) -> [String] {
    do {
        _ = try m.compiled(duplicates: duplicates)
        return []
    } catch {
        return error.issues.map(\.description)
    }
}

@Suite("The model validator rejects what a solver would choke on")
struct ModelValidatorTests {
    @Test func aValidModelCompiles() throws {
        let compiled = try model { _ in }.compiled()
        #expect(compiled.nonzeroCount == 1)
    }

    @Test(arguments: [
        ("NaN coefficient", model { $0.addCoefficient(row: 0, column: 0, value: .nan) }, "value is nan"),
        ("infinite coefficient", model { $0.addCoefficient(row: 0, column: 0, value: .infinity) }, "value is inf"),
        ("inverted column bounds", model { $0.setColumnBounds(0, lower: 3, upper: 2) }, "inverted bounds"),
        ("inverted row bounds", model { $0.setRowBounds(0, lower: 7, upper: 6) }, "inverted bounds"),
        ("NaN bound", model { $0.setColumnBounds(0, lower: .nan, upper: 2) }, "NaN"),
        ("lower bound +inf", model { $0.setRowBounds(0, lower: .infinity, upper: .infinity) }, "lower bound is +infinity"),
        ("upper bound -inf", model { $0.setColumnBounds(0, lower: -.infinity, upper: -.infinity) }, "upper bound is -infinity"),
        ("NaN cost", model { $0.setObjective(column: 0, to: .nan) }, "objective coefficient is nan"),
        ("infinite constant", model { $0.objectiveConstant = .infinity }, "objective constant"),
        ("row out of range", model { $0.addCoefficient(row: 3, column: 0, value: 1) }, "row index out of range"),
        ("column out of range", model { $0.addCoefficient(row: 0, column: -1, value: 1) }, "column index out of range"),
        ("bounds of a missing column", model { $0.setColumnBounds(9, lower: 0, upper: 1) }, "column 9, which does not exist"),
        ("long name", model { $0.addVariable(name: String(repeating: "n", count: 256)) }, "longer than 255"),
    ])
    func rejects(_ label: String, _ spoiled: LinearModel, _ expected: String) {
        let found = issues(spoiled)
        #expect(found.contains { $0.contains(expected) }, "\(label): \(found)")
    }

    @Test func duplicatesAreSummedOrRejectedNeverPassedOn() throws {
        let doubled = model { $0.addCoefficient(row: 0, column: 0, value: 2) }
        let compiled = try doubled.compiled(duplicates: .sum)
        #expect(compiled.matrix.values == [3])
        #expect(compiled.matrix.rowIndices == [0])
        #expect(issues(doubled, duplicates: .reject) == ["coefficient at row 0, column 0: duplicate coefficient"])
    }

    @Test func coefficientsThatCancelAreDropped() throws {
        let cancelled = model { $0.addCoefficient(row: 0, column: 0, value: -1) }
        #expect(try cancelled.compiled().nonzeroCount == 0)
    }

    @Test func everyIssueIsReportedUpToTheLimit() {
        var m = LinearModel()
        for _ in 0..<200 { m.addVariable(lower: 1, upper: 0) }
        do {
            _ = try m.compiled()
            Issue.record("compiled a model with 200 inverted bounds")
        } catch {
            #expect(error.totalCount == 200)
            #expect(error.issues.count == ModelValidator.issueLimit)
            #expect(error.description.contains("and 150 more"))
        }
    }
}
