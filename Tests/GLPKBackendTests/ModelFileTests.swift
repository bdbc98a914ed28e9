import Foundation
import GLPKBackend
import LinearProgramming
import TestSupport
import Testing

@Suite("MPS and CPLEX LP files through GLPK")
struct ModelFileTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("samplan-\(UUID().uuidString)-\(name)").path
    }

    @Test(arguments: [ModelFileFormat.freeMPS, .fixedMPS, .cplexLP])
    func roundTripKeepsTheOptimum(_ format: ModelFileFormat) throws {
        for testCase in ConformanceSuite.cases where testCase.termination == .optimal && testCase.model.columnCount > 0 {
            let path = Self.temporaryPath("model.\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GLPKModelFile.write(testCase.model.compiled(), format: format, to: path)
            let back = try GLPKModelFile.read(path, format: format).compiled()
            // CPLEX LP has no ranged rows, empty rows or objective constants: GLPK's writer adds columns for them.
            if format != .cplexLP { #expect(back.columnCount == testCase.model.columnCount, "\(testCase.name)") }
            #expect(back.integerColumnCount == testCase.model.integerColumnCount)
            let result = try GLPKSolver().solve(back, parameters: SolveParameters())
            let sign: Double = testCase.model.sense == .maximize && format != .cplexLP ? -1 : 1
            #expect(approximatelyEqual(result.objectiveValue!, sign * testCase.objective!), "\(testCase.name) via \(format)")
        }
    }

    @Test func aMissingFileIsReportedAsMissing() {
        #expect { try GLPKModelFile.read("/nonexistent/model.mps") } throws: { error in
            (error as? ModelFileError)?.kind == .missing
        }
    }

    @Test(arguments: [
        ("garbage.mps", "this is not an MPS file\n"),
        ("badnumber.mps", "NAME x\nROWS\n N obj\n L c1\nCOLUMNS\n x obj one\nRHS\nENDATA\n"),
        ("broken.lp", "minimize\n obj: x +\nsubject to\n c1: x >= \nend\n"),
        ("empty.mps", ""),
    ])
    func malformedFilesNameTheFileAndLine(_ name: String, _ contents: String) throws {
        let path = Self.temporaryPath(name)
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try GLPKModelFile.read(path) } throws: { error in
            guard let error = error as? ModelFileError else { return false }
            return error.kind == .malformed && error.description.hasPrefix(path)
        }
    }

    @Test func fixedMPSIsReadWhenFreeReadingFails() throws {
        // Fixed MPS allows a blank inside a name (columns 5–12), which free MPS cannot read;
        // GLPK then drops the blank.
        let fixed = [
            "NAME          FIXED", "ROWS", " N  COST", " G  LIM 1", "COLUMNS",
            "    X ONE     COST      1.0            LIM 1     1.0",
            "RHS", "    RHS       LIM 1     3.0", "ENDATA",
        ].joined(separator: "\n") + "\n"
        let path = Self.temporaryPath("fixed.mps")
        try fixed.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = try GLPKModelFile.read(path)
        #expect(model.rowNames == ["LIM1"])  // GLPK drops the blank
        let result = try GLPKSolver().solve(model.compiled(), parameters: SolveParameters())
        #expect(result.objectiveValue == 3)
    }
}
