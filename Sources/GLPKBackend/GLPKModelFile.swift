import CGLPK
import Foundation
import LinearProgramming

/// The model file formats GLPK reads and writes.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// Free MPS: fields separated by blanks.
    case freeMPS = "freemps"
    /// Fixed (column-positioned) MPS.
    case fixedMPS = "mps"
    /// CPLEX LP.
    case cplexLP = "lp"
}

/// Why a model file could not be read or written.
public struct ModelFileError: Error, Sendable, CustomStringConvertible {
    /// What went wrong: no such file, a file GLPK could not parse, or a file it could not write.
    public enum Kind: Sendable { case missing, malformed, unwritable }
    /// What went wrong.
    public let kind: Kind
    /// The file, as the user gave it.
    public let path: String
    /// The 1-based line GLPK named, when it named one.
    public let line: Int?
    /// GLPK's message, or ours.
    public let message: String

    /// `PATH[:LINE]: message`.
    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// Reads and writes MPS and CPLEX LP files through GLPK's own readers and writers.
public enum GLPKModelFile {
    /// Reads a model. Without a format, `.lp` files are read as CPLEX LP and everything else as
    /// free MPS, then as fixed MPS if the free reading fails.
    public static func read(_ path: String, format: ModelFileFormat? = nil) throws(ModelFileError) -> LinearModel {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ModelFileError(kind: .missing, path: path, line: nil, message: "no such file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ModelFileError(kind: .missing, path: path, line: nil, message: "file is not readable")
        }
        let formats: [ModelFileFormat]
        if let format { formats = [format] }
        else if path.lowercased().hasSuffix(".lp") { formats = [.cplexLP] }
        else { formats = [.freeMPS, .fixedMPS] }
        var failures: [ModelFileError] = []
        for candidate in formats {
            switch readOnce(path, candidate) {
            case var .success(model):
                // GLPK's MPS reader takes the objective row's RHS as the constant; CPLEX, Gurobi,
                // HiGHS and PuLP take its negative (docs/SPEC.md (v2) §6).
                if candidate != .cplexLP { model.objectiveConstant = -model.objectiveConstant }
                try checkBounds(model, path: path, format: candidate)
                return model
            case let .failure(error): failures.append(error)
            }
        }
        // Report the reading that got furthest into the file.
        throw failures.max { ($0.line ?? 0) < ($1.line ?? 0) }!
    }

    private static func readOnce(_ path: String, _ format: ModelFileFormat) -> Result<LinearModel, ModelFileError> {
        GLPKEnvironment.withEnvironment(echo: false) { log in
            GLPKProblem.with { problem in
                let code: Int32
                switch format {
                case .freeMPS: code = glp_read_mps(problem, GLP_MPS_FILE, nil, path)
                case .fixedMPS: code = glp_read_mps(problem, GLP_MPS_DECK, nil, path)
                case .cplexLP: code = glp_read_lp(problem, nil, path)
                }
                guard code == 0 else { return .failure(parseError(log.text, path: path, format: format)) }
                return .success(GLPKProblem.extract(problem))
            }
        }
    }

    /// GLPK's readers accept a column whose bounds cross (`UP` below a lower bound of 0); no
    /// solver can use it. The error names the column and, found in the file's `BOUNDS` section
    /// (MPS) or `bounds` section (LP), the line that set its last bound.
    static func checkBounds(_ model: LinearModel, path: String, format: ModelFileFormat) throws(ModelFileError) {
        guard let j = model.columnLower.indices.first(where: { model.columnLower[$0] > model.columnUpper[$0] }) else { return }
        let name = model.columnNames[j]
        let lower = model.columnLower[j], upper = model.columnUpper[j]
        throw ModelFileError(kind: .malformed, path: path, line: boundLine(of: name, path: path, format: format),
                             message: "column `\(name)`: lower bound \(lower) is above upper bound \(upper)")
    }

    /// The 1-based line of the last bound given for column `name`, or nil.
    static func boundLine(of name: String, path: String, format: ModelFileFormat) -> Int? {
        guard !name.isEmpty, let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var inBounds = false, found: Int?
        for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { continue }
            if format == .cplexLP {
                let keyword = first.lowercased()
                if ["bounds", "bound"].contains(keyword) && words.count == 1 { inBounds = true; continue }
                if ["general", "generals", "gen", "integer", "integers", "binary", "binaries", "bin", "end", "st", "subject"].contains(keyword) {
                    inBounds = false
                }
                if inBounds && words.contains(name) { found = k + 1 }
            } else {
                if !line.hasPrefix(" ") && !line.hasPrefix("\t") {
                    inBounds = first.uppercased() == "BOUNDS"
                    continue
                }
                // `TYPE [BOUND] COLUMN [VALUE]`: the column is the second or third word.
                if inBounds && words.count >= 2 && (words[1] == name || (words.count >= 3 && words[2] == name)) { found = k + 1 }
            }
        }
        return found
    }

    /// Turns GLPK's "FILE:LINE: message" lines into an error.
    static func parseError(_ log: String, path: String, format: ModelFileFormat) -> ModelFileError {
        let what = format == .cplexLP ? "CPLEX LP" : format == .freeMPS ? "free MPS" : "fixed MPS"
        let prefix = path + ":"
        for line in log.split(separator: "\n") where line.hasPrefix(prefix) {
            let rest = line.dropFirst(prefix.count)
            if let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) {
                let message = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                return ModelFileError(kind: .malformed, path: path, line: number, message: "not a valid \(what) file: \(message)")
            }
        }
        let last = log.split(separator: "\n").last.map(String.init) ?? "unreadable"
        return ModelFileError(kind: .malformed, path: path, line: nil, message: "not a valid \(what) file: \(last)")
    }

    /// Writes a model. MPS has no objective sense, so a maximisation is written as the
    /// minimisation of the negated objective; the returned notes say so.
    @discardableResult
    public static func write(_ model: CompiledModel, format: ModelFileFormat, to path: String) throws(ModelFileError) -> [String] {
        var notes: [String] = []
        var toWrite = model
        if model.model.sense == .maximize && format != .cplexLP {
            var negated = model.model
            negated.sense = .minimize
            negated.objectiveConstant = -negated.objectiveConstant
            for j in 0..<negated.columnCount { negated.setObjective(column: j, to: -negated.objective[j]) }
            do { toWrite = try negated.compiled() } catch {
                throw ModelFileError(kind: .unwritable, path: path, line: nil, message: error.description)
            }
            notes.append("MPS has no objective sense: the maximisation is written as minimising the negated objective")
        }
        if format == .cplexLP && toWrite.model.objectiveConstant != 0 {
            // GLPK's CPLEX LP writer drops the objective constant: carry it as a column fixed at 1.
            var withColumn = toWrite.model
            withColumn.addVariable(lower: 1, upper: 1, objective: withColumn.objectiveConstant, name: "objective_constant")
            withColumn.objectiveConstant = 0
            do { toWrite = try withColumn.compiled() } catch {
                throw ModelFileError(kind: .unwritable, path: path, line: nil, message: error.description)
            }
            notes.append("CPLEX LP has no objective constant: it is written as the column objective_constant fixed at 1")
        }
        if format != .cplexLP && toWrite.model.objectiveConstant != 0 {
            // GLPK's MPS writer puts the constant itself on the objective row's RHS; the common
            // convention (docs/SPEC.md (v2) §6) puts its negative there, so hand GLPK the negated constant.
            var flipped = toWrite.model
            flipped.objectiveConstant = -flipped.objectiveConstant
            do { toWrite = try flipped.compiled() } catch {
                throw ModelFileError(kind: .unwritable, path: path, line: nil, message: error.description)
            }
        }
        let result: Result<Void, ModelFileError> = GLPKEnvironment.withEnvironment(echo: false) { log in
            GLPKProblem.with { problem in
                GLPKProblem.load(toWrite, into: problem)
                let code: Int32
                switch format {
                case .freeMPS: code = glp_write_mps(problem, GLP_MPS_FILE, nil, path)
                case .fixedMPS: code = glp_write_mps(problem, GLP_MPS_DECK, nil, path)
                case .cplexLP: code = glp_write_lp(problem, nil, path)
                }
                guard code == 0 else {
                    let reason = log.text.split(separator: "\n").last.map(String.init) ?? "write failed"
                    return .failure(ModelFileError(kind: .unwritable, path: path, line: nil, message: reason))
                }
                return .success(())
            }
        }
        try result.get()
        return notes
    }
}
